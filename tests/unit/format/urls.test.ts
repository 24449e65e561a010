import { afterEach, describe, expect, test, vi } from 'vitest';
import {
	archivePath,
	articlePath,
	articleShareImagePath,
	chartImagePath,
	citationAnchor,
	entryShareImagePath,
	factBoxAnchor,
	feedPath,
	glossaryPath,
	glossaryShareImagePath,
	glossaryTermPath,
	mapImagePath,
	peoplePath,
	pathTarget,
	personPath,
	siteShareImagePath,
	sitemapPath,
	sourceAnchor,
	timelineEventAnchor,
	timelinePath,
	topicPath,
} from '../../../src/format/urls.ts';

describe('paths and anchors', () => {
	test.each([
		[articlePath('lukashenko-visit'), '/articles/lukashenko-visit/'],
		[timelinePath('visit-schedule'), '/timelines/visit-schedule/'],
		[timelineEventAnchor('visit-schedule', 'landing'), 'visit-schedule-landing'],
		[glossaryPath(), '/glossary/'],
		[glossaryTermPath('union-state'), '/glossary/#union-state'],
		[sourceAnchor('kremlin-talks'), 'source-kremlin-talks'],
		[citationAnchor('kremlin-talks', 2), 'cite-kremlin-talks-2'],
		[factBoxAnchor('trade-2024'), 'fact-trade-2024'],
		[articleShareImagePath('kremlin-talks'), '/og/articles/kremlin-talks.png'],
		[siteShareImagePath(), '/og/site.png'],
		[archivePath(), '/archive/'],
		[archivePath(1), '/archive/'],
		[archivePath(3), '/archive/page/3/'],
		[topicPath('trade'), '/topics/trade/'],
		[topicPath('trade', 2), '/topics/trade/page/2/'],
		[peoplePath(), '/people/'],
		[peoplePath(2), '/people/page/2/'],
		[personPath('putin'), '/people/putin/'],
		[personPath('putin', 2), '/people/putin/page/2/'],
		[feedPath('rss'), '/rss.xml'],
		[feedPath('atom'), '/atom.xml'],
		[feedPath('json'), '/feed.json'],
		[feedPath('rss', 'union-state'), '/topics/union-state/rss.xml'],
		[feedPath('json', 'union-state'), '/topics/union-state/feed.json'],
		[feedPath('rss', undefined, 'en'), '/en/rss.xml'],
		[feedPath('atom', 'union-state', 'en'), '/en/topics/union-state/atom.xml'],
		[articleShareImagePath('kremlin-talks', 'en'), '/og/en/articles/kremlin-talks.png'],
		[entryShareImagePath('people', 'putin', 'en'), '/og/en/people/putin.png'],
		[glossaryShareImagePath('en'), '/og/en/glossary.png'],
		[siteShareImagePath('en'), '/og/en/site.png'],
		[chartImagePath('trade', 'en'), '/og/en/charts/trade.png'],
		[mapImagePath('visit-route', 'en'), '/og/en/maps/visit-route.png'],
		[sitemapPath(), '/sitemap.xml'],
	])('gives %j', (actual, expected) => {
		expect(actual).toBe(expected);
	});
});

describe('pathTarget', () => {
	test.each([
		['/articles/visit/', { kind: 'article', id: 'visit' }],
		['/articles/visit', { kind: 'article', id: 'visit' }],
		['/articles/visit/#itogi', { kind: 'article', id: 'visit' }],
		['/timelines/visit-schedule/', { kind: 'timeline', id: 'visit-schedule' }],
		['/people/putin/', { kind: 'person', id: 'putin' }],
		['/topics/union-state/?page=1', { kind: 'topic', id: 'union-state' }],
		['/glossary/#union-state', { kind: 'term', id: 'union-state' }],
		['/sources/#kremlin-talks', { kind: 'source', id: 'kremlin-talks' }],
	])('reads %s back as the entry it names', (path, target) => {
		expect(pathTarget(path)).toEqual(target);
	});

	test.each([
		'/archive/',
		'/articles/',
		'/glossary/',
		'/sources/',
		'/people/putin/page/2/',
		'/rss.xml',
	])('names no entry for %s', (path) => {
		expect(pathTarget(path)).toBeUndefined();
	});

	test('reads every path the site derives for an entry back to that entry', () => {
		expect(pathTarget(articlePath('a-1'))).toEqual({ kind: 'article', id: 'a-1' });
		expect(pathTarget(timelinePath('t'))).toEqual({ kind: 'timeline', id: 't' });
		expect(pathTarget(personPath('p'))).toEqual({ kind: 'person', id: 'p' });
		expect(pathTarget(topicPath('u'))).toEqual({ kind: 'topic', id: 'u' });
		expect(pathTarget(glossaryTermPath('g'))).toEqual({ kind: 'term', id: 'g' });
	});
});

describe('absoluteUrl', () => {
	/** `absoluteUrl` from a fresh copy of the modules, so `SITE` reads the environment again. */
	async function freshAbsoluteUrl(siteUrl: string | undefined) {
		vi.resetModules();
		vi.stubEnv('RAZBOR_SITE_URL', siteUrl);
		const module = await import('../../../src/format/urls.ts');
		return module.absoluteUrl;
	}

	afterEach(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});

	test('puts a path on https://razbor.example when no site URL is configured', async () => {
		const absoluteUrl = await freshAbsoluteUrl(undefined);

		expect(absoluteUrl('/articles/visit/')).toBe('https://razbor.example/articles/visit/');
	});

	test('treats an empty RAZBOR_SITE_URL as not configured', async () => {
		const absoluteUrl = await freshAbsoluteUrl('');

		expect(absoluteUrl('/')).toBe('https://razbor.example/');
	});

	test('uses RAZBOR_SITE_URL, with or without a trailing slash', async () => {
		const withSlash = await freshAbsoluteUrl('https://news.example.org/');
		const withoutSlash = await freshAbsoluteUrl('https://news.example.org');

		expect(withSlash('/glossary/#union-state')).toBe(
			'https://news.example.org/glossary/#union-state',
		);
		expect(withoutSlash('/glossary/')).toBe('https://news.example.org/glossary/');
	});

	test('refuses a RAZBOR_SITE_URL that is not an http(s) URL', async () => {
		await expect(freshAbsoluteUrl('ftp://news.example.org')).rejects.toThrow();
	});
});
