import { describe, expect, test } from 'vitest';
import {
	findTranslationProblems,
	findUntranslated,
	mergeTranslation,
	numbersIn,
	type ComparedArticle,
} from '../../../src/model/translations.ts';
import { ArticleSchema, ARTICLE_SCHEMAS } from '../../../src/schemas/article.ts';
import { PlaceSchema, PlaceTranslationSchema } from '../../../src/schemas/place.ts';
import { TermSchema, TermTranslationSchema } from '../../../src/schemas/term.ts';

const RUSSIAN = ArticleSchema.parse({
	title: 'Заголовок',
	dek: 'Подзаголовок.',
	kind: 'factcheck',
	published: '2025-03-13T12:00:00+03:00',
	updates: [{ at: '2025-03-14T09:30:00+03:00', note: 'Исправлено.', correction: true }],
	keyPoints: ['Один.', 'Два.', 'Три.'],
	topics: ['trade'],
	people: ['putin'],
	factCheck: {
		reviewed: 'report',
		claims: [{ claim: 'Утверждение.', verdict: 'confirmed', section: 'a' }],
	},
});

const ENGLISH = ARTICLE_SCHEMAS.en.parse({
	title: 'Headline',
	dek: 'A dek.',
	kind: 'factcheck',
	lang: 'en',
	published: '2025-03-15T12:00:00+03:00',
	updates: [{ at: '2025-03-14T09:30:00+03:00', note: 'Corrected.', correction: true }],
	keyPoints: ['One.', 'Two.', 'Three.'],
	topics: ['trade'],
	people: ['putin'],
	factCheck: {
		reviewed: 'report',
		claims: [{ claim: 'A claim.', verdict: 'confirmed', section: 'b' }],
	},
});

const BODY: ComparedArticle['body'] = {
	citations: ['kremlin', 'belta'],
	references: [{ kind: 'chart', id: 'trade', line: 5 }],
	factBoxes: [{ id: 'trade', values: ['86,82 %', '51,8 млрд $'], line: 7 }],
};

const article = (data: ComparedArticle['data'], body = BODY, file = 'a.md'): ComparedArticle => ({
	id: 'visit',
	file,
	data,
	body,
});

/** The problems of comparing the English article (with `change` applied) with the Russian one. */
function compare(
	change: Partial<ComparedArticle['data']> = {},
	body: Partial<ComparedArticle['body']> = {},
): string[] {
	return findTranslationProblems({
		articles: {
			originals: new Map([['visit', article(RUSSIAN, BODY, 'content/articles/visit.md')]]),
			translations: [
				article(
					{ ...ENGLISH, ...change },
					{
						...BODY,
						...body,
						factBoxes: body.factBoxes ?? [
							{ id: 'trade', values: ['86.82%', '$51.8 billion'], line: 9 },
						],
					},
					'content/articles/en/visit.md',
				),
			],
		},
		data: [],
		lineOf: () => 3,
	}).map(({ field, message }) => (field ? `${field}: ${message}` : message));
}

describe('numbersIn', () => {
	test('reads numbers as each language writes them', () => {
		expect(numbersIn('86,82 %', 'ru')).toEqual([86.82]);
		expect(numbersIn('1\u00a0000 участков, 13–14 марта', 'ru')).toEqual([1000, 13, 14]);
		expect(numbersIn('$51.8 billion, 1,000 polling stations', 'en')).toEqual([51.8, 1000]);
	});
});

