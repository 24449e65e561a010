import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { urlAttributes } from 'html-url-attributes';
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';
import { trackingParameters } from '../../src/format/tracking-parameters.ts';

/**
 * Checks every link of a built site without fetching anything: pages, feeds, the sitemap and
 * robots.txt are read from a map of files, each URL is resolved the way a static host serves the
 * folder (`/x/` → `x/index.html`), fragments are looked up among the target page's ids, and links
 * to other sites are collected and checked for form only. Pure functions over that map, so tests
 * run on sites of three files.
 */

/** A built site: path from its root (`articles/x/index.html`) → contents. */
export type SiteFiles = ReadonlyMap<string, string | Uint8Array>;

/** A URL as written in a file, before it is resolved. */
export interface Reference {
	/** The URL as written: attribute value, element text or JSON string. */
	value: string;
	/** Where it was found, for the report: `a[href]`, `meta[og:image]`, `<loc>`, `items[0].url`. */
	where: string;
	/** Feeds are read away from their address, so their URLs (and the HTML inside) must be absolute. */
	absolute?: boolean;
	/** A sitemap may only list URLs of its own site (sitemaps.org, «Sitemap file location»). */
	ownSite?: boolean;
	/** JSON-LD `@id`: the fragment names a node of the graph, not an element of the page. */
	ignoreFragment?: boolean;
	/** Set when the URLs could not be read at all (a JSON-LD block that is not JSON), and why. */
	unreadable?: string;
}

/** One link that does not work, or does not have the form links must have. */
export interface LinkProblem {
	/** `internal`: a URL of this site that resolves to nothing; `external`: a badly formed link out. */
	kind: 'internal' | 'external';
	/** The file the link is in. */
	file: string;
	/** Where in the file, as in {@link Reference.where}. */
	where: string;
	/** The URL as written. */
	link: string;
	/** Why it is a problem, in Russian. */
	reason: string;
}

/** A link to another site with the files it appears in. */
export interface ExternalLink {
	url: string;
	files: string[];
}

/** What {@link checkLinks} found. */
export interface LinkReport {
	/** Every broken or badly formed link, one per file, place, URL and reason. */
	problems: LinkProblem[];
	/** Links to other sites (and `mailto:`, `tel:`), sorted by URL. */
	external: ExternalLink[];
	/** How many URLs each file holds (duplicates included), so a test can see the check saw them. */
	counts: Map<string, number>;
}

/** Options of {@link checkLinks}. */
export interface LinkCheckOptions {
	/** The origin the site is deployed at, as in `SITE.url`: `https://razbor.example`. */
	siteUrl: string;
}

/**
 * Schemes a link out may use: the web, a mail address, a phone number. Plain http: stays allowed:
 * a source is linked where it is published, and many official sites (en.kremlin.ru among them)
 * still publish over http only; the source schema asks for https where the page is served so.
 */
const ALLOWED_EXTERNAL_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** A whole value that is an absolute web URL (and so worth checking wherever it appears). */
const ABSOLUTE_WEB_URL = /^https?:\/\/\S+$/i;

