import { describe, expect, test } from 'vitest';
import { SEARCH_WORDS, searchWords } from '../../../src/browser/search.ts';
import { SHARE_WORDS, shareWords } from '../../../src/browser/share.ts';
import { uiFor } from '../../../src/i18n/dictionaries.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';

/** A page as the scripts see it: only its `<html lang>`. */
const pageIn = (lang: string) => ({ documentElement: { lang } }) as Document;

describe('the page scripts’ words', () => {
	test('exist for every language of the site', () => {
		expect(Object.keys(SEARCH_WORDS).sort()).toEqual([...LOCALES].sort());
		expect(Object.keys(SHARE_WORDS).sort()).toEqual([...LOCALES].sort());
	});

	test('follow the page’s language, Russian when it says none the scripts know', () => {
		expect(searchWords(pageIn('en'))).toBe(SEARCH_WORDS.en);
		expect(searchWords(pageIn('en-US'))).toBe(SEARCH_WORDS.en);
		expect(searchWords(pageIn('ru'))).toBe(SEARCH_WORDS.ru);
		expect(searchWords(pageIn(''))).toBe(SEARCH_WORDS.ru);
		expect(shareWords(pageIn('en'))).toBe(SHARE_WORDS.en);
		expect(shareWords(pageIn('ru'))).toBe(SHARE_WORDS.ru);
	});

	test.each(LOCALES)(
		'head the %s search results as the navigation names the sections',
		(locale) => {
			const { sections } = uiFor(locale);

			expect(SEARCH_WORDS[locale].groups).toMatchObject({
				article: sections.archive,
				person: sections.people,
				term: sections.glossary,
			});
		},
	);

	test('count the results in each language’s plural forms', () => {
		expect([1, 3, 5, 21].map(SEARCH_WORDS.ru.found)).toEqual([
			'Найдено: 1\u00A0результат.',
			'Найдено: 3\u00A0результата.',
			'Найдено: 5\u00A0результатов.',
			'Найдено: 21\u00A0результат.',
		]);
		expect([1, 2].map(SEARCH_WORDS.en.found)).toEqual([
			'Found: 1\u00A0result.',
			'Found: 2\u00A0results.',
		]);
	});

	test('say nothing in Cyrillic on an English page', () => {
		const { found, groups, nothingFound } = SEARCH_WORDS.en;
		const texts = [
			...Object.values(groups),
			nothingFound,
			found(3),
			SHARE_WORDS.en.copied,
			SHARE_WORDS.en.copyFailed,
		];

		expect(texts.join(' ')).not.toMatch(/[А-Яа-яЁё]/);
	});
});
