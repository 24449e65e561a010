import { describe, expect, test } from 'vitest';
import { buildSiteIndex, type IndexedArticle } from '../../../src/model/site-index.ts';
import { ChartSchema } from '../../../src/schemas/chart.ts';
import { TimelineSchema } from '../../../src/schemas/timeline.ts';

function article(
	id: string,
	published: string,
	fields: Partial<IndexedArticle['data']> = {},
	citations: string[] = [],
): IndexedArticle {
	return {
		id,
		citations,
		data: { topics: [], people: [], sources: [], published: new Date(published), ...fields },
	};
}

const timelines = new Map([
	[
		'visit',
		TimelineSchema.parse({
			title: 'Визит',
			events: [
				{
					id: 'landing',
					date: '2025-03-13',
					title: 'Посадка',
					sources: ['tass'],
					people: ['lukashenko'],
				},
				{
					id: 'talks',
					date: '2025-03-13',
					title: 'Переговоры',
					sources: ['kremlin'],
					people: ['putin', 'lukashenko'],
				},
			],
		}),
	],
]);
const charts = new Map([
	[
		'trade',
		ChartSchema.parse({
			title: 'Торговля',
			description: 'Две цифры.',
			unit: 'млрд долларов',
			bars: [{ label: 'Россия', value: 50, sources: ['kremlin'] }],
		}),
	],
]);

// Newest first, as the site lists them.
const articles = [
	article(
		'factcheck',
		'2025-03-26T12:00:00+03:00',
		{ topics: ['trade', 'election'], people: ['lukashenko'] },
		['tass'],
	),
	article('numbers', '2025-03-14T19:00:00+03:00', { topics: ['trade'], sources: ['kremlin'] }),
	article(
		'news',
		'2025-03-13T12:00:00+03:00',
		{ topics: ['ceasefire', 'trade'], people: ['putin', 'lukashenko'] },
		['kremlin'],
	),
	article('history', '2025-05-12T12:00:00+03:00', { topics: ['union'] }),
];

describe('buildSiteIndex', () => {
	const index = buildSiteIndex(articles, timelines, charts);

	test('lists the articles about a person and the events they took part in', () => {
		expect(index.person('lukashenko')).toEqual({
			articles: ['factcheck', 'news'],
			events: [
				{ timelineId: 'visit', eventId: 'landing' },
				{ timelineId: 'visit', eventId: 'talks' },
			],
		});
		expect(index.person('nobody')).toEqual({ articles: [], events: [] });
	});

	test('lists the articles of a topic in the order given', () => {
		expect(index.topic('trade')).toEqual(['factcheck', 'numbers', 'news']);
	});

	test('finds every place a source is used: inline, listed, in events and charts', () => {
		expect(index.source('kremlin')).toEqual({
			articles: ['numbers', 'news'],
			events: [{ timelineId: 'visit', eventId: 'talks' }],
			charts: ['trade'],
		});
	});

	test('relates articles by shared topics, most shared first, never the article itself', () => {
		expect(index.related('factcheck')).toEqual(['numbers', 'news']);
		expect(index.related('history')).toEqual([]);
		expect(index.related('news', 1)).toEqual(['factcheck']);
	});

	test('gives articles on the same topics the same ranking, each without itself', () => {
		const same = buildSiteIndex(
			['a', 'b', 'c', 'd'].map((id, day) =>
				article(id, `2025-03-1${day}T12:00:00+03:00`, { topics: ['trade'] }),
			),
			new Map(),
			new Map(),
		);

		expect(same.related('a', 2)).toEqual(['b', 'c']);
		expect(same.related('b', 2)).toEqual(['a', 'c']);
		expect(same.related('d', 2)).toEqual(['a', 'b']);
		expect(same.related('a', 3)).toEqual(['b', 'c', 'd']);
	});

	test('finds the previous and next article by publication time', () => {
		expect(index.neighbours('numbers')).toEqual({ previous: 'news', next: 'factcheck' });
		expect(index.neighbours('news')).toEqual({ previous: undefined, next: 'numbers' });
		expect(index.neighbours('history')).toEqual({ previous: 'factcheck', next: undefined });
		expect(index.neighbours('missing')).toEqual({});
	});
});
