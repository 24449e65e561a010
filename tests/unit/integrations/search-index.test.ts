import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, test } from 'vitest';
import {
	assertSiteLanguages,
	editionGlobs,
	searchIndexFiles,
	writeSearchIndex,
} from '../../../src/integrations/search/pagefind-index.ts';

/** A page as the site renders it, reduced to what Pagefind reads: its language and its body. */
function page(url: string, lang: string, title: string, text: string) {
	return {
		url,
		html: `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`,
	};
}

/** The languages of an index made in memory, read from its `pagefind-entry.json`. */
function languagesOf(files: Map<string, Uint8Array>): string[] {
	const entry = JSON.parse(new TextDecoder().decode(files.get('pagefind-entry.json'))) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.entries(entry.languages)
		.map(([language, { page_count }]) => `${language}:${page_count}`)
		.sort();
}

describe('the search index per language', () => {
	test('splits the pages into one index per edition, by their <html lang>', async () => {
		const files = await searchIndexFiles([
			page('/articles/visit/', 'ru', 'Визит', 'Переговоры в Кремле.'),
			page('/people/putin/', 'ru', 'Путин', 'Президент России.'),
			page('/en/articles/visit/', 'en', 'The visit', 'Talks in the Kremlin.'),
		]);

		expect(languagesOf(files)).toEqual(['en:1', 'ru:2']);
		expect([...files.keys()]).toEqual(
			expect.arrayContaining(['wasm.ru.pagefind', 'wasm.en.pagefind']),
		);
	});

	test('refuses a page in a language the site does not have', async () => {
		await expect(
			searchIndexFiles([
				page('/articles/visit/', 'ru', 'Визит', 'Переговоры.'),
				page('/de/', 'de', 'Besuch', 'Gespräche im Kreml.'),
			]),
		).rejects.toThrow(/на языке, которого нет на сайте \(de\)/);
	});

	test('names every language it does not know', () => {
		const entry = JSON.stringify({ languages: { ru: {}, unknown: {}, de: {} } });

		expect(() => {
			assertSiteLanguages(entry);
		}).toThrow('(unknown, de)');
		expect(() => {
			assertSiteLanguages(JSON.stringify({ languages: { ru: {}, en: {} } }));
		}).not.toThrow();
	});
});

describe('editionGlobs', () => {
	test('gives English its folder and Russian every other folder and page at the root', () => {
		const globs = editionGlobs([
			{ name: 'index.html', isDirectory: false },
			{ name: 'articles', isDirectory: true },
			{ name: 'en', isDirectory: true },
			{ name: 'rss.xml', isDirectory: false },
			{ name: '404.html', isDirectory: false },
		]);

		expect(Object.fromEntries(globs)).toEqual({
			ru: '{index.html,articles/**/*.html,404.html}',
			en: 'en/**/*.html',
		});
	});

	test('writes a single pattern without braces, and leaves out a language without pages', () => {
		expect(Object.fromEntries(editionGlobs([{ name: 'articles', isDirectory: true }]))).toEqual({
			ru: 'articles/**/*.html',
		});
	});

	test('refuses a name that would change the glob', () => {
		expect(() => editionGlobs([{ name: 'a,b', isDirectory: true }])).toThrow('«a,b»');
	});
});

describe('writeSearchIndex', () => {
	const folders: string[] = [];
	afterEach(async () => {
		await Promise.all(
			folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })),
		);
	});

	/** A built site of `pages` (path → page) in a new folder. */
	async function site(pages: Record<string, ReturnType<typeof page>>): Promise<string> {
		const folder = await mkdtemp(join(tmpdir(), 'razbor-search-'));
		folders.push(folder);
		for (const [path, { html }] of Object.entries(pages)) {
			await mkdir(dirname(join(folder, path)), { recursive: true });
			await writeFile(join(folder, path), html);
		}
		return folder;
	}

	/** Every file under `folder` by its path, with its bytes. */
	async function filesUnder(folder: string): Promise<Map<string, Buffer>> {
		const entries = await readdir(folder, { recursive: true, withFileTypes: true });
		const files = entries.filter((entry) => entry.isFile());
		return new Map(
			await Promise.all(
				files.map(
					async (file) =>
						[
							join(file.parentPath, file.name).slice(folder.length + 1),
							await readFile(join(file.parentPath, file.name)),
						] as const,
				),
			),
		);
	}

	const PAGES = {
		'index.html': page('/', 'ru', 'Разбор', 'Визит Лукашенко в Москву.'),
		'articles/visit/index.html': page('/articles/visit/', 'ru', 'Визит', 'Переговоры в Кремле.'),
		'en/index.html': page('/en/', 'en', 'Razbor', 'Lukashenko visits Moscow.'),
		'en/articles/visit/index.html': page(
			'/en/articles/visit/',
			'en',
			'The visit',
			'Talks in the Kremlin.',
		),
	};

	test('writes the same index as Pagefind makes of the whole site at once, one edition at a time', async () => {
		const ours = await site(PAGES);
		const whole = await site(PAGES);
		await writeSearchIndex(ours);
		const { index } = await pagefind.createIndex();
		await index!.addDirectory({ path: whole });
		await index!.writeFiles({ outputPath: join(whole, 'pagefind') });
		await pagefind.close();

		const [mine, theirs] = [
			await filesUnder(join(ours, 'pagefind')),
			await filesUnder(join(whole, 'pagefind')),
		];
		expect([...mine.keys()].sort()).toEqual([...theirs.keys()].sort());
		for (const [path, bytes] of theirs) expect(mine.get(path)?.equals(bytes), path).toBe(true);
		// Nothing of the editions' own indexes is left beside the site's.
		expect((await readdir(ours)).sort()).toEqual(['articles', 'en', 'index.html', 'pagefind']);
	});

	test('refuses a page whose language is not that of its edition', async () => {
		const folder = await site({
			...PAGES,
			'articles/stray/index.html': page(
				'/articles/stray/',
				'en',
				'Stray',
				'An English page among the Russian ones.',
			),
		});

		await expect(writeSearchIndex(folder)).rejects.toThrow(
			/среди страниц издания «ru» страницы на другом языке \(en\)/,
		);
		expect(await readdir(folder)).not.toContain('.pagefind-ru');
	});
});