/** Web URLs inside running text (robots.txt, a share link's `text=` parameter). */
const WEB_URLS_IN_TEXT = /https?:\/\/[^\s<>"']+/gi;

/** A scheme at the start of a URL makes it absolute. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** The problems of a link to another site, by form alone; an empty list when it is fine. */
export function externalLinkProblems(url: URL): string[] {
	const problems: string[] = [];
	if (!ALLOWED_EXTERNAL_SCHEMES.has(url.protocol))
		problems.push(`схема ${url.protocol} недопустима: только https:, http:, mailto: и tel:`);
	if (url.username !== '' || url.password !== '') problems.push('в адресе логин или пароль');
	for (const name of trackingParameters(url)) problems.push(`параметр слежения ${name}`);
	return problems;
}

/**
 * The URL a built file is served at, from which its relative links are resolved:
 * `articles/x/index.html` → `https://site/articles/x/`, `404.html` → `https://site/404.html`.
 */
export function fileUrl(path: string, siteUrl: string): URL {
	const served =
		path === 'index.html' || path.endsWith('/index.html')
			? path.slice(0, -'index.html'.length)
			: path;
	return new URL(served.split('/').map(encodeURIComponent).join('/'), `${siteUrl}/`);
}

/**
 * The file a static host serves for a URL path of the site, or why there is none. The site
 * always writes pages as `x/index.html` and links them as `/x/` (trailingSlash: 'always'), so
 * `/x` for a folder is reported rather than accepted: some hosts redirect it, others answer 404,
 * and `astro dev` does the latter.
 */
export function resolveSitePath(
	pathname: string,
	files: SiteFiles,
): { file: string } | { reason: string } {
	let path: string;
	try {
		path = decodeURIComponent(pathname).replace(/^\/+/, '');
	} catch {
		return { reason: 'неверное %-кодирование в пути' };
	}
	if (path === '' || path.endsWith('/')) {
		const index = `${path}index.html`;
		if (files.has(index)) return { file: index };
		if (files.has(path.slice(0, -1)))
			return { reason: `${path.slice(0, -1)} — файл, а не папка: уберите «/» в конце` };
		return { reason: `нет страницы: нет файла ${index}` };
	}
	if (files.has(path)) return { file: path };
	if (files.has(`${path}/index.html`))
		return { reason: `нет «/» в конце: на сайте все страницы вида /${path}/` };
	return { reason: `нет файла ${path}` };
}

/**
 * The URLs of a `srcset`, after HTML's «parse a srcset attribute»: a URL runs to the next space,
 * and commas at its end close the candidate, so `a,b.png 1x` keeps its comma and `a.png, b.png`
 * is two candidates.
 */
export function srcsetUrls(srcset: string): string[] {
	const urls: string[] = [];
	let rest = srcset;
	for (;;) {
		rest = rest.replace(/^[\s,]+/, '');
		const url = /^\S+/.exec(rest)?.[0];
		if (url === undefined) return urls;
		rest = rest.slice(url.length);
		const closed = url.endsWith(',');
		urls.push(url.replace(/,+$/, ''));
		// Descriptors (`2x`, `480w`) run to the next comma.
		if (!closed) rest = rest.replace(/^[^,]*/, '');
	}
}

/**
 * hast properties that hold URLs: every one html-url-attributes knows for HTML (`href`, `src`,
 * `poster`, `action`, `formAction`, `cite`, `data`, `ping`, `itemId` …), looked for on any
 * element, since SVG's `<use href>` and `<image href>` load files too; plus SVG's `xlink:href`,
 * which that list leaves out as it is not HTML. `srcset` is read apart: it holds descriptors.
 */
const URL_PROPERTIES = [...Object.keys(urlAttributes), 'xLinkHref'];

/** The text inside an element (a `<script>` or `<style>`). */
function textOf(element: Element): string {
	return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** Adds `defaults` to every reference (embedded HTML of a feed, a path prefix). */
function tag(references: Reference[], prefix: string, defaults: Partial<Reference>): Reference[] {
	return references.map((reference) => ({
		...reference,
		...defaults,
		where: `${prefix}${reference.where}`,
	}));
}

/** JSON keys whose string value is a URL even when relative (JSON Feed, schema.org). */
const JSON_URL_KEYS = /^(url|.+_url|icon|favicon|image|banner_image|avatar|logo)$/;

/** JSON keys that hold identifiers which look like URLs but are not links. */
const JSON_IDENTIFIER_KEYS = new Set(['@context', 'version']);

/** The URLs in one JSON string, judged by the key it is under (an array's items by the array's). */
function jsonStringReferences(key: string, value: string, where: string): Reference[] {
	if (key.endsWith('_html')) {
		const embedded = collectHtmlReferences(fromHtml(value, { fragment: true }));
		return tag(embedded, `${where} → `, { absolute: true });
	}
	if (!JSON_URL_KEYS.test(key) && !ABSOLUTE_WEB_URL.test(value)) return [];
	return [{ value, where, absolute: true, ...(key === '@id' ? { ignoreFragment: true } : {}) }];
}

/**
 * Every URL in a JSON value: `url`, `*_url`, `icon`, `image` and the like wherever they are (they
 * must be absolute), any other string that is an absolute web URL, and the links inside `*_html`
 * strings. `@context` and JSON Feed's `version` are identifiers, not links.
 */
export function collectJsonReferences(value: unknown, where = '', key = ''): Reference[] {
	if (typeof value === 'string') return jsonStringReferences(key, value, where);
	if (Array.isArray(value))
		return value.flatMap((item, index) => collectJsonReferences(item, `${where}[${index}]`, key));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([name, item]) =>
		JSON_IDENTIFIER_KEYS.has(name)
			? []
			: collectJsonReferences(item, where === '' ? name : `${where}.${name}`, name),
	);
}

/**
 * Every URL of an HTML tree: the URL attributes of any element (`a`, `link`, `img`, `script`,
 * `source`, `use`, `form`, `blockquote[cite]`…), `srcset` candidates, `<meta content>` that is an
 * absolute URL (`og:image`, `og:url`, `twitter:image`), JSON-LD, and `url()` in `<style>`.
 */
export function collectHtmlReferences(tree: Root): Reference[] {
	const references: Reference[] = [];
	visit(tree, 'element', (element) => {
		const { tagName, properties } = element;
		// `<base href>` changes how the others resolve; it is read by baseOf, not checked.
		if (tagName === 'base') return;
		for (const property of URL_PROPERTIES) {
			const value = properties[property];
			const where = `${tagName}[${find(html, property).attribute}]`;
			if (typeof value === 'string') references.push({ value, where });
			// `ping` holds a list of URLs.
			else if (Array.isArray(value))
				for (const item of value) references.push({ value: String(item), where });
		}
		const srcset = properties['srcSet'];
		if (typeof srcset === 'string' || Array.isArray(srcset)) {
			const value = Array.isArray(srcset) ? srcset.join(', ') : srcset;
			for (const url of srcsetUrls(value))
				references.push({ value: url, where: `${tagName}[srcset]` });
		}
		const content = properties['content'];
		if (tagName === 'meta' && typeof content === 'string' && ABSOLUTE_WEB_URL.test(content)) {
			const name = properties['property'] ?? properties['name'] ?? 'content';
			references.push({ value: content, where: `meta[${String(name)}]` });
		}
		if (tagName === 'script' && properties['type'] === 'application/ld+json')
			references.push(...collectJsonLdReferences(textOf(element)));
		if (tagName === 'style') references.push(...collectCssReferences(textOf(element)));
	});
	return references;
}

/** The URLs of a JSON-LD block, or a problem entry when it is not JSON at all. */
function collectJsonLdReferences(text: string): Reference[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return [{ value: '', where: 'script[ld+json]', unreadable: 'не JSON: ссылки не проверены' }];
	}
	return tag(collectJsonReferences(data), 'script[ld+json] ', {});
}

