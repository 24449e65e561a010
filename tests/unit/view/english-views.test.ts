import { describe, expect, test } from 'vitest';
import { archivePage } from '../../../src/view/archive-page.ts';
import { articlePage } from '../../../src/view/article-page.ts';
import { glossaryPage } from '../../../src/view/glossary-page.ts';
import { homePage } from '../../../src/view/home-page.ts';
import { breadcrumbTrail, sectionsFor, SECTIONS } from '../../../src/view/navigation.ts';
import { notFoundPage } from '../../../src/view/not-found-page.ts';
import { searchPage } from '../../../src/view/search-page.ts';
import { sourcesPage } from '../../../src/view/sources-page.ts';
import { timelinePage } from '../../../src/view/timeline-page.ts';
import { timelinesPage } from '../../../src/view/timelines-page.ts';
import { topicsPage } from '../../../src/view/topics-page.ts';
import { siteFixture } from './site-fixture.ts';

/**
 * The views in English: every word they add to the content's own (which is still the fixture's
 * Russian until the English content model joins) comes from the English dictionary.
 */

const CYRILLIC = /\p{Script=Cyrillic}/u;

describe('views in English', () => {
	test('the sections and breadcrumbs of the navigation are in English, at English paths', () => {
		const sections = sectionsFor('en');

		expect(sections.map((section) => section.href)).toEqual([
			'/en/archive/',
			'/en/timelines/',
			'/en/people/',
			'/en/topics/',
			'/en/glossary/',
			'/en/sources/',
			'/en/search/',
		]);
		expect(sections.map((section) => section.label)).toEqual([
			'Articles',
			'Timelines',
			'People',
			'Topics',
			'Glossary',
			'Sources',
			'Search',
		]);
		expect(sectionsFor('ru')).toEqual(SECTIONS);
		expect(
			breadcrumbTrail('/en/people/putin/', 'Putin', { name: 'Razbor', path: '/en/' }, 'en'),
		).toEqual([
			{ name: 'Razbor', path: '/en/' },
			{ name: 'People', path: '/en/people/' },
			{ name: 'Putin', path: '/en/people/putin/' },
		]);
	});

	test('fixed pages say their title and description in English and carry the locale', () => {
		const site = siteFixture();
		const layouts = [
			searchPage('en').layout,
			notFoundPage('en').layout,
			topicsPage(site, 'en').layout,
			timelinesPage(site, 'en').layout,
			sourcesPage(site, 'en').layout,
		];

		for (const layout of layouts) {
			expect(layout.locale).toBe('en');
			expect(`${layout.title} ${layout.description}`).not.toMatch(CYRILLIC);
		}
		expect(searchPage('en').layout.title).toBe('Search');
		expect(notFoundPage('en').layout.title).toBe('Page not found');
	});

	test('counts, dates and labels of lists are in English', () => {
		const site = siteFixture();

		const topics = topicsPage(site, 'en').topics.map((topic) => topic.count);
		const timelines = timelinesPage(site, 'en').timelines;
		const glossaryAlt = glossaryPage(site, 'en').layout.image?.alt;

		for (const count of topics) expect(count).toMatch(/^\d+\u00A0articles?$/);
		expect(timelines[0]?.count).toMatch(/^\d+\u00A0events?$/);
		expect(`${timelines[0]?.first} ${timelines[0]?.last}`).not.toMatch(CYRILLIC);
		expect(glossaryAlt).toMatch(/^Razbor glossary: \d+\u00A0terms?$/);
	});

	test('an article in English: kind, reading time, dates and card labels from the dictionary', () => {
		const site = siteFixture();
		const page = articlePage(site, 'talks', 'en');

		expect(page.layout.locale).toBe('en');
		expect(page.kindLabel).toBe('News');
		expect(page.readingTime).toMatch(/^\d+\u00A0minutes? read$/);
		expect(page.about.text).toBe('How we check facts and correct errors');
		expect(page.layout.image?.alt).toMatch(/\d{4}$/);
		expect(page.layout.image?.alt).toMatch(/ (January|February|March|April) /);
		for (const card of page.related) expect(card.kindLabel).not.toMatch(CYRILLIC);
	});

	test('the home page and the archive in English', () => {
		const site = siteFixture();
		const home = homePage(site, 'en');
		const archive = archivePage(site, { number: 2, count: 2, items: [] }, 'en');

		expect(home.heading).toMatch(/^One event explained/);
		expect(home.layout.shareTitle).toBe('Razbor: Lukashenko’s visit to Moscow, 13–14 March 2025');
		expect(home.lead?.kindLabel).not.toMatch(CYRILLIC);
		// The part of the day («день») is the event's own text, which English content will translate.
		expect(home.schedule?.events.map((event) => event.date)).toContain(
			'13 March 2025, about 10:00 Moscow time (MSK)',
		);
		expect(archive.title).toBe('All articles — page 2');
	});

	test('a timeline in English: dates, sources’ kinds and the events’ quoted titles', () => {
		const page = timelinePage(siteFixture(), 'visit-schedule', 'en');
		const event = page.timeline.events[0]!;

		expect(event.date).not.toMatch(CYRILLIC);
		expect(event.quotedTitle).toMatch(/^“.*”$/);
		for (const source of event.sources) expect(source.kind?.label ?? '').not.toMatch(CYRILLIC);
		expect(page.layout.image?.alt).toMatch(/^Timeline “.*”: \d+\u00A0events?$/);
	});

	test('links of an English page lead to English pages, those of a Russian one stay at the root', () => {
		const site = siteFixture();
		const english = homePage(site, 'en');
		const russian = homePage(site);
		const article = articlePage(site, 'talks', 'en');

		const englishHrefs = [
			english.archiveHref,
			english.lead?.href,
			english.schedule?.href,
			...english.latest.map((card) => card.href),
			...english.topics.map((topic) => topic.href),
			...english.people.map((person) => person.href),
			article.about.href,
			article.subscribeHref,
			...article.topics.map((topic) => topic.href),
			...searchPage('en').sections.archive.split(' '),
		];

		for (const href of englishHrefs) expect(href).toMatch(/^\/en\//);
		expect(article.share.url).toMatch(/^https?:\/\/[^/]+\/en\/articles\/talks\/$/);
		for (const href of [
			russian.archiveHref,
			russian.lead?.href,
			...russian.topics.map((t) => t.href),
		])
			expect(href).not.toMatch(/^\/en\//);
	});
});
