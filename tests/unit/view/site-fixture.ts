import type { ArticleEntry, SiteData } from '../../../src/data/site-data.ts';
import type { BodyReference, BodyReferences } from '../../../src/markdown/directives.ts';
import { selectPublishedArticles } from '../../../src/model/articles.ts';
import { buildSiteIndex } from '../../../src/model/site-index.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { ChartSchema } from '../../../src/schemas/chart.ts';
import { MapSchema } from '../../../src/schemas/map.ts';
import { PlaceSchema } from '../../../src/schemas/place.ts';
import { PersonSchema } from '../../../src/schemas/person.ts';
import { SourceSchema } from '../../../src/schemas/source.ts';
import { TermSchema } from '../../../src/schemas/term.ts';
import { TimelineSchema } from '../../../src/schemas/timeline.ts';
import { TopicSchema } from '../../../src/schemas/topic.ts';

/**
 * A small site in memory, parsed with the real schemas and indexed as src/data/site-data.ts does,
 * for the view functions' tests: three articles of one story, a timeline, a chart, people,
 * sources, topics and a term.
 */

/** What an article of the fixture is made from. */
interface ArticleInput {
	id: string;
	fields: Record<string, unknown>;
	citations?: string[];
	references?: Omit<BodyReference, 'line' | 'column'>[];
	/** What the plugins found besides references: the embed the body opens with, its key number. */
	findings?: Pick<BodyReferences, 'opening' | 'keyNumber'>;
	headings?: ArticleEntry['headings'];
}

function entry({
	id,
	fields,
	citations = [],
	references = [],
	findings = {},
	headings = [],
}: ArticleInput) {
	return {
		id,
		data: ArticleSchema.parse({
			title: 'Заголовок',
			dek: 'Подзаголовок.',
			kind: 'news',
			keyPoints: ['Один.', 'Два.', 'Три.'],
			...fields,
		}),
		bodyFile: `/bodies/${id}.html`,
		headings,
		references: { citations, references, ...findings },
		images: [],
		readingMinutes: 4,
	} satisfies ArticleEntry;
}

/** The articles of the fixture, as files would give them. */
export const ARTICLES: readonly ArticleInput[] = [
	{
		id: 'talks',
		fields: {
			title: 'Переговоры прошли в Кремле',
			dek: 'Что подписали в Москве.',
			published: '2025-03-13T12:00:00+03:00',
			retrospective: 'Разбор написан после визита, по публикациям марта 2025 года.',
			updates: [
				{ at: '2025-03-13T19:00:00+03:00', note: 'Добавлены итоги.' },
				{ at: '2025-03-14T19:30:00+03:00', note: 'Исправлена дата.', correction: true },
			],
			topics: ['union-state', 'trade'],
			people: ['putin', 'lukashenko'],
			sources: ['belta', 'kremlin'],
		},
		citations: ['tass', 'kremlin'],
		references: [
			{ kind: 'source', id: 'tass' },
			{ kind: 'timeline', id: 'visit-schedule' },
			{ kind: 'chart', id: 'trade' },
			{ kind: 'map', id: 'route' },
			{ kind: 'timeline', id: 'visit-schedule' },
		],
		headings: [
			{ depth: 2, slug: 'visit', text: 'Визит' },
			{ depth: 2, slug: 'fact-trade', text: 'Справка' },
			{ depth: 3, slug: 'detail', text: 'Подробность' },
			{ depth: 2, slug: 'talks', text: 'Переговоры' },
			{ depth: 2, slug: 'result', text: 'Итоги' },
		],
	},
	{
		id: 'numbers',
		fields: {
			title: 'Визит в цифрах',
			kind: 'numbers',
			published: '2025-03-14T12:00:00+03:00',
			topics: ['trade'],
			people: ['lukashenko'],
		},
	},
	{
		id: 'arrival',
		fields: {
			title: 'Лукашенко прилетел',
			published: '2025-03-13T10:00:00+03:00',
			topics: ['union-state'],
		},
	},
	{
		id: 'draft',
		fields: { title: 'Черновик', published: '2025-03-15T10:00:00+03:00', draft: true },
	},
];

/**
 * The site of the fixture; `articles` replaces the fixture's articles, and `includeDrafts` keeps
 * the drafts, as `astro dev` does.
 */