/** `url(…)` references of a style sheet; `data:` URLs are inline content, not links. */
export function collectCssReferences(css: string): Reference[] {
	const references: Reference[] = [];
	for (const match of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)) {
		const value = match[2]!;
		if (!/^data:/i.test(value)) references.push({ value, where: 'css url()' });
	}
	return references;
}

/** Web URLs in plain text, such as robots.txt's `Sitemap:` line. */
export function collectTextReferences(text: string): Reference[] {
	return webUrlsIn(text).map((value) => ({ value, where: 'текст', absolute: true }));
}

/** Elements of RSS, Atom and sitemaps whose text is a URL. */
const XML_URL_ELEMENTS = new Set(['link', 'loc', 'guid', 'uri', 'icon', 'logo', 'url', 'docs']);

/** Attributes of feed elements that hold a URL. */
const XML_URL_ATTRIBUTES = new Set(['href', 'src', 'url', 'uri']);

const xmlParser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
});

/**
 * Every URL of an XML document (RSS, Atom, sitemap): URL elements and attributes, any other
 * value that is an absolute web URL, and the links inside escaped HTML (`content:encoded`,
 * `<content type="html">`). All must be absolute, except `<?xml-stylesheet href>`, which the
 * browser resolves against the feed's own address. Namespace URIs are names, not links.
 */
