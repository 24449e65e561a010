import { readdir } from 'node:fs/promises';
import { relative, sep } from 'node:path';

/**
 * Which pages `npm run bench:pages` measures: the weight budget holds every HTML page of the
 * build, and Lighthouse runs on one page of each type (its URL pattern), each held to 100 in
 * every category (issue 18: «every page type 100 in all four Lighthouse categories»).
 */

/**
 * The page of each type of the edition that Lighthouse audits, in the order they are printed:
 * the four of the performance issue first, then every other type the site has.
 */
export const LIGHTHOUSE_PAGES: readonly string[] = Object.freeze([
	'/',
	'/articles/kremlin-talks/',
	'/timelines/visit-schedule/',
	'/search/',
	'/archive/',
	'/timelines/',
	'/people/',
	'/people/lukashenko/',
	'/topics/',
	'/topics/union-state/',
	'/glossary/',
	'/sources/',
	'/about/',
	'/corrections/',
	'/subscribe/',
	'/404.html',
]);

/** An audit a page fails by design, with the detail every line of its failure must match. */
export interface ExpectedFailure {
	id: string;
	/** Every detail line must match, so that another failure of the same audit still counts. */
	detail?: RegExp;
	/** Why the page fails it, for the report. */
	reason: string;
}

/**
 * What the not-found page fails by being one: nginx serves it with status 404 at any unknown
 * address (and at its own, which is `internal`), so SEO sees the status and the `noindex` the
 * page carries so that no search engine keeps it, and Chromium logs the status as a console
 * error. Anything else it fails still counts.
 */
export const EXPECTED_FAILURES: Readonly<Record<string, readonly ExpectedFailure[]>> = {
	'/404.html': [
		{ id: 'http-status-code', reason: 'страница «не найдено» отвечает 404' },
		{ id: 'is-crawlable', reason: 'noindex: страница «не найдено» не для поисковиков' },
		{
			id: 'errors-in-console',
			detail: /responded with a status of 404/,
			reason: 'Chromium пишет в консоль о статусе 404 самой страницы',
		},
	],
};

/** Whether Lighthouse must accept the page's error status: the pages that answer 404 by design. */
export function answersWithError(path: string): boolean {
	return path === '/404.html';
}

/**
 * Whether a page's HTML shows a map or a picture, whose pages keep Largest Contentful Paint under
 * {@link FIGURE_LCP_MS} (issue 18).
 */
export function showsFigure(html: string): boolean {
	return /<figure\b[^>]*\bclass="[^"]*\bmap\b|<picture\b|<img\b/.test(html);
}

/** The LCP budget of a page with a map or picture, in milliseconds (Lighthouse's mobile preset). */
export const FIGURE_LCP_MS = 1500;

/** Every HTML page of the built site at `siteDir`, as its URL path (`/x/` or `/404.html`), sorted. */
export async function builtPages(siteDir: string): Promise<string[]> {
	const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => {
			const folders = relative(siteDir, entry.parentPath).split(sep).filter(Boolean);
			const folder = folders.length > 0 ? `/${folders.join('/')}/` : '/';
			return entry.name === 'index.html' ? folder : `${folder}${entry.name}`;
		})
		.sort();
}

/**
 * The type of a page: its URL with the variable part as `…`, so every article is `/articles/…/`
 * and the list of articles `/articles/`; `/` and file pages (`/404.html`) are types of their own.
 */
export function pageType(path: string): string {
	const segments = path.split('/').filter(Boolean);
	if (!path.endsWith('/') || segments.length <= 1) return path;
	return `/${segments[0]!}/${'…/'.repeat(segments.length - 1)}`;
}

/**
 * One page of each type for Lighthouse: the page named in `preferred` when the type has one,
 * else its heaviest (by `weight`, the worst case for the budget). File pages are left out
 * unless named (`/404.html` is: its status is expected, see {@link EXPECTED_FAILURES}).
 * Preferred pages come first in their order, then the rest by path.
 */
export function samplePages(
	pages: readonly { path: string; weight: number }[],
	preferred: readonly string[] = LIGHTHOUSE_PAGES,
): string[] {
	const byType = new Map<string, { path: string; weight: number }[]>();
	for (const page of pages) {
		if (!page.path.endsWith('/') && !preferred.includes(page.path)) continue;
		const type = pageType(page.path);
		byType.set(type, [...(byType.get(type) ?? []), page]);
	}
	const chosen = [...byType.values()].map((group) => {
		const named = group.find((page) => preferred.includes(page.path));
		if (named) return named.path;
		return [...group].sort((a, b) => b.weight - a.weight || a.path.localeCompare(b.path))[0]!.path;
	});
	const rank = (path: string) => {
		const index = preferred.indexOf(path);
		return index === -1 ? preferred.length : index;
	};
	return chosen.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * The URL path a `--pages` entry names: a leading slash is required, a folder gets its trailing
 * slash (`/search` → `/search/`), a file (`/404.html`) stays as it is.
 */
export function normalizePagePath(entry: string): string {
	const path = entry.trim();
	if (!path.startsWith('/')) throw new Error(`--pages: «${path}» must start with /`);
	const last = path.split('/').at(-1)!;
	return path.endsWith('/') || last.includes('.') ? path : `${path}/`;
}
