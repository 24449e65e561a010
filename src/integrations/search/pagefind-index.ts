import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Folder of the search index inside the site; the search page loads it from `/pagefind/`. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** A new Pagefind index for the Russian edition, closed (with Pagefind's process) after `use`. */
async function withIndex<T>(use: (index: pagefind.PagefindIndex) => Promise<T>): Promise<T> {
	try {
		// Stemming follows the pages' `lang="ru"`; forced, so that a page without it cannot start
		// a second index.
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
		if (!index) throw new Error(`Pagefind не запустился: ${errors.join('; ')}`);
		return await use(index);
	} finally {
		await pagefind.close();
	}
}

/** Fails with `what` and Pagefind's own words when it reported errors. */
function assertNoErrors(errors: readonly string[], what: string): void {
	if (errors.length > 0) throw new Error(`${what}: ${errors.join('; ')}`);
}

/** Indexes the built site in `siteDir` and writes the index into its `pagefind/` folder. */
export async function writeSearchIndex(siteDir: string): Promise<void> {
	await withIndex(async (index) => {
		const added = await index.addDirectory({ path: siteDir });
		assertNoErrors(added.errors, 'Pagefind не проиндексировал сайт');
		const written = await index.writeFiles({ outputPath: join(siteDir, SEARCH_INDEX_FOLDER) });
		assertNoErrors(written.errors, 'Pagefind не записал индекс');
	});
}

/** A page to index: its URL path and its HTML. */
export interface IndexedPage {
	url: string;
	html: string;
}

/**
 * Indexes `pages` in memory and returns the index's files by their path under `/pagefind/`
 * (`pagefind.js`, `pagefind-entry.json` …), for `astro dev`, which has no folder to write to.
 */
export async function searchIndexFiles(
	pages: AsyncIterable<IndexedPage> | Iterable<IndexedPage>,
): Promise<Map<string, Uint8Array>> {
	return withIndex(async (index) => {
		for await (const { url, html } of pages) {
			const added = await index.addHTMLFile({ url, content: html });
			assertNoErrors(added.errors, `Pagefind не проиндексировал ${url}`);
		}
		const { files, errors } = await index.getFiles();
		assertNoErrors(errors, 'Pagefind не собрал индекс');
		return new Map(files.map(({ path, content }) => [path.replace(/^\/+/, ''), content]));
	});
}