export function collectXmlReferences(xml: string): Reference[] {
	try {
		SyntaxValidator.validate(xml);
	} catch (error) {
		const reason = `не XML (${(error as Error).message}): ссылки не проверены`;
		return [{ value: '', where: 'документ', unreadable: reason }];
	}
	const references: Reference[] = [];
	const text = (element: string, value: string): void => {
		const local = element.split(':').pop()!;
		if (XML_URL_ELEMENTS.has(local) || ABSOLUTE_WEB_URL.test(value)) {
			references.push({
				value,
				where: `<${element}>`,
				absolute: true,
				...(local === 'loc' ? { ownSite: true } : {}),
			});
		} else if (value.includes('<')) {
			const embedded = collectHtmlReferences(fromHtml(value, { fragment: true }));
			references.push(...tag(embedded, `<${element}> → `, { absolute: true }));
		}
	};
	const walk = (node: Record<string, unknown>, element: string): void => {
		for (const [key, value] of Object.entries(node)) {
			if (key === '?xml-stylesheet') {
				const href = (value as Record<string, unknown>)['@_href'];
				if (typeof href === 'string') references.push({ value: href, where: '<?xml-stylesheet>' });
			} else if (key.startsWith('?')) {
				continue;
			} else if (key.startsWith('@_')) {
				const attribute = key.slice(2);
				if (attribute.startsWith('xmlns') || typeof value !== 'string') continue;
				const local = attribute.split(':').pop()!;
				if (XML_URL_ATTRIBUTES.has(local) || ABSOLUTE_WEB_URL.test(value))
					references.push({ value, where: `<${element} ${attribute}>`, absolute: true });
			} else if (key === '#text') {
				// An RSS guid that is not a permalink is a name that merely looks like a URL.
				const isName = element.endsWith('guid') && node['@_isPermaLink'] === 'false';
				if (typeof value === 'string' && !isName) text(element, value);
			} else {
				for (const item of Array.isArray(value) ? value : [value]) {
					if (typeof item === 'string') text(key, item);
					else if (item !== null && typeof item === 'object')
						walk(item as Record<string, unknown>, key);
				}
			}
		}
	};
	walk(xmlParser.parse(xml) as Record<string, unknown>, '');
	return references;
}

/** Ids and `<a name>`s of a page: the fragments that can point into it. */
export function collectAnchors(tree: Root): Set<string> {
	const anchors = new Set<string>();
	visit(tree, 'element', (element) => {
		const { id, name } = element.properties;
		if (typeof id === 'string') anchors.add(id);
		if (element.tagName === 'a' && typeof name === 'string') anchors.add(name);
	});
	return anchors;
}

/**
 * Whether a fragment points into a page with these anchors. An empty fragment and `top` are the
 * top of the page by the HTML standard («scroll to the fragment»); the fragment is tried as
 * written and percent-decoded, as browsers do, so `#%D0%B8%D1%82%D0%BE%D0%B3%D0%B8` finds
 * `id="итоги"`.
 */
export function fragmentExists(fragment: string, anchors: ReadonlySet<string>): boolean {
	if (fragment === '' || fragment.toLowerCase() === 'top' || anchors.has(fragment)) return true;
	try {
		return anchors.has(decodeURIComponent(fragment));
	} catch {
		return false;
	}
}

