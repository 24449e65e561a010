import { describe, expect, test } from 'vitest';
import { SCRIPT_WORDS, scriptWords } from '../../../src/browser/words.ts';
import { uiFor } from '../../../src/i18n/dictionaries.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';

/** A page as the scripts see it: only its `<html lang>`. */
const pageIn = (lang: string) => ({ documentElement: { lang } }) as Document;

describe('the page scripts’ words', () => {
	test('exist for every language of the site', () => {
		expect(Object.keys(SCRIPT_WORDS).sort()).toEqual([...LOCALES].sort());
	});

	test('follow the page’s language, Russian when it says none the scripts know', () => {
		expect(scriptWords(pageIn('en'))).toBe(SCRIPT_WORDS.en);
		expect(scriptWords(pageIn('en-US'))).toBe(SCRIPT_WORDS.en);
		expect(scriptWords(pageIn('ru'))).toBe(SCRIPT_WORDS.ru);
		expect(scriptWords(pageIn(''))).toBe(SCRIPT_WORDS.ru);
	});

	test.each(LOCALES)(
		'head the %s search results as the navigation names the sections',
		(locale) => {
			const { sections } = uiFor(locale);

			expect(SCRIPT_WORDS[locale].groups).toMatchObject({
				article: sections.archive,
				person: sections.people,
				term: sections.glossary,
			});
		},
	);

	test('count the results in each language’s plural forms', () => {
		expect([1, 3, 5, 21].map(SCRIPT_WORDS.ru.found)).toEqual([
			'Найдено: 1\u00A0результат.',
			'Найдено: 3\u00A0результата.',
			'Найдено: 5\u00A0результатов.',
			'Найдено: 21\u00A0результат.',
		]);
		expect([1, 2].map(SCRIPT_WORDS.en.found)).toEqual([
			'Found: 1\u00A0result.',
			'Found: 2\u00A0results.',
		]);
	});

	test('say nothing in Cyrillic on an English page', () => {
		const { found, groups, ...texts } = SCRIPT_WORDS.en;

		expect([...Object.values(groups), ...Object.values(texts), found(3)].join(' ')).not.toMatch(
			/[А-Яа-яЁё]/,
		);
	});
});
