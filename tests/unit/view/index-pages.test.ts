import { describe, expect, test } from 'vitest';
import { archivePage } from '../../../src/view/archive-page.ts';
import { articlePage } from '../../../src/view/article-page.ts';
import { glossaryPage } from '../../../src/view/glossary-page.ts';
import { homePage } from '../../../src/view/home-page.ts';
import { notFoundPage } from '../../../src/view/not-found-page.ts';
import { peoplePage } from '../../../src/view/people-page.ts';
import { personPage } from '../../../src/view/person-page.ts';
import { searchPage } from '../../../src/view/search-page.ts';
import { sourcesPage } from '../../../src/view/sources-page.ts';
import { timelinePage, timelinePaths } from '../../../src/view/timeline-page.ts';
import { timelinesPage } from '../../../src/view/timelines-page.ts';
import { topicPage } from '../../../src/view/topic-page.ts';
import { SITE } from '../../../src/site.ts';
import { siteFixture } from './site-fixture.ts';

describe('homePage', () => {
	test('leads with the newest change on the site, says what changed, and lists the others', () => {
		const page = homePage(siteFixture());

		expect(page.heading).toBe(SITE.description);
		expect(page.lead).toMatchObject({
			href: '/articles/talks/',
			kindLabel: 'Новость',
			updated: new Date('2025-03-14T19:30:00+03:00'),
			isPublication: false,
			change: { note: 'Исправлена дата.', correction: true },
		});
		expect(page.lead?.keyPoints).toHaveLength(3);
		expect(page.latest.map((card) => card.href)).toEqual([
			'/articles/numbers/',
			'/articles/arrival/',
		]);
	});

	test('marks a draft lead, which only astro dev shows', () => {
		const page = homePage(siteFixture(undefined, { includeDrafts: true }));

		expect(page.lead).toMatchObject({ href: '/articles/draft/', draft: true });
		expect(homePage(siteFixture()).lead?.draft).toBe(false);
	});

	test('teases the visit schedule with links into the timeline', () => {
		const { schedule } = homePage(siteFixture());

		expect(schedule?.href).toBe('/timelines/visit-schedule/');
		expect(schedule?.events[1]).toEqual({
			date: '13 марта 2025, около 10:00 МСК',
			href: '/timelines/visit-schedule/#visit-schedule-landing',
			text: 'Самолёт сел во\u00A0Внуково',
		});
	});

	test('names the people written about most first, and no one never written about', () => {
		expect(homePage(siteFixture()).people).toEqual([
			{ href: '/people/lukashenko/', text: 'Александр Лукашенко' },
			{ href: '/people/putin/', text: 'Владимир Путин' },
		]);
	});

	test('opens with the first map of the lead story, its places listed with events and sources', () => {
		const { map } = homePage(siteFixture());

		expect(map).toMatchObject({ id: 'route', title: 'Маршрут', route: 'Минск → Москва' });
		expect(
			map?.places.map((place) => [place.name, place.events.map((event) => event.venue)]),
		).toEqual([
			['Минск', [undefined]],
			['Москва', ['аэропорт Внуково', 'Кремль']],
		]);
		expect(map?.places[1]?.events[1]).toMatchObject({
			date: '13 марта 2025',
			datetime: '2025-03-13',
			sources: [{ label: 'Кремль' }, { label: 'ТАСС' }],
		});
		expect(map?.geometry.points.map((point) => point.id)).toEqual(['minsk', 'moscow']);
	});

	test('has no lead, no map and no cards when nothing is published', () => {
		const page = homePage(siteFixture([]));

		expect(page.lead).toBeUndefined();
		expect(page.map).toBeUndefined();
		expect(page.latest).toEqual([]);
	});
});

describe('timeline pages', () => {
	test('gives each timeline a page with its events by year', () => {
		const site = siteFixture();
		const page = timelinePage(site, 'visit-schedule');

		expect(timelinePaths(site)).toEqual([
			{ params: { id: 'visit-schedule' } },
			{ params: { id: 'history' } },
		]);
		expect(page.layout).toEqual({
			title: 'Визит по\u00A0часам',
			description: 'Два дня в\u00A0Москве.',
			searchKind: 'event',
			locale: 'ru',
			image: {
				path: '/og/timelines/visit-schedule.png',
				alt: expect.stringContaining('Визит по\u00A0часам') as string,
				width: 1200,
				height: 630,
				type: 'image/png',
			},
		});
		expect(page.timeline.years.map((group) => group.year)).toEqual(['2024', '2025']);
	});

	test('describes a timeline without a description by its title', () => {
		expect(timelinePage(siteFixture(), 'history').layout.description).toBe('История союза');
	});

	test('lists the timelines by id with their size and span', () => {
		expect(timelinesPage(siteFixture()).timelines).toEqual([
			{
				href: '/timelines/history/',
				title: 'История союза',
				description: undefined,
				count: '1\u00A0событие',
				first: '1999',
				last: '1999',
			},
			{
				href: '/timelines/visit-schedule/',
				title: 'Визит по\u00A0часам',
				description: 'Два дня в\u00A0Москве.',
				count: '3\u00A0события',
				first: '6 декабря 2024',
				last: '13 марта 2025, день',
			},
		]);
	});
});

