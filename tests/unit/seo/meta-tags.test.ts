import { describe, expect, test } from 'vitest';
import {
	canonicalUrl,
	documentTitle,
	feedLinks,
	metaTags,
	type MetaTag,
	type PageMeta,
} from '../../../src/seo/meta-tags.ts';
import { SHARE_IMAGE } from '../../../src/og/share-image.ts';
import { SiteSchema } from '../../../src/site.ts';

const SITE = SiteSchema.parse({
	title: 'Разбор',
	description: 'Объясняем одно событие',
	lang: 'ru',
	ogLocale: 'ru_RU',
	timeZone: 'Europe/Moscow',
	timeZoneLabel: 'МСК',
	url: 'https://news.example.org/',
	contactEmail: 'editors@news.example.org',
});

const PAGE: PageMeta = {
	title: 'Переговоры в Кремле',
	description: 'Что решили президенты',
	path: '/articles/kremlin-talks/',
	image: { path: '/og/articles/kremlin-talks.png', alt: 'Карточка', ...SHARE_IMAGE },
};

/** Every value of a tag, by its property or name. */
function values(tags: readonly MetaTag[], key: string): string[] {
	return tags
		.filter((tag) => ('property' in tag ? tag.property : tag.name) === key)
		.map((tag) => tag.content);
}

describe('documentTitle', () => {
	test('appends the site name', () => {
		expect(documentTitle('Словарь', SITE)).toBe('Словарь — Разбор');
	});

	test("leaves the home page's title, the site name, alone", () => {
		expect(documentTitle('Разбор', SITE)).toBe('Разбор');
	});
});

describe('metaTags', () => {
	test('asks search engines for large image previews, and the 404 page for no index', () => {
		expect(values(metaTags(PAGE, SITE), 'robots')).toEqual(['max-image-preview:large']);
		expect(values(metaTags({ ...PAGE, indexable: false }, SITE), 'robots')).toEqual(['noindex']);
	});

	test('gives previews the shorter share title and keeps the page title for <title>', () => {
		const tags = metaTags({ ...PAGE, shareTitle: 'Коротко о переговорах' }, SITE);

		expect(values(tags, 'og:title')).toEqual(['Коротко о переговорах']);
		expect(values(tags, 'twitter:title')).toEqual(['Коротко о переговорах']);
	});

	test('gives a page the canonical URL on the configured origin', () => {
		expect(canonicalUrl(PAGE, SITE)).toBe('https://news.example.org/articles/kremlin-talks/');
		expect(values(metaTags(PAGE, SITE), 'og:url')).toEqual([
			'https://news.example.org/articles/kremlin-talks/',
		]);
	});

	test('describes a page that is not an article as a website with the site image', () => {
		const tags = metaTags(PAGE, SITE);

		expect(values(tags, 'og:type')).toEqual(['website']);
		expect(values(tags, 'og:title')).toEqual(['Переговоры в Кремле']);
		expect(values(tags, 'og:description')).toEqual(['Что решили президенты']);
		expect(values(tags, 'description')).toEqual(['Что решили президенты']);
		expect(values(tags, 'og:site_name')).toEqual(['Разбор']);
		expect(values(tags, 'og:locale')).toEqual(['ru_RU']);
		expect(values(tags, 'og:image')).toEqual([
			'https://news.example.org/og/articles/kremlin-talks.png',
		]);
		expect(values(tags, 'og:image:width')).toEqual(['1200']);
		expect(values(tags, 'og:image:height')).toEqual(['630']);
		expect(values(tags, 'og:image:alt')).toEqual(['Карточка']);
		expect(values(tags, 'article:published_time')).toEqual([]);
	});

	test('adds the article tags with Moscow offsets for an article', () => {
		const tags = metaTags(
			{
				...PAGE,
				article: {
					published: new Date('2025-03-13T09:00:00Z'),
					modified: new Date('2025-03-14T15:30:00Z'),
					section: 'Союзное государство',
					tags: ['Союзное государство', 'Владимир Путин'],
				},
			},
			SITE,
		);

		expect(values(tags, 'og:type')).toEqual(['article']);
		expect(values(tags, 'article:published_time')).toEqual(['2025-03-13T12:00:00+03:00']);
		expect(values(tags, 'article:modified_time')).toEqual(['2025-03-14T18:30:00+03:00']);
		expect(values(tags, 'article:section')).toEqual(['Союзное государство']);
		expect(values(tags, 'article:tag')).toEqual(['Союзное государство', 'Владимир Путин']);
	});

	test('gives the 404 page no URL of its own and asks not to index it', () => {
		const tags = metaTags({ ...PAGE, indexable: false }, SITE);

		expect(values(tags, 'og:url')).toEqual([]);
		expect(values(tags, 'robots')).toEqual(['noindex']);
		expect(values(tags, 'og:title')).toEqual(['Переговоры в Кремле']);
	});

	test('asks X for the large image card with the same title, text and image', () => {
		const tags = metaTags(PAGE, SITE);

		expect(values(tags, 'twitter:card')).toEqual(['summary_large_image']);
		expect(values(tags, 'twitter:title')).toEqual(values(tags, 'og:title'));
		expect(values(tags, 'twitter:image')).toEqual(values(tags, 'og:image'));
	});
});

describe('feedLinks', () => {
	test("announces the site's RSS, Atom and JSON feeds with absolute URLs", () => {
		expect(feedLinks(SITE)).toEqual([
			{
				type: 'application/rss+xml',
				title: 'Разбор — RSS',
				href: 'https://news.example.org/rss.xml',
			},
			{
				type: 'application/atom+xml',
				title: 'Разбор — Atom',
				href: 'https://news.example.org/atom.xml',
			},
			{
				type: 'application/feed+json',
				title: 'Разбор — JSON Feed',
				href: 'https://news.example.org/feed.json',
			},
		]);
	});

	test("adds a topic's own feeds on its page", () => {
		const links = feedLinks(SITE, { id: 'trade', title: 'Торговля' });

		expect(links).toHaveLength(6);
		expect(links.slice(3).map((link) => [link.title, link.href])).toEqual([
			['Торговля — Разбор — RSS', 'https://news.example.org/topics/trade/rss.xml'],
			['Торговля — Разбор — Atom', 'https://news.example.org/topics/trade/atom.xml'],
			['Торговля — Разбор — JSON Feed', 'https://news.example.org/topics/trade/feed.json'],
		]);
	});
});

describe('metaTags in English', () => {
	test('an English page says en_US, and ru_RU as the alternate when the original exists', () => {
		const tags = metaTags({ ...PAGE, locale: 'en', translations: ['ru'] }, SITE);

		expect(values(tags, 'og:locale')).toEqual(['en_US']);
		expect(values(tags, 'og:locale:alternate')).toEqual(['ru_RU']);
	});

	test('a Russian page without a translation has no alternate locale', () => {
		const tags = metaTags(PAGE, SITE);

		expect(values(tags, 'og:locale')).toEqual(['ru_RU']);
		expect(values(tags, 'og:locale:alternate')).toEqual([]);
	});
});
