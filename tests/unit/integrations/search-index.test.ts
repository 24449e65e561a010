import { describe, expect, test } from 'vitest';
import {
	assertSiteLanguages,
	searchIndexFiles,
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
