import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { BodyReferences } from '../../../src/markdown/directives.ts';
import {
	articlePageAnchors,
	deadLinkReason,
	findBrokenReferences,
	findUncitedSources,
	uncitedSourceWarning,
	type SitePages,
	type CollectionName,
	type ReferenceCheckInput,
} from '../../../src/model/references.ts';
import { ChartSchema } from '../../../src/schemas/chart.ts';
import { MapSchema } from '../../../src/schemas/map.ts';
import { PlaceSchema } from '../../../src/schemas/place.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { TimelineSchema } from '../../../src/schemas/timeline.ts';

const ARTICLE_FILE = 'content/articles/visit.md';
const TIMELINE_FILE = 'content/timelines/visit.yaml';
const CHART_FILE = 'content/charts/trade.yaml';
const MAP_FILE = 'content/maps/route.yaml';
const PLACE_FILE = 'content/places/moscow.yaml';

/** Ids that exist in each collection. */
const EXISTING: Record<CollectionName, ReadonlySet<string>> = {
	articles: new Set(['visit', 'talks']),
	sources: new Set(['kremlin', 'tass']),
	people: new Set(['putin']),
	glossary: new Set(['union-state']),
	topics: new Set(['union-state']),
	timelines: new Set(['visit']),
	charts: new Set(['trade']),
	maps: new Set(['route']),
	places: new Set(['moscow']),
};

function article(fields: { topics?: string[]; people?: string[]; sources?: string[] } = {}) {
	return ArticleSchema.parse({
		title: 'Визит',
		dek: 'Кратко.',
		kind: 'news',
		published: '2025-03-13T12:00:00+03:00',
		keyPoints: ['Один.', 'Два.', 'Три.'],
		...fields,
	});
}

function timeline(events: { sources: string[]; people?: string[] }[]) {
	return TimelineSchema.parse({
		title: 'Хроника',
		events: events.map((fields, index) => ({
			id: `event-${index + 1}`,
			date: `2025-03-1${index}`,
			title: `Событие ${index + 1}`,
			...fields,
		})),
	});
}

const NO_BODY_REFERENCES: BodyReferences = { citations: [], references: [] };

/** A check input with one article and one timeline; lineOf answers from a fixed table. */
function input(
	parts: {
		data?: ReturnType<typeof article>;
		body?: BodyReferences;
		timelineData?: ReturnType<typeof timeline>;
		chartSources?: string[];
		mapPlaces?: string[];
		placeSources?: string[];
	},
	lines: Record<string, number> = {},
): ReferenceCheckInput & { lookups: string[] } {
	const lookups: string[] = [];
	return {
		articles: [
			{
				id: 'visit',
				file: ARTICLE_FILE,
				data: parts.data ?? article(),
				body: parts.body ?? NO_BODY_REFERENCES,
			},
		],
		timelines: [
			{
				id: 'visit',
				file: TIMELINE_FILE,
				data: parts.timelineData ?? timeline([{ sources: ['kremlin'] }]),
			},
		],
		charts: [
			{
				id: 'trade',
				file: CHART_FILE,
				data: ChartSchema.parse({
					title: 'Товарооборот',
					description: 'Два значения.',
					unit: 'млрд долларов',
					bars: [{ label: 'Россия', value: 50, sources: parts.chartSources ?? ['kremlin'] }],
				}),
			},
		],
		maps: [
			{
				id: 'route',
				file: MAP_FILE,
				data: MapSchema.parse({
					title: 'Маршрут',
					description: 'Москва.',
					places: parts.mapPlaces ?? ['moscow'],
				}),
			},
		],
		places: [
			{
				id: 'moscow',
				file: PLACE_FILE,
				data: PlaceSchema.parse({
					name: 'Москва',
					lon: 37.6,
					lat: 55.75,
					coordinatesSource: 'Natural Earth, Moscow',
					events: [
						{ date: '2025-03-13', text: 'Переговоры.', sources: parts.placeSources ?? ['kremlin'] },
					],
				}),
			},
		],
		ids: EXISTING,
		lookups,
		lineOf(file, path) {
			const key = `${file} ${path.map(String).join('.')}`;
			lookups.push(key);
			return lines[key];
		},
	};
}

