import { describe, expect, test } from 'vitest';
import { formatCount, pluralWord, wordFor } from '../../../src/format/plural.ts';
import { EN } from '../../../src/i18n/en.ts';
import { RU } from '../../../src/i18n/ru.ts';

describe('formatCount', () => {
	test('names Russian counts in the right form, the number bound to the word', () => {
		const counts = [1, 2, 5, 11, 16, 21, 33, 101].map((count) =>
			formatCount(count, RU.counts.events, 'ru'),
		);

		expect(counts).toEqual([
			'1\u00A0событие',
			'2\u00A0события',
			'5\u00A0событий',
			'11\u00A0событий',
			'16\u00A0событий',
			'21\u00A0событие',
			'33\u00A0события',
			'101\u00A0событие',
		]);
	});

	test('names English counts as one or many, thousands grouped with a comma', () => {
		const counts = [0, 1, 2, 21, 1200].map((count) => formatCount(count, EN.counts.articles, 'en'));

		expect(counts).toEqual([
			'0\u00A0articles',
			'1\u00A0article',
			'2\u00A0articles',
			'21\u00A0articles',
			'1,200\u00A0articles',
		]);
	});

	test('Russian is the default language', () => {
		expect(formatCount(3, RU.counts.terms)).toBe('3\u00A0термина');
	});
});

describe('pluralWord', () => {
	test('falls back to `other` for a category the forms do not name', () => {
		expect(pluralWord(1.5, RU.counts.minutes, 'ru')).toBe('минуты');
		expect(pluralWord(5, { one: 'one', other: 'other' }, 'ru')).toBe('other');
	});

	test('agrees with the Russian forms of content errors for whole numbers', () => {
		const forms = RU.counts.days;
		for (let count = 0; count <= 125; count += 1)
			expect(pluralWord(count, forms, 'ru')).toBe(
				wordFor(count, [forms.one, forms.few!, forms.many!]),
			);
	});
});
