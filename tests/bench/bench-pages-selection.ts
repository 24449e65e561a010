import { readdir } from 'node:fs/promises';
import { relative, sep } from 'node:path';

/**
 * Which pages `npm run bench:pages` measures: the weight budget holds every HTML page of the
 * build, Lighthouse runs on one page of each type (its URL pattern), and four named pages are
 * held to 100 in every Lighthouse category.
 */

/** The pages the performance issue holds to Lighthouse 100: home, article, timeline, search. */
export const LIGHTHOUSE_PAGES: readonly string[] = Object.freeze([
	'/',
	'/articles/kremlin-talks/',
	'/timelines/visit-schedule/',
	'/search/',
]);

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
 * else its heaviest (by `weight`, the worst case for the budget). File pages such as
 * `/404.html` are left out: nginx serves them only with an error status. Preferred pages come
 * first in their order, then the rest by path.
 */
export function samplePages(
	pages: readonly { path: string; weight: number }[],
	preferred: readonly string[] = LIGHTHOUSE_PAGES,
): string[] {
	const byType = new Map<string, { path: string; weight: number }[]>();
	for (const page of pages) {
		if (!page.path.endsWith('/')) continue;
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