describe('findBrokenReferences', () => {
	test('reports a chart value citing an unknown source, with the field and its line', () => {
		const check = input({ chartSources: ['nope'] }, { [`${CHART_FILE} bars.0.sources.0`]: 6 });

		const problems = findBrokenReferences(check);

		expect(problems).toEqual([
			{
				file: CHART_FILE,
				line: 6,
				field: 'bars[0].sources[0]',
				message: 'нет записи «nope» в content/sources/ (файла nope.yaml)',
				rule: 'razbor:unknown-reference',
			},
		]);
	});

	test('reports a fact-check whose checked text is not a source, and accepts one that is', () => {
		const factCheck = (reviewed: string) =>
			ArticleSchema.parse({
				...article(),
				published: '2025-03-13T12:00:00+03:00',
				kind: 'factcheck',
				factCheck: {
					reviewed,
					claims: [
						{ claim: 'Переговоры начались с задержкой.', verdict: 'unconfirmed', section: 'delay' },
					],
				},
			});
		const body = { ...NO_BODY_REFERENCES, anchors: ['delay'] };
		const check = input(
			{ data: factCheck('nope'), body },
			{ [`${ARTICLE_FILE} factCheck.reviewed`]: 9 },
		);

		expect(findBrokenReferences(check)).toEqual([
			{
				file: ARTICLE_FILE,
				line: 9,
				field: 'factCheck.reviewed',
				message: 'нет записи «nope» в content/sources/ (файла nope.yaml)',
				rule: 'razbor:unknown-reference',
			},
		]);
		expect(findBrokenReferences(input({ data: factCheck('kremlin'), body }))).toEqual([]);
	});

	test('reports a fact-check claim whose section is no anchor of the body, with the nearest one', () => {
		const data = ArticleSchema.parse({
			...article(),
			published: '2025-03-13T12:00:00+03:00',
			kind: 'factcheck',
			factCheck: {
				reviewed: 'kremlin',
				claims: [
					{
						claim: 'Переговоры начались с задержкой.',
						verdict: 'unconfirmed',
						section: 'zaderzhka',
					},
				],
			},
		});
		const body = { ...NO_BODY_REFERENCES, anchors: ['zaderjka', 'cite-kremlin-1'] };

		const problems = findBrokenReferences(
			input({ data, body }, { [`${ARTICLE_FILE} factCheck.claims.0.section`]: 14 }),
		);

		expect(problems).toEqual([
			{
				file: ARTICLE_FILE,
				line: 14,
				field: 'factCheck.claims[0].section',
				message:
					'в тексте нет раздела с якорем #zaderzhka; может быть, #zaderjka?; якорь раздела — id его заголовка (## Заголовок {#zaderzhka})',
				rule: 'razbor:dead-link',
			},
		]);
	});

	test('reports a link to the page of an article, person or topic that does not exist', () => {
		const body: BodyReferences = {
			citations: [],
			references: [
				{ kind: 'article', id: 'talks', line: 3, column: 1 },
				{ kind: 'article', id: 'visti', line: 4, column: 5 },
				{ kind: 'person', id: 'putin', line: 5, column: 1 },
				{ kind: 'topic', id: 'eaeu', line: 6, column: 2 },
			],
		};

		const problems = findBrokenReferences(input({ body }));

		expect(problems).toEqual([
			{
				file: ARTICLE_FILE,
				line: 4,
				column: 5,
				message: 'нет записи «visti» в content/articles/ (файла visti.md)',
				rule: 'razbor:unknown-reference',
			},
			{
				file: ARTICLE_FILE,
				line: 6,
				column: 2,
				message: 'нет записи «eaeu» в content/topics/ (файла eaeu.yaml)',
				rule: 'razbor:unknown-reference',
			},
		]);
	});

	test('reports a map naming an unknown place and a place citing an unknown source', () => {
		const check = input(
			{ mapPlaces: ['moscow', 'minsk'], placeSources: ['kremlin', 'nope'] },
			{ [`${MAP_FILE} places.1`]: 4, [`${PLACE_FILE} events.0.sources.1`]: 9 },
		);

		const problems = findBrokenReferences(check);

		expect(problems).toEqual([
			{
				file: MAP_FILE,
				line: 4,
				field: 'places[1]',
				message: 'нет записи «minsk» в content/places/ (файла minsk.yaml)',
				rule: 'razbor:unknown-reference',
			},
			{
				file: PLACE_FILE,
				line: 9,
				field: 'events[0].sources[1]',
				message: 'нет записи «nope» в content/sources/ (файла nope.yaml)',
				rule: 'razbor:unknown-reference',
			},
		]);
	});

	test('accepts a map embed whose map exists and reports one that does not', () => {
		const body: BodyReferences = {
			citations: [],
			references: [
				{ kind: 'map', id: 'route', line: 3, column: 1 },
				{ kind: 'map', id: 'nowhere', line: 5, column: 1 },
			],
		};

		const problems = findBrokenReferences(input({ body }));

		expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
			[5, 'нет записи «nowhere» в content/maps/ (файла nowhere.yaml)'],
		]);
	});

	test('accepts a chart embed whose chart exists', () => {
		const body: BodyReferences = {
			citations: [],
			references: [{ kind: 'chart', id: 'trade', line: 3, column: 1 }],
		};

		expect(findBrokenReferences(input({ body }))).toEqual([]);
	});

	test('finds nothing when every reference exists', () => {
		const check = input({
			data: article({ topics: ['union-state'], people: ['putin'], sources: ['kremlin', 'tass'] }),
			body: {
				citations: ['kremlin'],
				references: [
					{ kind: 'source', id: 'kremlin', line: 5, column: 3 },
					{ kind: 'term', id: 'union-state', line: 6, column: 1 },
					{ kind: 'timeline', id: 'visit', line: 8, column: 1 },
				],
			},
			timelineData: timeline([{ sources: ['kremlin', 'tass'], people: ['putin'] }]),
		});

		const problems = findBrokenReferences(check);

		expect(problems).toEqual([]);
		expect(check.lookups).toEqual([]);
	});

	test.each([
		['topics', 'union-state', 'content/topics/'],
		['people', 'putin', 'content/people/'],
		['sources', 'kremlin', 'content/sources/'],
	] as const)(
		'reports an unknown id in the frontmatter list %s with its line',
		(field, known, folder) => {
			const data = article({ [field]: [known, 'lukashenko'] });
			const check = input({ data }, { [`${ARTICLE_FILE} ${field}.1`]: 17 });

			const problems = findBrokenReferences(check);

			expect(problems).toEqual([
				{
					file: ARTICLE_FILE,
					line: 17,
					field: `${field}[1]`,
					message: `нет записи «lukashenko» в ${folder} (файла lukashenko.yaml)`,
					rule: 'razbor:unknown-reference',
				},
			]);
		},
	);

	test.each([
		['source', 'content/sources/'],
		['term', 'content/glossary/'],
		['timeline', 'content/timelines/'],
	] as const)('reports an unknown %s in the body at its line and column', (kind, folder) => {
		const body: BodyReferences = {
			citations: [],
			references: [{ kind, id: 'missing-entry', line: 12, column: 40 }],
		};

		const problems = findBrokenReferences(input({ body }));

		expect(problems).toEqual([
			{
				file: ARTICLE_FILE,
				line: 12,
				column: 40,
				message: `нет записи «missing-entry» в ${folder} (файла missing-entry.yaml)`,
				rule: 'razbor:unknown-reference',
			},
		]);
	});

	test('does not take a term for a topic of the same name, or a source for a person', () => {
		const body: BodyReferences = {
			citations: ['putin'],
			references: [
				{ kind: 'source', id: 'putin', line: 3, column: 1 },
				{ kind: 'term', id: 'kremlin', line: 4, column: 1 },
			],
		};

		const problems = findBrokenReferences(input({ body }));

		expect(problems.map((problem) => problem.message)).toEqual([
			'нет записи «putin» в content/sources/ (файла putin.yaml)',
			'нет записи «kremlin» в content/glossary/ (файла kremlin.yaml)',
		]);
	});

	test('reports unknown sources and people of timeline events with the event path', () => {
		const timelineData = timeline([
			{ sources: ['kremlin'] },
			{ sources: ['kremlin', 'ria'], people: ['lukashenko'] },
		]);
		const check = input(
			{ timelineData },
			{
				[`${TIMELINE_FILE} events.1.sources.1`]: 14,
				[`${TIMELINE_FILE} events.1.people.0`]: 16,
			},
		);

		const problems = findBrokenReferences(check);

		expect(problems).toEqual([
			{
				file: TIMELINE_FILE,
				line: 14,
				field: 'events[1].sources[1]',
				message: 'нет записи «ria» в content/sources/ (файла ria.yaml)',
				rule: 'razbor:unknown-reference',
			},
			{
				file: TIMELINE_FILE,
				line: 16,
				field: 'events[1].people[0]',
				message: 'нет записи «lukashenko» в content/people/ (файла lukashenko.yaml)',
				rule: 'razbor:unknown-reference',
			},
		]);
	});

	test('reports every broken reference, frontmatter first, then body, then timelines', () => {
		const check = input({
			data: article({ topics: ['elections'], sources: ['ria'] }),
			body: { citations: [], references: [{ kind: 'term', id: 'treaty', line: 9, column: 2 }] },
			timelineData: timeline([{ sources: ['belta'] }]),
		});

		const problems = findBrokenReferences(check);

		expect(problems.map((problem) => [problem.file, problem.field ?? problem.line])).toEqual([
			[ARTICLE_FILE, 'topics[0]'],
			[ARTICLE_FILE, 'sources[0]'],
			[ARTICLE_FILE, 9],
			[TIMELINE_FILE, 'events[0].sources[0]'],
		]);
	});
});