describe('glossaryPage', () => {
	test('lists the terms alphabetically with their anchors', () => {
		expect(glossaryPage(siteFixture()).terms.map((term) => [term.id, term.term])).toEqual([
			['eaeu', 'ЕАЭС'],
			['union-state', 'Союзное государство'],
		]);
	});
});

describe('sourcesPage', () => {
	test('lists sources by publisher with the articles and events citing them', () => {
		const page = sourcesPage(siteFixture());

		expect(page.sources.map((entry) => entry.anchor)).toEqual([
			'belta',
			'mirror',
			'kremlin',
			'tass',
		]);
		const tass = page.sources.at(-1)!;
		expect(tass.articles).toEqual([
			{ href: '/articles/talks/', text: 'Переговоры прошли в\u00A0Кремле' },
		]);
		expect(tass.events).toEqual([
			{
				href: '/timelines/visit-schedule/#visit-schedule-landing',
				text: 'Самолёт сел во\u00A0Внуково',
			},
		]);
		expect(tass.more).toBe('');
		expect(tass.cited.title).toBe('«Лукашенко прилетел в\u00A0Москву»');
		expect(page.sources[1]!.cited.kind).toEqual({
			label: 'копия (агрегатор)',
			original: { before: ', оригинал: ', publisher: 'ТАСС', lang: undefined },
		});
		expect(tass.cited.kind).toEqual({ label: 'государственное СМИ', original: undefined });
	});

	test('marks a Russian publisher and original on the English page as Russian', () => {
		const copy = sourcesPage(siteFixture(), 'en').sources[1]!;

		expect(copy.cited.kind).toEqual({
			label: 'copy (aggregator)',
			original: { before: ', original: ', publisher: 'ТАСС', lang: 'ru' },
		});
		expect([copy.cited.source.publisher, copy.cited.publisherLang]).toEqual(['Зеркало', 'ru']);
	});

	test('names only the newest few articles and counts the rest', () => {
		const articles = Array.from({ length: 7 }, (_, index) => ({
			id: `a${index}`,
			fields: { published: `2025-03-1${index}T12:00:00+03:00`, sources: ['tass'] },
		}));
		const tass = sourcesPage(siteFixture(articles)).sources.find(
			(entry) => entry.anchor === 'tass',
		)!;

		expect(tass.articles).toHaveLength(5);
		expect(tass.more).toBe(' и\u00A0ещё 2\u00A0материала');
	});
});

describe('pages without content', () => {
	test('the search page links all materials and the sections to browse without JavaScript', () => {
		expect(searchPage()).toEqual({
			layout: { title: 'Поиск', description: 'Поиск по материалам «Разбора»', locale: 'ru' },
			sections: {
				archive: '/archive/',
				timelines: '/timelines/',
				people: '/people/',
				topics: '/topics/',
				glossary: '/glossary/',
				sources: '/sources/',
			},
		});
	});

	test('the 404 page is neither indexed nor searchable', () => {
		expect(notFoundPage().layout).toMatchObject({ indexable: false });
		expect(notFoundPage().layout.searchKind).toBeUndefined();
	});
});

describe('what goes into search', () => {
	test('articles, people, the glossary and timelines, each as its kind; hubs not', () => {
		const site = siteFixture();
		const first = { number: 1, count: 1, items: [] };

		expect(articlePage(site, 'talks').layout.searchKind).toBe('article');
		expect(personPage(site, 'putin', first).layout.searchKind).toBe('person');
		expect(personPage(site, 'putin', { ...first, number: 2, count: 2 }).layout.searchKind).toBe(
			undefined,
		);
		expect(glossaryPage(site).layout.searchKind).toBe('term');
		expect(timelinePage(site, 'visit-schedule').layout.searchKind).toBe('event');
		expect(homePage(site).layout.searchKind).toBeUndefined();
		expect(topicPage(site, 'trade', first).layout.searchKind).toBeUndefined();
		expect(peoplePage(site, first).layout.searchKind).toBeUndefined();
		expect(archivePage(site, first).layout.searchKind).toBeUndefined();
	});
});