/** A path-relative reference (`x/`, `../x`), which means something else under every URL. */
function isPathRelative(value: string): boolean {
	return value !== '' && !SCHEME.test(value) && !/^[/#?]/.test(value);
}

/** The file's text, whatever form the map holds it in. */
function textOfFile(contents: string | Uint8Array): string {
	return typeof contents === 'string' ? contents : new TextDecoder().decode(contents);
}

/** A parsed file: its URLs, its anchors (pages only) and the base its relative URLs resolve to. */
interface ParsedFile {
	references: Reference[];
	anchors?: Set<string>;
	base: URL;
}

/** The `<base href>` of a page, resolved against its own URL, or its own URL. */
function baseOf(tree: Root, url: URL): URL {
	let base = url;
	visit(tree, 'element', (element) => {
		const href = element.properties['href'];
		if (element.tagName !== 'base' || typeof href !== 'string') return;
		base = new URL(href, url);
		return false;
	});
	return base;
}

/** Parses one file by its extension; files that hold no links give `undefined`. */
function parseFile(
	path: string,
	contents: string | Uint8Array,
	siteUrl: string,
): ParsedFile | undefined {
	const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
	const url = fileUrl(path, siteUrl);
	switch (extension) {
		case 'html': {
			const tree = fromHtml(textOfFile(contents));
			return {
				references: collectHtmlReferences(tree),
				anchors: collectAnchors(tree),
				base: baseOf(tree, url),
			};
		}
		case 'svg': {
			// `<use href="/icons.svg#x">` needs the ids of the SVG; its own links are not followed.
			return { references: [], anchors: collectAnchors(fromHtml(textOfFile(contents))), base: url };
		}
		case 'xml':
			return { references: collectXmlReferences(textOfFile(contents)), base: url };
		case 'json': {
			let data: unknown;
			try {
				data = JSON.parse(textOfFile(contents));
			} catch {
				const unreadable = 'не JSON: ссылки не проверены';
				return { references: [{ value: '', where: 'документ', unreadable }], base: url };
			}
			return { references: collectJsonReferences(data), base: url };
		}
		case 'txt':
			return { references: collectTextReferences(textOfFile(contents)), base: url };
		case 'css':
			return { references: collectCssReferences(textOfFile(contents)), base: url };
		default:
			return undefined;
	}
}

/** Why a URL is wrong before it is even resolved, or `undefined`. */
function formProblem(file: string, reference: Reference, value: string): string | undefined {
	if (reference.unreadable) return reference.unreadable;
	if (value === '') return 'пустой адрес';
	if (reference.absolute && !SCHEME.test(value))
		return 'нужен абсолютный адрес: ленту и разметку читают не на этой странице';
	if (file === '404.html' && isPathRelative(value))
		return 'на странице 404 относительный адрес ведёт в разные места: начните его с «/»';
	return undefined;
}

/** Why a URL of this site resolves to nothing, or `undefined` when it works. */
function internalProblem(
	url: URL,
	reference: Reference,
	site: URL,
	files: SiteFiles,
	parsed: ReadonlyMap<string, ParsedFile>,
): string | undefined {
	if (url.protocol !== site.protocol) return `свой сайт нужно указывать через ${site.protocol}`;
	const target = resolveSitePath(url.pathname, files);
	if ('reason' in target) return target.reason;
	if (reference.ignoreFragment || url.hash === '') return undefined;
	const anchors = parsed.get(target.file)?.anchors;
	if (!anchors) return `фрагмент ${url.hash} у файла, который не страница`;
	if (!fragmentExists(url.hash.slice(1), anchors))
		return `на ${target.file} нет id «${decodeFragment(url.hash)}»`;
	return undefined;
}

/** Site URLs inside a link's query: share links carry the page (`?url=`, `?text=… URL`, `body=`). */
function urlsInQuery(url: URL, site: URL): Reference[] {
	const references: Reference[] = [];
	for (const [name, parameter] of url.searchParams) {
		for (const value of webUrlsIn(parameter)) {
			if (URL.canParse(value) && new URL(value).host === site.host)
				references.push({ value, where: `?${name}=`, absolute: true });
		}
	}
	return references;
}

/** Web URLs in running text, without the punctuation that usually follows one. */
function webUrlsIn(text: string): string[] {
	return [...text.matchAll(WEB_URLS_IN_TEXT)].map((match) =>
		match[0].replace(/[.,;:!?)\]»]+$/, ''),
	);
}

