import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import type { IndexedPage } from './pagefind-index.ts';

/**
 * The search index in `astro dev`: made in memory from the pages the dev server renders (every
 * page of its sitemap), the first time `/pagefind/…` is asked for, and made again after content
 * changed. So search finds what the editor sees, with no build beforehand.
 */

/** Content types of the files Pagefind writes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.wasm': 'application/wasm',
};

/** What the dev index needs from the outside world. */
export interface DevIndexOptions {
	/** Makes the index files from pages (Pagefind's Node API in the site). */
	makeIndex: (pages: AsyncIterable<IndexedPage>) => Promise<Map<string, Uint8Array>>;
	/** Fetches a path from the dev server itself. */
	fetchPage: (path: string) => Promise<Response>;
}

/** The URL paths of a sitemap's `<loc>` entries. */
export function sitemapPaths(sitemapXml: string): string[] {
	return [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

/** Every page of the dev server's sitemap, fetched one at a time. */
async function* sitePages(fetchPage: DevIndexOptions['fetchPage']): AsyncGenerator<IndexedPage> {
	const sitemap = await fetchPage('/sitemap.xml');
	if (!sitemap.ok) throw new Error(`нет карты сайта: /sitemap.xml ответил ${sitemap.status}`);
	for (const url of sitemapPaths(await sitemap.text())) {
		const page = await fetchPage(url);
		// A page that fails to render shows its error itself; search goes on without it.
		if (page.ok) yield { url, html: await page.text() };
	}
}

/** The dev index: a Connect middleware for `/pagefind/` and what to call when content changes. */
export interface DevSearchIndex {
	middleware: (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
	/** Forgets the index; the next request makes it again. */
	invalidate: () => void;
}

/** Serves `/pagefind/…` from an index made on first request and after every invalidation. */
export function devSearchIndex({ makeIndex, fetchPage }: DevIndexOptions): DevSearchIndex {
	let files: Promise<Map<string, Uint8Array>> | undefined;
	let generation = 0;
	const current = () => {
		if (!files) {
			const made = makeIndex(sitePages(fetchPage));
			const madeFor = generation;
			// A failed index is not kept: the next request tries again.
			made.catch(() => {
				if (generation === madeFor) files = undefined;
			});
			files = made;
		}
		return files;
	};
	return {
		invalidate: () => {
			generation += 1;
			files = undefined;
		},
		middleware: (request, response, next) => {
			const path = new URL(request.url ?? '/', 'http://dev').pathname;
			if (!path.startsWith('/pagefind/')) {
				next();
				return;
			}
			current().then(
				(index) => {
					const file = index.get(path.slice('/pagefind/'.length));
					if (!file) {
						response.statusCode = 404;
						response.end();
						return;
					}
					response.setHeader(
						'Content-Type',
						CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
					);
					response.setHeader('Cache-Control', 'no-store');
					response.end(file);
				},
				(error: unknown) => {
					response.statusCode = 500;
					response.setHeader('Content-Type', 'text/plain; charset=utf-8');
					response.end(`Поиск не готов: ${error instanceof Error ? error.message : String(error)}`);
				},
			);
		},
	};
}