describe('findTranslationProblems: articles', () => {
	test('accepts an English article with the same facts in other words and number formats', () => {
		expect(compare()).toEqual([]);
	});

	test('refuses another kind, topic or person, naming the field and the original', () => {
		expect(compare({ kind: 'news', factCheck: undefined })[0]).toBe(
			'kind: в оригинале kind: factcheck, в переводе news: перевод должен совпадать с оригиналом content/articles/visit.md',
		);
		expect(compare({ topics: ['ceasefire'] })).toEqual([
			'topics: в переводе нет «trade»; в оригинале нет «ceasefire»: перевод должен совпадать с оригиналом content/articles/visit.md',
		]);
	});

	test('refuses another set of cited sources, in any order', () => {
		expect(compare({}, { citations: ['belta', 'kremlin'] })).toEqual([]);
		expect(compare({}, { citations: ['kremlin'] })[0]).toContain(
			'ссылки :cite на источники: в переводе нет «belta»',
		);
	});

	test('refuses a missing embed', () => {
		expect(compare({}, { references: [] })[0]).toContain(
			'диаграммы ::chart: в переводе нет «trade»',
		);
	});

	test('refuses a link to a glossary term that has no English words, naming the command', () => {
		const term = (id: string, file: string, data: unknown) => ({ id, file, data });
		const problems = (translatedTerms: readonly string[]) =>
			findTranslationProblems({
				articles: {
					originals: new Map(),
					translations: [
						article(
							ENGLISH,
							{
								...BODY,
								references: [
									{ kind: 'term', id: 'union-state', line: 4, column: 9 },
									{ kind: 'term', id: 'eaeu', line: 6 },
									{ kind: 'term', id: 'eaeu', line: 8 },
								],
							},
							'content/articles/en/visit.md',
						),
					],
				},
				data: [
					{
						folder: 'glossary',
						originals: new Map(
							['union-state', 'eaeu'].map((id) => [
								id,
								term(
									id,
									`glossary/${id}.yaml`,
									TermSchema.parse({ term: 'Термин', definition: 'Определение.' }),
								),
							]),
						),
						translations: translatedTerms.map((id) =>
							term(id, `glossary/en/${id}.yaml`, { term: 'Term', definition: 'A definition.' }),
						),
						schema: TermTranslationSchema,
					},
				],
				lineOf: () => 3,
			});

		expect(problems(['union-state', 'eaeu'])).toEqual([]);
		expect(problems(['union-state'])).toEqual([
			{
				file: 'content/articles/en/visit.md',
				line: 6,
				column: undefined,
				rule: 'razbor:untranslated-term',
				message:
					'статья ссылается на термины, ещё не переведённые для английского глоссария: eaeu — там они были бы по-русски; сначала переведите: npm run new -- translation term eaeu',
			},
		]);
		expect(problems([])[0]).toMatchObject({ line: 4, column: 9 });
		expect(problems([])[0]?.message).toContain('union-state, eaeu');
	});

	test('refuses a fact box figure or verdict that differs', () => {
		expect(
			compare(
				{},
				{ factBoxes: [{ id: 'trade', values: ['86.83%', '$51.8 billion'], line: 9 }] },
			)[0],
		).toContain(
			'в справке «trade» пункт 1: в оригинале «86,82 %», в переводе «86.83%» — числа не совпадают',
		);
		expect(
			compare(
				{},
				{
					factBoxes: [
						{ id: 'trade', verdict: 'refuted', values: ['86.82%', '$51.8 billion'], line: 9 },
					],
				},
			)[0],
		).toContain('у справки «trade» в оригинале verdict не указан, в переводе refuted');
	});

	test('refuses another verdict of a checked claim', () => {
		const factCheck = {
			reviewed: 'report',
			claims: [{ claim: 'A claim.', verdict: 'refuted' as const, section: 'b' }],
		};

		expect(compare({ factCheck })).toEqual([
			'factCheck.claims[0].verdict: в оригинале verdict confirmed, в переводе refuted: перевод должен совпадать с оригиналом content/articles/visit.md',
		]);
	});

	test('refuses a correction of the original left out', () => {
		expect(compare({ updates: [] })[0]).toContain(
			'updates: исправления (correction: true) с теми же датами at, что в оригинале: в переводе нет «14 марта 2025, 09:30 МСК»',
		);
	});
});

describe('findTranslationProblems: data', () => {
	const original = PlaceSchema.parse({
		name: 'Москва',
		lon: 37.6,
		lat: 55.7,
		coordinatesSource: 'Natural Earth',
		events: [
			{ date: '2025-03-13', venue: 'Кремль', text: 'Переговоры.', sources: ['kremlin'] },
			{ date: '2025-03-14', text: 'Выступление.', sources: ['kremlin'] },
		],
	});
	const check = (words: unknown) =>
		findTranslationProblems({
			articles: { originals: new Map(), translations: [] },
			data: [
				{
					folder: 'places',
					originals: new Map([
						['moscow', { id: 'moscow', file: 'places/moscow.yaml', data: original }],
					]),
					translations: [{ id: 'moscow', file: 'places/en/moscow.yaml', data: words }],
					schema: PlaceTranslationSchema,
				},
			],
			lineOf: () => 4,
		}).map(({ field, message }) => `${field ?? ''}: ${message}`);

	test('accepts the same lists with the same optional words', () => {
		expect(
			check({
				name: 'Moscow',
				events: [{ venue: 'Kremlin', text: 'Talks.' }, { text: 'Speech.' }],
			}),
		).toEqual([]);
	});

	test('refuses a list of another length', () => {
		expect(check({ name: 'Moscow', events: [{ venue: 'Kremlin', text: 'Talks.' }] })).toEqual([
			'events: в оригинале элементов: 2, в переводе: 1; в переводе те же элементы в том же порядке (оригинал — places/moscow.yaml)',
		]);
	});

	test('refuses a word the original lacks, and a word left untranslated', () => {
		expect(
			check({ name: 'Moscow', events: [{ text: 'Talks.' }, { venue: 'Senate', text: 'Speech.' }] }),
		).toEqual([
			'events[0]: нет перевода поля venue, которое есть в оригинале (оригинал — places/moscow.yaml)',
			'events[1].venue: в оригинале нет поля venue: переводить нечего — уберите его (оригинал — places/moscow.yaml)',
		]);
	});
});

describe('mergeTranslation', () => {
	test('puts the words over the original and keeps its shared data', () => {
		const merged = mergeTranslation(
			{ name: 'Москва', lon: 37.6, events: [{ date: 'd', text: 'Переговоры.', sources: ['k'] }] },
			{ name: 'Moscow', events: [{ text: 'Talks.' }] },
		);

		expect(merged).toEqual({
			name: 'Moscow',
			lon: 37.6,
			events: [{ date: 'd', text: 'Talks.', sources: ['k'] }],
		});
	});

	test('keeps the original where there is no translation', () => {
		const original = { name: 'Москва' };

		expect(mergeTranslation(original, undefined)).toBe(original);
	});
});

describe('findUntranslated', () => {
	test('lists the originals without a translation, per collection, leaving out complete ones', () => {
		expect(
			findUntranslated([
				{ folder: 'people', originals: ['putin', 'lukashenko'], translated: ['putin'] },
				{ folder: 'topics', originals: ['trade'], translated: ['trade'] },
			]),
		).toEqual([{ folder: 'people', ids: ['lukashenko'] }]);
	});
});
