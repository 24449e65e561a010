import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALE_TAGS, LOCALES } from '../../i18n/locales.ts';

/** Folder of the search index inside the site; the search page loads it from `/pagefind/`. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** The index's table of contents: its languages, each with its own files. */
const ENTRY_FILE = 'pagefind-entry.json';

/**
 * A new Pagefind index, closed (with Pagefind's process) after `use`. Pagefind splits it by each
 * page's `<html lang>`, one index per edition (issue 20), and its browser script loads the index
 * of the language of the page that searches: the Russian search page finds Russian pages, the
 * English one English pages, each stemmed in its language.
 */
async function withIndex<T>(use: (index: pagefind.PagefindIndex) => Promise<T>): Promise<T> {
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index) throw new Error(`Pagefind не запустился: ${errors.join('; ')}`);
		return await use(index);
	} finally {
		await pagefind.close();
	}
}

/** The languages of the site as Pagefind names its indexes: `ru`, `en`. */
const SITE_LANGUAGES: ReadonlySet<string> = new Set(
	LOCALES.map((locale) => LOCALE_TAGS[locale].lang),
);

/**
 * Fails when the index holds a language that is not one of the site's: a page without `lang` (or
 * with another) would start an index of its own that no search page loads, and drop out of search.
 *
 * @param entry The text of the index's `pagefind-entry.json`.
 */
export function assertSiteLanguages(entry: string): void {
	const { languages } = JSON.parse(entry) as { languages: Record<string, unknown> };
	const unknown = Object.keys(languages).filter((language) => !SITE_LANGUAGES.has(language));
	if (unknown.length > 0)
		throw new Error(
			`Pagefind нашёл страницы на языке, которого нет на сайте (${unknown.join(', ')}): у каждой страницы должен быть <html lang> одного из языков сайта (${[...SITE_LANGUAGES].join(', ')})`,
		);
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
		const outputPath = join(siteDir, SEARCH_INDEX_FOLDER);
		const written = await index.writeFiles({ outputPath });
		assertNoErrors(written.errors, 'Pagefind не записал индекс');
		assertSiteLanguages(await readFile(join(outputPath, ENTRY_FILE), 'utf8'));
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
		const byPath = new Map(files.map(({ path, content }) => [path.replace(/^\/+/, ''), content]));
		const entry = byPath.get(ENTRY_FILE);
		if (entry) assertSiteLanguages(new TextDecoder().decode(entry));
		return byPath;
	});
}
