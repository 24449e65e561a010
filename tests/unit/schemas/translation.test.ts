import { describe, expect, test } from 'vitest';
import { ARTICLE_SCHEMAS, ArticleSchema } from '../../../src/schemas/article.ts';
import { ChartTranslationSchema } from '../../../src/schemas/chart.ts';
import { PersonTranslationSchema } from '../../../src/schemas/person.ts';
import { PlaceTranslationSchema } from '../../../src/schemas/place.ts';
import { SourceSchema } from '../../../src/schemas/source.ts';
import { TimelineTranslationSchema } from '../../../src/schemas/timeline.ts';
import { translationSchema, typesetIn } from '../../../src/schemas/translation.ts';
import { objectKeysAt } from '../../../src/problems/schema-problems.ts';

const nb = (text: string): string => text.replaceAll('⍽', '\u00A0');

const ARTICLE = {
	title: 'He said "yes" - twice',
	dek: 'A dek.',
	kind: 'news',
	published: '2025-03-14T11:00:00+03:00',
	keyPoints: ['One.', 'Two.', 'Three.'],
};

describe('translationSchema', () => {
	test('keeps only the display texts of a person, in English typography', () => {
		const parsed = PersonTranslationSchema.parse({
			name: 'Vladimir Putin',
			role: 'President',
			description: 'The "host" - of the talks',
		});

		expect(parsed).toEqual({
			name: 'Vladimir Putin',
			role: 'President',
			description: nb('The “host”⍽— of the talks'),
		});
		expect(objectKeysAt(PersonTranslationSchema, [])).toEqual(['name', 'role', 'description']);
	});

	test('keeps the words of list items, and the id of items that have one', () => {
		expect(objectKeysAt(TimelineTranslationSchema, [])).toEqual(['title', 'description', 'events']);
		expect(objectKeysAt(TimelineTranslationSchema, ['events', 0])).toEqual([
			'id',
			'period',
			'title',
			'text',
			'caveat',
		]);
		expect(objectKeysAt(PlaceTranslationSchema, ['events', 0])).toEqual(['venue', 'text']);
	});

	test('merges the words of both kinds of chart, optional where one kind lacks them', () => {
		const words = { title: 'T', description: 'D', bars: [{ label: 'L' }] };

		expect(ChartTranslationSchema.safeParse(words).success).toBe(true);
		expect(objectKeysAt(ChartTranslationSchema, [])).toEqual([
			'title',
			'description',
			'note',
			'unit',
			'suffix',
			'bars',
		]);
		expect(objectKeysAt(ChartTranslationSchema, ['bars', 0])).toEqual(['label', 'basis', 'note']);
	});

	test('refuses a shared field and a missing word', () => {
		const result = TimelineTranslationSchema.safeParse({
			title: 'T',
			events: [{ id: 'landing', title: 'Landing', date: '2025-03-13' }],
		});

		expect(result.error?.issues.map(({ code, path }) => ({ code, path }))).toEqual([
			{ code: 'unrecognized_keys', path: ['events', 0] },
		]);
		expect(
			PersonTranslationSchema.safeParse({ name: 'A', role: 'B' }).error?.issues[0],
		).toMatchObject({ path: ['description'], message: 'обязательное поле не заполнено' });
	});

	test('keeps the text checks of the original: no markup, not empty', () => {
		const result = PersonTranslationSchema.safeParse({
			name: '<b>A</b>',
			role: ' ',
			description: 'C',
		});

		expect(result.error?.issues.map(({ path }) => path)).toEqual([['name'], ['role']]);
	});

	test('has nothing to translate in a schema without display texts', () => {
		expect(() => translationSchema(ArticleSchema.shape.kind)).toThrow();
		// A source's title is quoted as published and the rest is shared: sources have no translations.
		expect(() => translationSchema(SourceSchema)).toThrow();
	});
});

describe('typesetIn', () => {
	test('sets an English article in English typography, with every rule of the Russian one', () => {
		const english = ARTICLE_SCHEMAS.en.parse({ ...ARTICLE, lang: 'en' });
		const russian = ArticleSchema.parse(ARTICLE);

		expect(english.title).toBe(nb('He said “yes”⍽— twice'));
		expect(russian.title).toBe(nb('He⍽said «yes»⍽— twice'));
		expect(
			ARTICLE_SCHEMAS.en.safeParse({ ...ARTICLE, keyPoints: ['One.'] }).error?.issues[0],
		).toMatchObject({ path: ['keyPoints'], message: 'в «Главном» нужно от 3 до 6 пунктов' });
	});

	test('leaves a schema without display texts as it is', () => {
		const kind = ArticleSchema.shape.kind;

		expect(typesetIn(kind, 'en')).toBe(kind);
	});

	test('lets an English article repeat a correction of its original made before it was written', () => {
		const updates = [{ at: '2025-03-14T09:30:00+03:00', note: 'Fixed.', correction: true }];

		expect(ARTICLE_SCHEMAS.en.safeParse({ ...ARTICLE, lang: 'en', updates }).success).toBe(true);
		expect(ArticleSchema.safeParse({ ...ARTICLE, updates }).error?.issues[0]?.message).toBe(
			'запись в updates раньше published',
		);
		expect(
			ARTICLE_SCHEMAS.en.safeParse({
				...ARTICLE,
				lang: 'en',
				updates: [{ ...updates[0], correction: false }],
			}).error?.issues[0]?.message,
		).toBe('запись в updates раньше published');
	});
});
