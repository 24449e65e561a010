import { afterEach, describe, expect, test, vi } from 'vitest';
import { ARTICLE_KINDS, ArticleSchema } from '../../../src/schemas/article.ts';

/** A minimal valid frontmatter, as YAML gives it. */
const VALID = {
	title: 'Лукашенко прилетел в Москву',
	dek: 'Президент Белоруссии начал официальный визит.',
	kind: 'news',
	published: '2025-03-13T12:00:00+03:00',
	keyPoints: ['Первое.', 'Второе.', 'Третье.'],
};

/** Path and message of every issue for `VALID` with `changes` applied. */
function issuesWith(changes: Record<string, unknown>): { path: PropertyKey[]; message: string }[] {
	const result = ArticleSchema.safeParse({ ...VALID, ...changes }, { reportInput: true });
	return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('ArticleSchema', () => {
	test('takes a share title of up to 70 characters and refuses a longer one', () => {
		expect(ArticleSchema.parse({ ...VALID, shareTitle: 'я'.repeat(70) }).shareTitle).toBe(
			'я'.repeat(70),
		);
		expect(issuesWith({ shareTitle: 'я'.repeat(71) })).toEqual([
			{ path: ['shareTitle'], message: 'заголовок для соцсетей (shareTitle) длиннее 70 знаков' },
		]);
	});

	test('fills the defaults of a minimal frontmatter', () => {
		const article = ArticleSchema.parse(VALID);

		expect(article).toEqual({
			...VALID,
			title: 'Лукашенко прилетел в\u00A0Москву',
			published: new Date('2025-03-13T09:00:00Z'),
			lang: 'ru',
			byline: 'Редакция «Разбора»',
			updates: [],
			topics: [],
			people: [],
			sources: [],
			draft: false,
		});
	});

	test('reads every field of a complete frontmatter', () => {
		const article = ArticleSchema.parse({
			...VALID,
			lang: 'ru',
			byline: 'Иван Петров',
			updated: '2025-03-14T10:00:00+03:00',
			updates: [
				{ at: '2025-03-13T19:02:00+03:00', note: 'Добавлены итоги.' },
				{ at: '2025-03-14T09:30:00+03:00', note: 'Исправлена дата.', correction: true },
			],
			topics: ['union-state'],
			people: ['putin', 'lukashenko'],
			sources: ['kremlin'],
			hero: { src: './images/kremlin.jpg', alt: 'Кремль', caption: 'Москва', credit: 'ТАСС' },
			retrospective: '  Разбор написан после событий, по публикациям марта 2025 года.  ',
			draft: true,
		});

		expect(article.updates).toEqual([
			{ at: new Date('2025-03-13T16:02:00Z'), note: 'Добавлены итоги.', correction: false },
			{ at: new Date('2025-03-14T06:30:00Z'), note: 'Исправлена дата.', correction: true },
		]);
		expect(article.hero).toEqual({
			src: './images/kremlin.jpg',
			alt: 'Кремль',
			caption: 'Москва',
			credit: 'ТАСС',
		});
		expect(article.draft).toBe(true);
		// Trimmed and typeset when parsed, as every display text.
		expect(article.retrospective).toBe(
			'Разбор написан после событий, по\u00A0публикациям марта 2025\u00A0года.',
		);
	});

	test.each(ARTICLE_KINDS)('accepts the kind %s', (kind) => {
		expect(issuesWith({ kind })).toEqual([]);
	});

	test.each([
		['title', { title: 'З'.repeat(121) }, ['title'], 'заголовок длиннее 120 знаков'],
		['dek', { dek: 'П'.repeat(301) }, ['dek'], 'подзаголовок (dek) длиннее 300 знаков'],
		[
			'kind',
			{ kind: 'blog' },
			['kind'],
			'одно из значений: news, explainer, timeline, numbers, qa, factcheck',
		],
		['lang', { lang: 'de' }, ['lang'], 'одно из значений: ru, en'],
		['draft', { draft: 'yes' }, ['draft'], 'нужно true или false'],
		['retrospective', { retrospective: ' ' }, ['retrospective'], 'пустое значение; нужен текст'],
		[
			'published',
			{ published: '2025-03-13 12:00' },
			['published'],
			'«2025-03-13 12:00» — не дата; нужна дата вида 2025-03-13T12:00:00+03:00',
		],
		[
			'updated',
			{ updated: 'вчера' },
			['updated'],
			'«вчера» — не дата; нужна дата вида 2025-03-13T12:00:00+03:00',
		],
		[
			'too few keyPoints',
			{ keyPoints: ['1', '2'] },
			['keyPoints'],
			'в «Главном» нужно от 3 до 6 пунктов',
		],
		[
			'too many keyPoints',
			{ keyPoints: ['1', '2', '3', '4', '5', '6', '7'] },
			['keyPoints'],
			'в «Главном» нужно от 3 до 6 пунктов',
		],
		[
			'a long key point',
			{ keyPoints: ['1', '2', 'П'.repeat(241)] },
			['keyPoints', 2],
			'пункт «Главного» длиннее 240 знаков',
		],
		[
			'an empty key point',
			{ keyPoints: ['1', ' ', '3'] },
			['keyPoints', 1],
			'пустое значение; нужен текст',
		],
		['a repeated topic', { topics: ['a', 'a'] }, ['topics', 1], '«a» указан дважды'],
		[
			'a bad person id',
			{ people: ['Putin'] },
			['people', 0],
			'«Putin» — не идентификатор; нужны строчные латинские буквы, цифры и дефисы, например union-state',
		],
		['a repeated source', { sources: ['tass', 'tass'] }, ['sources', 1], '«tass» указан дважды'],
		[
			'an update without a date',
			{ updates: [{ at: 'вчера', note: 'x' }] },
			['updates', 0, 'at'],
			'«вчера» — не дата; нужна дата вида 2025-03-13T12:00:00+03:00',
		],
		[
			'an update with an empty note',
			{ updates: [{ at: '2025-03-13T13:00:00+03:00', note: '' }] },
			['updates', 0, 'note'],
			'пустое значение; нужен текст',
		],
		[
			'a correction flag that is not a boolean',
			{ updates: [{ at: '2025-03-13T13:00:00+03:00', note: 'x', correction: 'да' }] },
			['updates', 0, 'correction'],
			'нужно true или false',
		],
		[
			'a hero that is not an image path',
			{ hero: { src: 'images/kremlin.gif', alt: 'Кремль' } },
			['hero', 'src'],
			'«images/kremlin.gif» — не путь к картинке; нужен путь от файла статьи вида ./images/kremlin.jpg',
		],
		[
			'a hero without alt',
			{ hero: { src: './images/kremlin.jpg' } },
			['hero', 'alt'],
			'у картинки нет alt: опишите, что на ней изображено',
		],
		[
			'a hero with empty alt',
			{ hero: { src: './images/kremlin.jpg', alt: '  ' } },
			['hero', 'alt'],
			'у картинки пустой alt: опишите, что на ней изображено',
		],
		[
			'a hero without src',
			{ hero: { alt: 'Кремль' } },
			['hero', 'src'],
			'нужен путь к картинке от файла статьи, например ./images/kremlin.jpg',
		],
		[
			'a hero alt with markup',
			{ hero: { src: './images/kremlin.jpg', alt: 'Кремль <b>ночью</b>' } },
			['hero', 'alt'],
			'HTML-разметка в тексте не допускается; напишите обычный текст без <тегов>',
		],
		[
			'a hero in public/ rather than beside the article',
			{ hero: { src: '/images/kremlin.jpg', alt: 'Кремль' } },
			['hero', 'src'],
			'«/images/kremlin.jpg» — не путь к картинке; нужен путь от файла статьи вида ./images/kremlin.jpg',
		],
	])('rejects %s', (_case, changes, path, message) => {
		expect(issuesWith(changes)).toEqual([{ path, message }]);
	});

	test('rejects an unknown field', () => {
		const issues = issuesWith({ subtitle: 'x' });

		expect(issues).toEqual([{ path: [], message: expect.stringContaining('subtitle') as string }]);
	});

	test('rejects `updated` before `published`', () => {
		const issues = issuesWith({ updated: '2025-03-13T11:59:00+03:00' });

		expect(issues).toEqual([
			{
				path: ['updated'],
				message: 'раньше published: обновление не может предшествовать публикации',
			},
		]);
	});

	test('compares `updated` with `published` as instants, not as written', () => {
		// 09:30 UTC is 12:30 in Moscow: after publication, though "09:30" < "12:00" as text.
		const issues = issuesWith({ updated: '2025-03-13T09:30:00Z' });

		expect(issues).toEqual([]);
	});

	test('rejects an updates entry before `published`', () => {
		const issues = issuesWith({ updates: [{ at: '2025-03-12T12:00:00+03:00', note: 'Рано.' }] });

		expect(issues).toEqual([
			{ path: ['updates', 0, 'at'], message: 'запись в updates раньше published' },
		]);
	});

	test('rejects updates entries out of chronological order', () => {
		const issues = issuesWith({
			updates: [
				{ at: '2025-03-14T12:00:00+03:00', note: 'Позже.' },
				{ at: '2025-03-13T18:00:00+03:00', note: 'Раньше.' },
			],
		});

		expect(issues).toEqual([
			{
				path: ['updates', 1, 'at'],
				message: 'записи в updates идут не по порядку: сначала ранние, потом поздние',
			},
		]);
	});

	test('rejects `updated` before the last updates entry', () => {
		const issues = issuesWith({
			updated: '2025-03-13T18:00:00+03:00',
			updates: [{ at: '2025-03-13T19:00:00+03:00', note: 'Вечером.' }],
		});

		expect(issues).toEqual([{ path: ['updated'], message: 'раньше последней записи в updates' }]);
	});

	test('accepts `updated` at the same moment as the last updates entry', () => {
		const issues = issuesWith({
			updated: '2025-03-13T19:00:00+03:00',
			updates: [{ at: '2025-03-13T19:00:00+03:00', note: 'Вечером.' }],
		});

		expect(issues).toEqual([]);
	});

	describe('dates after the moment of the build', () => {
		afterEach(() => {
			vi.unstubAllEnvs();
		});

		const BUILD_MESSAGE =
			'позже момента сборки (14 марта 2025, 12:00 МСК): дата не может быть в будущем';

		test('rejects `published`, `updated` and an updates entry later than RAZBOR_NOW', () => {
			vi.stubEnv('RAZBOR_NOW', '2025-03-14T12:00:00+03:00');

			const issues = issuesWith({
				published: '2025-03-14T12:01:00+03:00',
				updated: '2025-03-15T10:00:00+03:00',
				updates: [{ at: '2025-03-15T10:00:00+03:00', note: 'Завтра.' }],
			});

			expect(issues).toEqual([
				{ path: ['published'], message: `published ${BUILD_MESSAGE}` },
				{ path: ['updated'], message: `updated ${BUILD_MESSAGE}` },
				{ path: ['updates', 0, 'at'], message: `запись в updates ${BUILD_MESSAGE}` },
			]);
		});

		test('accepts dates up to the moment of the build, compared as instants', () => {
			// 09:00 UTC is 12:00 in Moscow: exactly the moment of the build.
			vi.stubEnv('RAZBOR_NOW', '2025-03-14T09:00:00Z');

			const issues = issuesWith({
				published: '2025-03-13T12:00:00+03:00',
				updated: '2025-03-14T12:00:00+03:00',
			});

			expect(issues).toEqual([]);
		});

		test('uses the clock when RAZBOR_NOW is not set', () => {
			vi.stubEnv('RAZBOR_NOW', '');
			const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString();

			const issues = issuesWith({ published: tomorrow });

			expect(issues.map(({ path }) => path)).toEqual([['published']]);
		});
	});

	describe('factCheck', () => {
		const FACT_CHECK = {
			reviewed: 'r01-report',
			claims: [
				{ claim: 'Переговоры начались с задержкой.', verdict: 'unconfirmed', section: 'delay' },
			],
		};

		test('reads the checked text and each rated claim of a fact-check', () => {
			const article = ArticleSchema.parse({ ...VALID, kind: 'factcheck', factCheck: FACT_CHECK });

			expect(article.factCheck).toEqual({
				reviewed: 'r01-report',
				claims: [
					{
						claim: 'Переговоры начались с\u00A0задержкой.',
						verdict: 'unconfirmed',
						section: 'delay',
					},
				],
			});
		});

		test('refuses factCheck on a piece that is not a fact-check', () => {
			expect(issuesWith({ factCheck: FACT_CHECK })).toEqual([
				{
					path: ['factCheck'],
					message: 'factCheck бывает только у проверки фактов (kind: factcheck)',
				},
			]);
		});

		test('refuses an unknown verdict and an empty list of claims', () => {
			const wrongVerdict = issuesWith({
				kind: 'factcheck',
				factCheck: { ...FACT_CHECK, claims: [{ ...FACT_CHECK.claims[0], verdict: 'false' }] },
			});
			const noClaims = issuesWith({ kind: 'factcheck', factCheck: { ...FACT_CHECK, claims: [] } });

			expect(wrongVerdict).toEqual([
				{
					path: ['factCheck', 'claims', 0, 'verdict'],
					message:
						'«false» — не вердикт; допустимы confirmed, partly-confirmed, inaccurate, unconfirmed, refuted',
				},
			]);
			expect(noClaims).toEqual([
				{ path: ['factCheck', 'claims'], message: 'нужно хотя бы одно утверждение' },
			]);
		});
	});
});
