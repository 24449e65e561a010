import { describe, expect, test } from 'vitest';
import type { SiteData } from '../../../src/data/site-data.ts';
import { buildSiteIndex } from '../../../src/model/site-index.ts';
import { publicPages } from '../../../src/view/site-pages.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { PersonSchema } from '../../../src/schemas/person.ts';
import { TimelineSchema } from '../../../src/schemas/timeline.ts';
import { TopicSchema } from '../../../src/schemas/topic.ts';

function article(id: string, fields: Record<string, unknown>, timelines: string[] = []) {
	const data = ArticleSchema.parse({
		title: 'Заголовок',
		dek: 'Подзаголовок.',
		kind: 'news',
		keyPoints: ['Один.', 'Два.', 'Три.'],
		...fields,
	});
	return {
		id,
		data,
		bodyFile: '',
		headings: [],
		references: {
			citations: [],
			references: timelines.map((timelineId) => ({
				kind: 'timeline' as const,
				id: timelineId,
				line: 1,
				column: 1,
			})),
		},
		images: [],
		readingMinutes: 1,
	};
}

const TIMELINE = TimelineSchema.parse({
	title: 'Визит',
	events: [{ id: 'landing', date: '2025-03-13', title: 'Посадка', sources: ['tass'] }],
});

function site() {
	const articles = [
		article('analysis', {
			published: '2025-03-20T10:00:00+03:00',
			updates: [{ at: '2025-12-19T12:00:00+03:00', note: 'Дополнено.' }],
			topics: ['union-state'],
		}),
		article('news', { published: '2025-03-13T12:00:00+03:00', people: ['putin'] }, ['visit']),
	];
	return {
		articles: articles as SiteData['articles'],
		timelines: new Map([
			['visit', TIMELINE],
			['history', TIMELINE],
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
			['nobody', PersonSchema.parse({ name: 'Некто', role: 'никто', description: 'Никто.' })],
		]),
		topics: new Map([
			['union-state', TopicSchema.parse({ title: 'Союз', description: 'О союзе.' })],
		]),
		index: buildSiteIndex(
			articles.map((entry) => ({ id: entry.id, data: entry.data, citations: [] })),
			new Map(),
			new Map(),
		),
	};
}

const NEWEST = new Date('2025-12-19T09:00:00Z');
const NEWS = new Date('2025-03-13T09:00:00Z');

describe('publicPages', () => {
	const pages = new Map(publicPages(site()).map((page) => [page.path, page.lastModified]));

	test('lists the home page, every article, timeline, person and topic, and the indexes', () => {
		expect([...pages.keys()]).toEqual([
			'/',
			'/articles/analysis/',
			'/articles/news/',
			'/archive/',
			'/timelines/',
			'/timelines/visit/',
			'/timelines/history/',
			'/people/',
			'/people/putin/',
			'/people/nobody/',
			'/topics/',
			'/topics/union-state/',
			'/glossary/',
			'/sources/',
			'/search/',
			'/about/',
			'/corrections/',
			'/subscribe/',
		]);
	});

	test('dates the corrections page by the newest correction, else by the newest change', () => {
		const corrected = site();
		corrected.articles[1] = article('news', {
			published: '2025-03-13T12:00:00+03:00',
			updates: [{ at: '2025-03-14T12:00:00+03:00', note: 'Исправлено.', correction: true }],
		});

		const dated = new Map(publicPages(corrected).map((page) => [page.path, page.lastModified]));

		expect(dated.get('/corrections/')).toEqual(new Date('2025-03-14T09:00:00Z'));
		expect(pages.get('/corrections/')).toEqual(NEWEST);
	});

	test("dates an article by its own last change, its update's time", () => {
		expect(pages.get('/articles/analysis/')).toEqual(NEWEST);
		expect(pages.get('/articles/news/')).toEqual(NEWS);
	});

	test('pages the archive and a long topic, dating each page by its own articles', () => {
		const many = Array.from({ length: 45 }, (_, index) =>
			article(`a${index}`, {
				published: new Date(Date.UTC(2025, 0, 45 - index)).toISOString(),
				topics: ['union-state'],
			}),
		);
		const big = {
			...site(),
			articles: many as SiteData['articles'],
			index: buildSiteIndex(
				many.map((entry) => ({ id: entry.id, data: entry.data, citations: [] })),
				new Map(),
				new Map(),
			),
		};
		const paged = new Map(publicPages(big).map((page) => [page.path, page.lastModified]));

		expect([...paged.keys()].filter((path) => path.startsWith('/archive/'))).toEqual([
			'/archive/',
			'/archive/page/2/',
			'/archive/page/3/',
		]);
		expect(paged.get('/archive/page/2/')).toEqual(new Date(Date.UTC(2025, 0, 25)));
		expect(paged.get('/topics/union-state/page/3/')).toEqual(new Date(Date.UTC(2025, 0, 5)));
		expect(paged.has('/topics/union-state/page/4/')).toBe(false);
	});

	test('dates a timeline, person or topic page by the articles that show it', () => {
		expect(pages.get('/timelines/visit/')).toEqual(NEWS);
		expect(pages.get('/people/putin/')).toEqual(NEWS);
		expect(pages.get('/topics/union-state/')).toEqual(NEWEST);
	});

	test('dates the home page, the indexes and pages no article shows by the newest change', () => {
		for (const path of ['/', '/timelines/', '/glossary/', '/timelines/history/', '/people/nobody/'])
			expect(pages.get(path), path).toEqual(NEWEST);
	});

	test('has no dates at all when there is no article', () => {
		const empty = publicPages({ ...site(), articles: [] });

		expect(empty.every((page) => page.lastModified === undefined)).toBe(true);
	});
});
