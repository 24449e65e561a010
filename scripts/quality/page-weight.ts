import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * What a page costs a reader on a phone: every file the page loads, by kind, with its size as
 * sent compressed. Used by the page-weight budget test and by `npm run bench:pages`.
 */

/** The kinds of file a budget counts separately. */
export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image';

/** One file a page loads. */
export interface Resource {
	/** Root-relative path. */
	path: string;
	kind: ResourceKind;
	/** Uncompressed bytes. */
	bytes: number;
	/** Bytes with gzip at level 6 (what a server typically sends; brotli is smaller). */
	gzip: number;
	/** Bytes with brotli at quality 11 (what a precompressed file would be). */
	brotli: number;
}

/** Reads a built file by its root-relative path; `undefined` when there is none. */
export type ReadFile = (path: string) => Uint8Array | undefined;

const FONT = /\.(woff2?|ttf|otf)$/i;
const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i;

function kindOf(path: string): ResourceKind | undefined {
	if (path.endsWith('.css')) return 'css';
	if (/\.m?js$/.test(path)) return 'js';
	if (FONT.test(path)) return 'font';
	if (IMAGE.test(path)) return 'image';
	return undefined;
}

function measure(path: string, kind: ResourceKind, data: Uint8Array): Resource {
	return {
		path,
		kind,
		bytes: data.byteLength,
		gzip: gzipSync(data, { level: 6 }).byteLength,
		brotli: brotliCompressSync(data, {
			params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
		}).byteLength,
	};
}

/** `url(…)` references in CSS, resolved against the stylesheet's own path. */
function cssUrls(css: string, base: string): string[] {
	return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
		.map((match) => match[2]!)
		.filter((url) => !url.startsWith('data:') && !url.startsWith('#'))
		.map((url) => new URL(url, `https://site${base}`).pathname);
}

/** Static `import … from '…'` and `import('…')` of an ES module, resolved against its path. */
function jsImports(js: string, base: string): string[] {
	const specifiers = [
		...js.matchAll(/\bimport\s*(?:[^'"()]*?\bfrom\s*)?["']([^"']+)["']/g),
		...js.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
	].map((match) => match[1]!);
	return specifiers
		.filter((specifier) => specifier.startsWith('/') || specifier.startsWith('.'))
		.map((specifier) => new URL(specifier, `https://site${base}`).pathname);
}

/** Only same-site, root-relative or relative URLs are files of the build. */
function localPath(url: string, base: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
	return new URL(url, `https://site${base}`).pathname;
}

/**
 * Every file the page at `pagePath` (`/articles/x/`) loads without scrolling or searching: the
 * HTML, stylesheets, module scripts and what they import, fonts and images referenced from CSS,
 * images in the markup. Files loaded only on demand (Pagefind's index on a search) are not
 * counted. A file missing from the build is an error: the budget must not pass by accident.
 */
export function pageResources(pagePath: string, read: ReadFile): Resource[] {
	const htmlPath = pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
	const html = read(htmlPath);
	if (!html) throw new Error(`no page at ${htmlPath}`);
	const resources: Resource[] = [measure(htmlPath, 'html', html)];
	const seen = new Set<string>([htmlPath]);
	const queue: string[] = [];
	const add = (path: string | undefined) => {
		if (path && !seen.has(path)) {
			seen.add(path);
			queue.push(path);
		}
	};

	const tree = fromHtml(new TextDecoder().decode(html));
	visit(tree, 'element', (element: Element) => {
		const attribute = (name: string) => {
			const value = element.properties[name];
			return typeof value === 'string' ? value : undefined;
		};
		const rel = element.properties['rel'];
		const rels = Array.isArray(rel) ? rel.map(String) : [];
		if (
			element.tagName === 'link' &&
			rels.some((name) => ['stylesheet', 'modulepreload', 'preload'].includes(name))
		) {
			const href = attribute('href');
			if (href) add(localPath(href, pagePath));
		}
		if (element.tagName === 'script' && attribute('src'))
			add(localPath(attribute('src')!, pagePath));
		if (element.tagName === 'img' && attribute('src')) add(localPath(attribute('src')!, pagePath));
		if (element.tagName === 'style') {
			const css = element.children.map((child) => ('value' in child ? child.value : '')).join('');
			for (const url of cssUrls(css, pagePath)) add(url);
		}
	});

	while (queue.length > 0) {
		const path = queue.shift()!;
		const kind = kindOf(path);
		const data = read(path);
		if (!kind || !data) throw new Error(`${htmlPath} loads ${path}, which the build does not have`);
		resources.push(measure(path, kind, data));
		const text = kind === 'css' || kind === 'js' ? new TextDecoder().decode(data) : '';
		if (kind === 'css') for (const url of cssUrls(text, path)) add(url);
		if (kind === 'js') for (const url of jsImports(text, path)) add(url);
	}
	return resources;
}

/** Compressed (gzip) bytes and file count per kind. */
export type WeightByKind = Record<ResourceKind, { files: number; gzip: number; brotli: number }>;

/** Sums a page's resources by kind. */
export function weightByKind(resources: readonly Resource[]): WeightByKind {
	const totals: WeightByKind = {
		html: { files: 0, gzip: 0, brotli: 0 },
		css: { files: 0, gzip: 0, brotli: 0 },
		js: { files: 0, gzip: 0, brotli: 0 },
		font: { files: 0, gzip: 0, brotli: 0 },
		image: { files: 0, gzip: 0, brotli: 0 },
	};
	for (const resource of resources) {
		const total = totals[resource.kind];
		total.files += 1;
		total.gzip += resource.gzip;
		total.brotli += resource.brotli;
	}
	return totals;
}

/** The page-weight budget: gzip bytes everything but images may take, and scripts alone. */
export interface WeightBudget {
	/** HTML, CSS, JS and fonts together. */
	withoutImages: number;
	js: number;
}

/** The budget of every page type: 40 KB without images, 3 KB of JavaScript, compressed. */
export const PAGE_BUDGET: Readonly<WeightBudget> = Object.freeze({
	withoutImages: 40 * 1024,
	js: 3 * 1024,
});

/** What in `weight` is over `budget`, in words; empty when the page fits. */
export function overBudget(weight: WeightByKind, budget: WeightBudget): string[] {
	const withoutImages = weight.html.gzip + weight.css.gzip + weight.js.gzip + weight.font.gzip;
	const problems: string[] = [];
	if (withoutImages > budget.withoutImages)
		problems.push(`HTML+CSS+JS+fonts ${withoutImages} B > ${budget.withoutImages} B`);
	if (weight.js.gzip > budget.js) problems.push(`JS ${weight.js.gzip} B > ${budget.js} B`);
	return problems;
}
