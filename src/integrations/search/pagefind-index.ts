import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { pathLocale } from '../../format/urls.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, LOCALES, type Locale } from '../../i18n/locales.ts';
import type { EditionIndexAnswer, EditionIndexJob } from './edition-index.ts';

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

/** A folder or file at the top of the built site. */
export interface TopLevelEntry {
	name: string;
	isDirectory: boolean;
}

/** Names that can stand in a Pagefind glob as they are: our routes' folders and files. */
const PLAIN_NAME = /^[\w.-]+$/;

/**
 * Each edition's pages in the built site as one Pagefind glob per language that has pages: for
 * English every HTML file under `en/`; for Russian, at the root, every other top-level folder
 * (all HTML files under it) and HTML file by name, in one `{a,b,…}` list, as Pagefind's globs
 * cannot leave a folder out. A site of `index.html`, `articles/` and `en/` gives Russian
 * `index.html` and the HTML under `articles/`, and English the HTML under `en/`.
 */
export function editionGlobs(topLevel: readonly TopLevelEntry[]): Map<Locale, string> {
	const alternatives = new Map<Locale, string[]>();
	for (const { name, isDirectory } of topLevel) {
		if (!isDirectory && !name.endsWith('.html')) continue;
		if (!PLAIN_NAME.test(name))
			throw new Error(
				`В собранном сайте есть «${name}»: такое имя нельзя передать Pagefind в шаблоне пути`,
			);
		const locale = isDirectory ? pathLocale(`/${name}/`) : DEFAULT_LOCALE;
		// A language's own folder holds all its pages; other folders belong to the original.
		const pattern = isDirectory ? `${name}/**/*.html` : name;
		alternatives.set(locale, [...(alternatives.get(locale) ?? []), pattern]);
	}
	return new Map(
		LOCALES.filter((locale) => alternatives.has(locale)).map((locale) => {
			const patterns = alternatives.get(locale)!;
			return [locale, patterns.length === 1 ? patterns[0]! : `{${patterns.join(',')}}`];
		}),
	);
}

/** Runs ./edition-index.ts in a worker thread; resolves once its index is written. */
function indexEdition(job: EditionIndexJob): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./edition-index.ts', import.meta.url), { workerData: job });
		let answered = false;
		worker.once('message', ({ errors }: EditionIndexAnswer) => {
			answered = true;
			if (errors.length > 0)
				reject(new Error(`Pagefind не проиндексировал сайт: ${errors.join('; ')}`));
			else resolve();
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (!answered)
				reject(new Error(`Поток индекса Pagefind завершился без ответа (код ${code})`));
		});
	});
}

/** The index's table of contents, as Pagefind writes it. */
interface IndexEntry {
	languages: Record<string, unknown>;
	[key: string]: unknown;
}

/**
 * Moves the files of one edition's index from `from` into the site's index folder `to`. The
 * files of an index are named by language (`wasm.ru.pagefind`, `fragment/ru_….pf_fragment`),
 * and those that are not (`pagefind.js`, the UI) are the same in every index, so nothing is lost;
 * only the table of contents is one per index, and is returned to be merged.
 */
async function moveEditionIndex(from: string, to: string): Promise<IndexEntry> {
	const entry = JSON.parse(await readFile(join(from, ENTRY_FILE), 'utf8')) as IndexEntry;
	const files = (await readdir(from, { recursive: true, withFileTypes: true })).filter(
		(file) => file.isFile() && file.name !== ENTRY_FILE,
	);
	for (const folder of new Set(files.map((file) => relative(from, file.parentPath))))
		await mkdir(join(to, folder), { recursive: true });
	for (const file of files) {
		const path = relative(from, join(file.parentPath, file.name));
		await rename(join(from, path), join(to, path));
	}
	return entry;
}

/**
 * Indexes the built site in `siteDir` and writes the index into its `pagefind/` folder: one
 * index per edition (Pagefind splits them by `<html lang>` anyway), made side by side, one
 * Pagefind process each, then put together as one index of several languages — the same files
 * Pagefind writes for the whole site at once, in less time when there are two editions.
 */
export async function writeSearchIndex(siteDir: string): Promise<void> {
	const topLevel = (await readdir(siteDir, { withFileTypes: true })).map((entry) => ({
		name: entry.name,
		isDirectory: entry.isDirectory(),
	}));
	const editions = [...editionGlobs(topLevel)].map(([locale, glob]) => ({
		locale,
		glob,
		outputPath: join(siteDir, `.${SEARCH_INDEX_FOLDER}-${locale}`),
	}));
	const outputPath = join(siteDir, SEARCH_INDEX_FOLDER);
	try {
		await Promise.all(
			editions.map(({ glob, outputPath }) => indexEdition({ siteDir, glob, outputPath })),
		);
		const languages: Record<string, unknown> = {};
		let entry: IndexEntry | undefined;
		for (const edition of editions) {
			entry = await moveEditionIndex(edition.outputPath, outputPath);
			const found = Object.keys(entry.languages);
			// A page in another language's folder would make an index that the merge would lose.
			const strays = found.filter((language) => language !== LOCALE_TAGS[edition.locale].lang);
			if (strays.length > 0) {
				// A language the site lacks has its own message.
				assertSiteLanguages(JSON.stringify(entry));
				throw new Error(
					`Pagefind нашёл среди страниц издания «${edition.locale}» страницы на другом языке (${strays.join(', ')}): у каждой страницы <html lang> должен быть языком её издания`,
				);
			}
			Object.assign(languages, entry.languages);
		}
		if (!entry) throw new Error('В собранном сайте нет страниц для поиска');
		// Pagefind lists the languages in alphabetical order.
		const merged = {
			...entry,
			languages: Object.fromEntries(
				Object.entries(languages).sort(([a], [b]) => a.localeCompare(b)),
			),
		};
		const text = JSON.stringify(merged);
		assertSiteLanguages(text);
		await writeFile(join(outputPath, ENTRY_FILE), text);
	} finally {
		await Promise.all(
			editions.map(({ outputPath }) => rm(outputPath, { recursive: true, force: true })),
		);
	}
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