describe('findUncitedSources', () => {
	const timeline = { events: [{ sources: ['timeline-source'] }] } as never;
	const chart = { bars: [{ sources: ['chart-source'] }] } as never;

	test('counts citations in bodies, timeline events and chart values', () => {
		const uncited = findUncitedSources({
			articles: [{ citations: ['body-source'] }],
			timelines: [timeline],
			charts: [chart],
			sources: ['body-source', 'timeline-source', 'chart-source', 'nowhere'],
		});

		expect(uncited).toEqual(['nowhere']);
	});

	test('returns the uncited sources in the order given', () => {
		const uncited = findUncitedSources({
			articles: [],
			timelines: [],
			charts: [],
			sources: ['b', 'a'],
		});

		expect(uncited).toEqual(['b', 'a']);
	});

	test('names the file and what to do in the warning', () => {
		expect(uncitedSourceWarning('r99-x')).toMatch(
			/^content\/sources\/r99-x\.yaml: источник ни разу не процитирован .* удалите файл$/,
		);
	});
});

/** The routes of the site, whose fixed addresses a body may link to. */
const PAGES_DIR = fileURLToPath(new URL('../../../src/pages/', import.meta.url));

describe('links from article bodies to pages of the site', () => {
	const PAGES: SitePages = {
		articles: new Set(['visit', 'trade-deal']),
		drafts: new Set(['next-visit']),
		timelineEvents: new Map([['visit', ['talks', 'arrival']]]),
		ids: EXISTING,
		publicFileExists: (path) => path === '/favicon.svg',
	};

	test.each([
		'/',
		'/articles/visit/',
		'/articles/visit/#chto-podpisali',
		'/timelines/',
		'/timelines/visit/',
		'/timelines/visit/#visit-talks',
		'/people/putin/',
		'/topics/union-state/',
		'/topics/union-state/rss.xml',
		'/glossary/#union-state',
		'/sources/#kremlin',
		'/archive/page/2/',
		'/rss.xml',
		'/search/',
		'/about/',
		'/corrections/',
		'/subscribe/',
		'/favicon.svg',
	])('accepts %s, a page the build makes', (link) => {
		expect(deadLinkReason(link, PAGES)).toBeUndefined();
	});

	test('accepts every page with a fixed address that a route of src/pages/ makes', () => {
		const routes = readdirSync(PAGES_DIR, { recursive: true, encoding: 'utf8' }).filter(
			(file) => /\.(?:astro|ts)$/.test(file) && !file.includes('['),
		);
		const paths = routes.map((file) => {
			const route = `/${file.split(sep).join('/')}`;
			if (route.endsWith('/index.astro')) return route.replace(/index\.astro$/, '');
			if (route.endsWith('.astro')) return route.replace(/\.astro$/, '.html');
			return route.replace(/\.ts$/, '');
		});

		expect(paths.length).toBeGreaterThan(10);
		expect(paths.filter((path) => deadLinkReason(path, PAGES) !== undefined)).toEqual([]);
	});

	test.each([
		['/articles/net-takoi/', 'статьи net-takoi нет: нет файла content/articles/net-takoi.md'],
		[
			'/articles/visitt/',
			'статьи visitt нет: нет файла content/articles/visitt.md; может быть, visit?',
		],
		['/articles/next-visit/', 'статья next-visit — черновик (draft: true) и на сайт не попадёт'],
		['/people/x/', 'человека x нет: нет файла content/people/x.yaml'],
		['/topics/trade/', 'темы trade нет'],
		['/timelines/nope/', 'хроники nope нет'],
		['/timelines/visit/#talks', 'напишите /timelines/visit/#visit-talks'],
		['/timelines/visit/#party', 'в хронике visit нет события с якорем #party'],
		['/glossary/#union', 'термина union в глоссарии нет'],
		['/sources/#nope', 'источника nope нет'],
		['/o-nas/', 'на сайте нет страницы /o-nas/'],
		['/images/missing.png', 'на сайте нет страницы /images/missing.png'],
	])('refuses %s', (link, message) => {
		expect(deadLinkReason(link, PAGES)).toContain(message);
	});

	test('reports a dead link with the file, line and column of the link', () => {
		const problems = findBrokenReferences({
			...input({
				body: {
					...NO_BODY_REFERENCES,
					links: [{ path: '/articles/net-takoi/', line: 12, column: 5 }],
				},
			}),
		});

		expect(problems).toEqual([
			{
				file: ARTICLE_FILE,
				line: 12,
				column: 5,
				message: 'статьи net-takoi нет: нет файла content/articles/net-takoi.md',
				rule: 'razbor:dead-link',
			},
		]);
	});

	test('reports a link to an anchor the page of an article will not have, with the nearest one', () => {
		const body: BodyReferences = {
			...NO_BODY_REFERENCES,
			anchors: ['chto-podpisali', 'cite-kremlin-1'],
			links: [
				{ path: '#chto-podpisali', line: 11, column: 1 },
				{ path: '#chto-podpisal', line: 12, column: 3 },
				{ path: '/articles/visit/#itogi', line: 13, column: 1 },
				{ path: '/articles/visit/#key-points', line: 14, column: 1 },
			],
		};

		const problems = findBrokenReferences(input({ body }));

		expect(problems).toEqual([
			{
				file: ARTICLE_FILE,
				line: 12,
				column: 3,
				message: 'на странице статьи visit нет якоря #chto-podpisal; может быть, #chto-podpisali?',
				rule: 'razbor:dead-link',
			},
			{
				file: ARTICLE_FILE,
				line: 13,
				column: 1,
				message:
					'на странице статьи visit нет якоря #itogi; якоря этой страницы: #main, #key-points, #chto-podpisali',
				rule: 'razbor:dead-link',
			},
		]);
	});

	test('gives an article page the anchors of its embeds, sources and changes besides its body', () => {
		const data = ArticleSchema.parse({
			...article({ sources: ['tass'] }),
			published: '2025-03-13T12:00:00+03:00',
			updates: [{ at: '2025-03-13T19:00:00+03:00', note: 'Дополнено.' }],
		});
		const body: BodyReferences = {
			citations: ['kremlin'],
			references: [
				{ kind: 'timeline', id: 'visit' },
				{ kind: 'chart', id: 'trade' },
				{ kind: 'map', id: 'route' },
			],
			anchors: ['itogi'],
		};

		const anchors = articlePageAnchors({ data, body }, new Map([['visit', ['talks']]]));

		expect([...anchors].sort()).toEqual(
			[
				'main',
				'key-points',
				'itogi',
				'timeline-visit',
				'visit-talks',
				'chart-trade',
				'map-route',
				'sources',
				'source-kremlin',
				'source-tass',
				'updates',
				'update-1',
			].sort(),
		);
	});

	test.each([
		['/people/putin/#person-articles', undefined],
		['/people/putin/#bio', 'на странице /people/putin/ нет якоря #bio'],
		['/topics/union-state/#main', undefined],
		['/topics/union-state/#x', 'на странице /topics/union-state/ нет якоря #x'],
	])('checks the anchor of a person or topic page: %s', (link, message) => {
		const reason = deadLinkReason(link, PAGES);

		if (message === undefined) expect(reason).toBeUndefined();
		else expect(reason).toContain(message);
	});

	test('reports a Markdown link to a missing entry once, as an unknown reference', () => {
		const problems = findBrokenReferences({
			...input({
				body: {
					citations: [],
					references: [{ kind: 'article', id: 'net-takoi', line: 12, column: 5 }],
					links: [{ path: '/articles/net-takoi/', line: 12, column: 5 }],
				},
			}),
		});

		expect(problems.map(({ rule, line }) => [rule, line])).toEqual([
			['razbor:unknown-reference', 12],
		]);
	});
});