/**
 * Checks every link of a built site. Internal URLs (relative, root-relative, or absolute on
 * `siteUrl`) must resolve to a file, and a fragment to an id of the target page; links to other
 * sites are listed and checked for form; a site URL inside a link's query (share links) is
 * checked as an internal one.
 */
export function checkLinks(files: SiteFiles, options: LinkCheckOptions): LinkReport {
	const site = new URL(options.siteUrl);
	const parsed = new Map<string, ParsedFile>();
	for (const [path, contents] of files) {
		const result = parseFile(path, contents, options.siteUrl);
		if (result) parsed.set(path, result);
	}
	const problems = new Map<string, LinkProblem>();
	const external = new Map<string, Set<string>>();
	const counts = new Map<string, number>();

	const report = (
		file: string,
		reference: Reference,
		kind: LinkProblem['kind'],
		reason: string,
	) => {
		const problem = { kind, file, where: reference.where, link: reference.value, reason };
		problems.set(JSON.stringify(problem), problem);
	};

	const evaluate = (file: string, reference: Reference, base: URL): void => {
		counts.set(file, (counts.get(file) ?? 0) + 1);
		const value = reference.value.trim();
		const form = formProblem(file, reference, value);
		if (form) {
			report(file, reference, 'internal', form);
			return;
		}
		if (!URL.canParse(value, base)) {
			report(file, reference, 'internal', 'не разбирается как адрес');
			return;
		}
		const url = new URL(value, base);
		if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host === site.host) {
			const reason = internalProblem(url, reference, site, files, parsed);
			if (reason) report(file, reference, 'internal', reason);
			return;
		}
		if (reference.ownSite) {
			report(file, reference, 'internal', 'в карте сайта только адреса этого сайта');
			return;
		}
		external.set(url.href, (external.get(url.href) ?? new Set()).add(file));
		for (const reason of externalLinkProblems(url)) report(file, reference, 'external', reason);
		for (const inner of urlsInQuery(url, site))
			evaluate(file, { ...inner, where: `${reference.where} ${inner.where}` }, base);
	};

	for (const [file, { references, base }] of parsed)
		for (const reference of references) evaluate(file, reference, base);

	return {
		problems: [...problems.values()],
		external: [...external]
			.map(([url, where]) => ({ url, files: [...where].sort() }))
			.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
		counts,
	};
}

/** A fragment as a reader would write it (`#итоги` rather than `#%D0%B8…`). */
function decodeFragment(hash: string): string {
	try {
		return decodeURIComponent(hash.slice(1));
	} catch {
		return hash.slice(1);
	}
}

/** One problem on one line: `file → where «link»: reason`. */
export function describeLinkProblem({ file, where, link, reason }: LinkProblem): string {
	return `${file} → ${where} «${link}»: ${reason}`;
}

/** A readable report of problems, grouped by file: `file` then `  where «link»: reason`. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
	const byFile = new Map<string, string[]>();
	for (const { file, where, link, reason } of problems)
		byFile.set(file, [...(byFile.get(file) ?? []), `  ${where} «${link}»: ${reason}`]);
	return [...byFile].map(([file, lines]) => [file, ...lines].join('\n')).join('\n');
}
