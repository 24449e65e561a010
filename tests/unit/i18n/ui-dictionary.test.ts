import { describe, expect, test } from 'vitest';
import { DICTIONARIES, uiFor } from '../../../src/i18n/dictionaries.ts';
import { EN } from '../../../src/i18n/en.ts';
import { LOCALE_TAGS, LOCALES } from '../../../src/i18n/locales.ts';
import { RU } from '../../../src/i18n/ru.ts';
import type { UiDictionary } from '../../../src/i18n/ui-dictionary.ts';
import { SITE } from '../../../src/site.ts';

/**
 * Every path to a leaf of a dictionary, with what the leaf is: `chrome.menu: string`. A word's
 * plural forms are one leaf: each language has its own plural categories.
 */
function leaves(value: unknown, path = ''): string[] {
	if (value !== null && typeof value === 'object' && 'one' in value && 'other' in value)
		return [`${path}: plural forms`];
	if (value !== null && typeof value === 'object')
		return Object.entries(value).flatMap(([key, inner]) =>
			leaves(inner, path ? `${path}.${key}` : key),
		);
	return [`${path}: ${typeof value}`];
}

/** Every text of a dictionary, functions called with placeholder arguments. */
function texts(dictionary: UiDictionary): string[] {
	const walk = (value: unknown): string[] => {
		if (typeof value === 'string') return [value];
		if (typeof value === 'function')
			return [String((value as (...a: unknown[]) => unknown)('1', '2'))];
		if (value !== null && typeof value === 'object') return Object.values(value).flatMap(walk);
		return [];
	};
	return walk(dictionary);
}

describe('the UI dictionaries', () => {
	test('the type refuses a dictionary with a key missing or a key too many', () => {
		// Arrange: a copy of the English dictionary without one key, and one with an extra key.
		const chromeWithoutMenu: Omit<UiDictionary['chrome'], 'menu'> = EN.chrome;

		// Act and assert: `npm run check` (tsc) fails if either assignment type-checks.
		// @ts-expect-error -- `chrome.menu` is missing
		const missing: UiDictionary = { ...EN, chrome: chromeWithoutMenu };
		// @ts-expect-error -- `chrome.banner` is not a key of the dictionary
		const extra: UiDictionary = { ...EN, chrome: { ...EN.chrome, banner: 'Banner' } };
		// @ts-expect-error -- a phrase with a count is a function, not a fixed text
		const wrongKind: UiDictionary = { ...EN, pagination: { ...EN.pagination, pageOf: 'Page' } };

		expect([missing.chrome, extra.chrome, wrongKind.pagination]).toHaveLength(3);
	});

	test('Russian and English have the same keys, each of the same kind', () => {
		expect(leaves(EN)).toEqual(leaves(RU));
	});

	test('every language has its dictionary, and its tags', () => {
		for (const locale of LOCALES) {
			expect(uiFor(locale)).toBe(DICTIONARIES[locale]);
			expect(LOCALE_TAGS[locale].lang).toBe(locale);
		}
		expect(uiFor()).toBe(RU);
	});

	test('no English text has a Cyrillic letter, and every Russian one has', () => {
		expect(texts(EN).filter((text) => /\p{Script=Cyrillic}/u.test(text))).toEqual([]);
		expect(
			texts(RU).filter((text) => /\p{L}/u.test(text) && !/\p{Script=Cyrillic}/u.test(text)),
		).toEqual([]);
	});

	test('English uses curly quotes and apostrophes, never straight ones or «ёлочки»', () => {
		expect(texts(EN).filter((text) => /["'«»]/.test(text))).toEqual([]);
	});

	test('the site’s description is the Russian dictionary’s, as the typograph leaves it', () => {
		expect(SITE.description).toBe(RU.siteDescription);
	});
});