export function siteFixture(
	articles: readonly ArticleInput[] = ARTICLES,
	{ includeDrafts = false }: { includeDrafts?: boolean } = {},
): SiteData {
	const entries = articles.map(entry);
	const published = selectPublishedArticles(entries, { includeDrafts });
	const timelines = new Map([
		[
			'visit-schedule',
			TimelineSchema.parse({
				title: 'Визит по часам',
				description: 'Два дня в Москве.',
				events: [
					{ id: 'earlier', date: '2024-12-06', title: 'Встреча в Минске', sources: ['unknown'] },
					{
						id: 'landing',
						date: '2025-03-13T10:00+03:00',
						qualifier: 'about',
						title: 'Самолёт сел во Внуково',
						sources: ['tass', 'belta'],
						people: ['lukashenko', 'nobody-known'],
					},
					{
						id: 'talks',
						date: '2025-03-13',
						period: 'день',
						title: 'Переговоры в Кремле',
						text: 'Сначала наедине.',
						caveat: 'Время не подтверждено',
						sources: ['kremlin'],
					},
				],
			}),
		],
		[
			'history',
			TimelineSchema.parse({
				title: 'История союза',
				events: [{ id: 'treaty', date: '1999', title: 'Договор', sources: ['kremlin'] }],
			}),
		],
	]);
	const charts = new Map([
		[
			'trade',
			ChartSchema.parse({
				title: 'Товарооборот в 2024 году',
				description: 'Два значения.',
				unit: 'млрд долларов',
				suffix: 'млрд $',
				bars: [
					{ label: 'Российская статистика', value: 50, sources: ['kremlin'] },
					{ label: 'Посол', value: 49, qualifier: 'almost', sources: ['belta', 'tass'] },
				],
			}),
		],
	]);
	return {
		lang: 'ru',
		translated: {
			articles: new Set(),
			timelines: new Set(),
			people: new Set(),
			glossary: new Set(),
			topics: new Set(),
			charts: new Set(),
			maps: new Set(),
			places: new Set(),
		},
		articles: published,
		articleById: new Map(published.map((article) => [article.id, article])),
		index: buildSiteIndex(
			published.map((article) => ({
				id: article.id,
				data: article.data,
				citations: article.references.citations,
			})),
			timelines,
			charts,
		),
		timelines,
		charts,
		maps: new Map([
			[
				'route',
				MapSchema.parse({
					title: 'Маршрут',
					description: 'Из Минска в Москву.',
					places: ['minsk', 'moscow'],
					route: ['minsk', 'moscow'],
				}),
			],
		]),
		places: new Map([
			[
				'minsk',
				PlaceSchema.parse({
					name: 'Минск',
					lon: 27.5647,
					lat: 53.9019,
					coordinatesSource: 'Natural Earth, Minsk',
					events: [{ date: '2025-03-13', text: 'Вылет.', sources: ['belta'] }],
				}),
			],
			[
				'moscow',
				PlaceSchema.parse({
					name: 'Москва',
					lon: 37.6136,
					lat: 55.7541,
					coordinatesSource: 'Natural Earth, Moscow',
					events: [
						{ date: '2025-03-13', venue: 'аэропорт Внуково', text: 'Прилёт.', sources: ['belta'] },
						{
							date: '2025-03-13',
							venue: 'Кремль',
							text: 'Переговоры.',
							sources: ['kremlin', 'tass'],
						},
					],
				}),
			],
		]),
		people: new Map([
			[
				'putin',
				PersonSchema.parse({
					name: 'Владимир Путин',
					role: 'президент России',
					description: 'Президент.',
				}),
			],
			[
				'lukashenko',
				PersonSchema.parse({
					name: 'Александр Лукашенко',
					role: 'президент Белоруссии',
					description: 'Президент с 1994 года.',
				}),
			],
			[
				'yeltsin',
				PersonSchema.parse({ name: 'Борис Ельцин', role: 'президент', description: 'Б.' }),
			],
		]),
		sources: new Map([
			[
				'tass',
				SourceSchema.parse({
					publisher: 'ТАСС',
					title: 'Лукашенко прилетел в Москву',
					date: '2025-03-13',
					kind: 'state-media',
					lang: 'ru',
					url: 'https://tass.ru/politika/1',
				}),
			],
			[
				'kremlin',
				SourceSchema.parse({
					publisher: 'Кремль',
					title: 'Переговоры',
					date: '2025-03-13',
					kind: 'official',
					url: 'https://kremlin.ru/events/1',
				}),
			],
			[
				'belta',
				SourceSchema.parse({
					publisher: 'БелТА',
					title: 'Визит',
					date: 'undated',
					kind: 'state-media',
				}),
			],
			[
				'mirror',
				SourceSchema.parse({
					publisher: 'Зеркало',
					title: 'Копия',
					date: '2025',
					kind: 'aggregator',
					originalPublisher: 'ТАСС',
				}),
			],
		]),
		glossary: new Map([
			['union-state', TermSchema.parse({ term: 'Союзное государство', definition: 'Союз.' })],
			['eaeu', TermSchema.parse({ term: 'ЕАЭС', definition: 'Евразийский союз.' })],
		]),
		topics: new Map([
			['union-state', TopicSchema.parse({ title: 'Союзное государство', description: 'О союзе.' })],
			['trade', TopicSchema.parse({ title: 'Торговля', description: 'О торговле.' })],
			['empty', TopicSchema.parse({ title: 'Армия', description: 'Пусто.' })],
		]),
	};
}
