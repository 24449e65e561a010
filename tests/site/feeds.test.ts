import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { convert } from 'html-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_CONTENT, buildSite, copyContent, type BuildResult } from '../helpers/build-site.ts';
import { all, attr, one, readPage, text } from '../helpers/html.ts';
import { pngSize } from '../helpers/png.ts';
import { typographText } from '../../src/format/typography.ts';
import { SITE } from '../../src/site.ts';
import { validateXml } from '../helpers/xml.ts';

/**
 * The feeds of a build of the base fixture content, plus an older article in a second topic and
 * a topic without articles. sample-news has two updates (the second a correction), a fact box,
 * a timeline and a chart; sample-draft is a draft.
 */

const OLDER_ARTICLE = `---
title: Старое объяснение для проверки лент
dek: Объяснение, опубликованное раньше новости.
kind: explainer
published: 2025-03-12T10:00:00+03:00
keyPoints:
  - Один.
  - Два.
  - Три.
topics: [sample-other]
---

::map{#sample-route}

Подробнее — в [новости](../sample-news/) и в [глоссарии](/glossary/#union-state).

Написать редакции: [почта](mailto:editor@razbor.example).
`;

const SITE_URL = `${SITE.url}/`;
const NEWS_URL = `${SITE.url}/articles/sample-news/`;
/**
 * sample-news's headline and dek with Russian typography, as the feeds' plain-text fields carry
 * them: with ordinary spaces for the non-breaking ones (src/feeds/feed-item.ts, plainText).
 */
const plain = (text: string) => typographText(text).replaceAll('\u00A0', ' ');
const NEWS_TITLE = plain('Тестовая новость о переговорах');
const NEWS_DEK = plain('Короткое описание тестовой новости для проверки сборки.');
const SITE_DESCRIPTION = SITE.description.replaceAll('\u00A0', ' ');
const OLDER_URL = `${SITE.url}/articles/sample-older/`;

/** `Fri, 14 Mar 2025 06:30:00 GMT`: RFC 822 with a four-digit year, as RSS 2.0 asks. */
const RFC_822 =
	/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** The newest change in the content: sample-news's correction, 2025-03-14T09:30+03:00. */
const NEWEST_CHANGE = new Date('2025-03-14T06:30:00Z');

/** Top-level keys JSON Feed 1.1 defines; extensions would start with `_`. */
const JSON_FEED_KEYS = [
	'version',
	'title',
	'home_page_url',
	'feed_url',
	'description',
	'user_comment',
	'next_url',
	'icon',
	'favicon',
	'authors',
	'language',
	'expired',
	'hubs',
	'items',
];

/** Item keys JSON Feed 1.1 defines. */
const JSON_FEED_ITEM_KEYS = [
	'id',
	'url',
	'external_url',
	'title',
	'content_html',
	'content_text',
	'summary',
	'image',
	'banner_image',
	'date_published',
	'date_modified',
	'authors',
	'tags',
	'language',
	'attachments',
];

/** RFC 3339 date-time in Moscow time. */
const MOSCOW_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/;

interface JsonFeedItem {
	id: string;
	url: string;
	title: string;
	summary: string;
	content_html: string;
	date_published: string;
	date_modified: string;
	authors: { name: string }[];
	tags: string[];
	image: string;
}

interface JsonFeed {
	version: string;
	title: string;
	home_page_url: string;
	feed_url: string;
	description: string;
	language: string;
	authors: { name: string; url?: string }[];
	items: JsonFeedItem[];
}

interface RawRssItem {
	link: string[];
	guid: { '#text': string; '@_isPermaLink': string };
	pubDate: string;
	'content:encoded': string;
}

interface RawRss {
	'?xml-stylesheet'?: Record<string, string>;
	rss: {
		channel: {
			lastBuildDate: string;
			language: string;
			'atom:link': { '@_href': string; '@_rel': string }[];
			item?: RawRssItem[];
		};
	};
}

interface RawAtom {
	'?xml-stylesheet'?: Record<string, string>;
	feed: {
		id: string;
		updated: string;
		link: { '@_href': string; '@_rel'?: string }[];
		entry?: { id: string; updated: string; published: string; content: { '#text': string } }[];
	};
}

/** The raw XML tree, for what a feed parser smooths over: attributes and instructions. */
function parseXml(xml: string): unknown {
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		parseTagValue: false,
		parseAttributeValue: false,
		isArray: (name) => ['item', 'entry', 'category', 'link', 'author', 'atom:link'].includes(name),
	});
	return parser.parse(xml);
}

function parseRss(xml: string): RawRss {
	return parseXml(xml) as RawRss;
}

function parseAtom(xml: string): RawAtom {
	return parseXml(xml) as RawAtom;
}

function fragment(html: string): Root {
	return fromHtml(html, { fragment: true });
}

/** Every URL an element of the tree points at: `href`, `src`, `xlink:href`, `srcset` candidates… */
function urlsIn(tree: Root): string[] {
	return all(tree, '*').flatMap((element: Element) => {
		const single = ['href', 'src', 'xLinkHref', 'poster', 'cite', 'action']
			.map((name) => element.properties[name])
			.filter((value): value is string => typeof value === 'string');
		const srcset = element.properties['srcSet'];
		const candidates =
			typeof srcset === 'string'
				? srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!)
				: [];
		return [...single, ...candidates];
	});
}

describe('feeds in a build of the base fixture content', () => {
	let result: BuildResult;
	const files = new Map<string, string>();

	async function read(path: string): Promise<string> {
		const cached = files.get(path);
		if (cached !== undefined) return cached;
		const content = await readFile(join(result.outDir, path), 'utf8');
		files.set(path, content);
		return content;
	}

	async function json(path: string): Promise<JsonFeed> {
		return JSON.parse(await read(path)) as JsonFeed;
	}

	beforeAll(async () => {
		const contentDir = await copyContent(BASE_CONTENT);
		await writeFile(join(contentDir, 'articles/sample-older.md'), OLDER_ARTICLE);
		await writeFile(
			join(contentDir, 'topics/sample-other.yaml'),
			'title: Другая тема\ndescription: Тема старого объяснения.\n',
		);
		await writeFile(
			join(contentDir, 'topics/sample-empty.yaml'),
			'title: Пустая тема\ndescription: Тема, в которой ещё нет материалов.\n',
		);
		// A time zone far from Moscow: feed dates must not move with the machine.
		result = await buildSite({ contentDir, env: { TZ: 'Pacific/Kiritimati' } });
	});

	it('builds', () => {
		expect(result.output).toContain('Complete!');
		expect(result.exitCode).toBe(0);
	});

	describe('the site RSS feed', () => {
		it('is well-formed XML', async () => {
			const xml = await read('rss.xml');

			expect(validateXml(xml)).toBe(true);
			expect(parseRss(xml)['?xml-stylesheet']).toBeUndefined();
		});

		it('describes the site in Russian and links to itself', async () => {
			const feed = parseFeed(await read('rss.xml'));

			expect(feed.meta).toEqual({ type: 'rss', version: '2.0' });
			expect(feed.title).toBe(SITE.title);
			expect(feed.description).toBe(SITE_DESCRIPTION);
			expect(feed.language).toBe('ru');
			expect(feed.url).toBe(SITE_URL);
			expect(feed.self).toBe(`${SITE.url}/rss.xml`);
		});

		it('dates the channel by the newest change in the content, not by the build', async () => {
			const raw = parseRss(await read('rss.xml'));

			expect(raw.rss.channel.lastBuildDate).toMatch(RFC_822);
			expect(new Date(raw.rss.channel.lastBuildDate)).toEqual(NEWEST_CHANGE);
		});

		it('lists published articles newest first and never the draft', async () => {
			const xml = await read('rss.xml');

			expect(parseFeed(xml).items.map((item) => item.url)).toEqual([NEWS_URL, OLDER_URL]);
			for (const path of ['rss.xml', 'atom.xml', 'feed.json']) {
				const feed = await read(path);
				expect(feed, path).not.toContain('sample-draft');
				expect(feed, path).not.toContain('Черновик');
			}
		});

		it('gives each item its permalink as guid and pubDate as the first publication', async () => {
			const [news] = parseRss(await read('rss.xml')).rss.channel.item!;

			expect(news!.guid).toEqual({ '#text': NEWS_URL, '@_isPermaLink': 'true' });
			expect(news!.link).toEqual([NEWS_URL]);
			expect(news!.pubDate).toMatch(RFC_822);
			expect(new Date(news!.pubDate)).toEqual(new Date('2025-03-13T12:00:00+03:00'));
		});

		it('gives the dek as description and the topics as categories', async () => {
			const [news, older] = parseFeed(await read('rss.xml')).items;

			expect(news!.title).toBe(NEWS_TITLE);
			expect(news!.description).toBe(NEWS_DEK);
			expect(news!.categories.map((category) => category.term)).toEqual(['Союзное государство']);
			expect(older!.categories.map((category) => category.term)).toEqual(['Другая тема']);
			expect(news!.authors.map((author) => author.name)).toEqual(['Редакция «Разбора»']);
		});
	});

	describe('the full text of an item', () => {
		let content: Root;
		let page: Root;

		beforeAll(async () => {
			const [news] = parseRss(await read('rss.xml')).rss.channel.item!;
			content = fragment(news!['content:encoded']);
			page = await readPage(result.outDir, 'articles/sample-news/index.html');
		});

		it('opens with «Главное» and closes the article with its sources, as the page does', () => {
			expect(all(content, '.key-points li').map(text)).toEqual(
				all(page, '.key-points li').map(text),
			);
			expect(all(content, '.article__sources li').map(text)).toEqual(
				all(page, '.article__sources li').map(text),
			);
			expect(all(content, '.share, nav, header, footer')).toEqual([]);
		});

		it('keeps headings without the layout wrapper of their «#» link', () => {
			expect(all(content, '.heading')).toEqual([]);
			expect(all(content, 'h2#tsifry')).toHaveLength(1);
		});

		it('has the fact box of the page', () => {
			const box = one(content, 'aside.fact-box#fact-trade');

			expect(text(one(box, '#fact-trade-title'))).toBe('Торговля');
			expect(all(box, 'dt').map(text)).toEqual(all(page, 'aside.fact-box#fact-trade dt').map(text));
		});

		it('has the timeline of the page, event by event, without the «#» permalinks', () => {
			const events = all(content, 'section.timeline li.timeline__event');

			expect(events.map((event) => attr(event, 'id'))).toEqual(
				all(page, 'section.timeline li.timeline__event').map((event) => attr(event, 'id')),
			);
			// text() collapses white space, the no-break spaces of the typography included.
			expect(events.map((event) => text(one(event, '.timeline__event-title')))).toEqual([
				'Подписан договор',
				'Вылет из Минска',
				'Посадка во Внукове',
				'Два дня событий',
			]);
			expect(all(page, 'section.timeline a.anchor').length).toBeGreaterThan(0);
			expect(all(content, 'a.anchor')).toEqual([]);
		});

		it('has the chart of the page as a drawn PNG and its table, with no inline SVG', () => {
			const chart = one(content, 'figure.chart#chart-sample-trade');
			const image = one(chart, 'img');

			expect(all(content, 'svg')).toEqual([]);
			expect(attr(image, 'src')).toBe(`${SITE.url}/og/charts/sample-trade.png`);
			expect(attr(image, 'alt')).toBe(text(one(chart, 'figcaption')));
			const png = join(result.outDir, 'og/charts/sample-trade.png');
			expect(existsSync(png)).toBe(true);
			expect(all(chart, 'table tbody tr')).toHaveLength(
				all(page, 'figure.chart#chart-sample-trade table tbody tr').length,
			);
			expect(all(chart, 'table tbody td').map(text)).toEqual(
				all(page, 'figure.chart#chart-sample-trade table tbody td').map(text),
			);
		});

		it('reads in a terminal with the chart table’s cells apart, a row to a line', async () => {
			const [news] = parseRss(await read('rss.xml')).rss.channel.item!;
			const lines = convert(news!['content:encoded'], {
				wordwrap: false,
				selectors: [{ selector: 'table', format: 'dataTable' }],
			})
				.split('\n')
				// The converter sets header cells, the row's label among them, in capitals.
				.map((line) => line.trim().toLowerCase());

			// Label, value and source in columns, never «статистика50».
			expect(lines.find((line) => line.startsWith('первая статистика'))).toMatch(
				/^первая статистика +50 +\S/,
			);
			expect(lines.find((line) => line.startsWith('вторая статистика'))).toMatch(
				/^вторая статистика +51,8 +\S/,
			);
			expect(lines.join(' ')).not.toMatch(/статистика\d/);
		});

		it('opens with «Обновлено» and the time of the last change', () => {
			const first = content.children.find((node) => node.type === 'element')!;

			expect(text(first)).toBe('Обновлено 14 марта 2025, 09:30 МСК');
		});

		it('carries nothing that only works on the page', () => {
			expect(all(content, 'script, style, noscript, button, a.anchor')).toEqual([]);
			const attributes = all(content, '*').flatMap((element) => Object.keys(element.properties));
			expect(attributes.filter((name) => name.startsWith('dataAstro'))).toEqual([]);
		});

		it('ends with «Что изменилось»: both updates, the correction marked', () => {
			const section = content.children.filter((node) => node.type === 'element').at(-1)!;
			const notes = all(content, 'section.article__updates');

			expect(notes).toEqual([section]);
			expect(text(one(section, 'h2'))).toBe('Что изменилось');
			const [update, correction] = all(section, 'li');
			expect(text(update!)).toBe('13 марта 2025, 19:02 МСК — Добавлены итоги пресс-конференции.');
			expect(all(update!, 'strong')).toEqual([]);
			expect(text(correction!)).toBe(
				'14 марта 2025, 09:30 МСК — исправление: Исправлена дата в третьем абзаце.',
			);
			expect(text(one(correction!, 'strong'))).toBe('исправление:');
		});

		it('leaves no relative URL in any item of any feed', async () => {
			const htmls = [
				...parseRss(await read('rss.xml')).rss.channel.item!.map((item) => item['content:encoded']),
				...parseAtom(await read('atom.xml')).feed.entry!.map((entry) => entry.content['#text']),
				...(await json('feed.json')).items.map((item) => item.content_html),
			];

			const urls = htmls.flatMap((html) => urlsIn(fragment(html)));

			expect(urls.length).toBeGreaterThan(10);
			expect(urls.filter((url) => !/^(https?:\/\/|mailto:)/.test(url))).toEqual([]);
		});

		it('resolves relative links of the Markdown against the article and keeps mailto:', async () => {
			const [, older] = parseRss(await read('rss.xml')).rss.channel.item!;

			const hrefs = all(fragment(older!['content:encoded']), 'a').map((link) => attr(link, 'href'));

			// After the links of the map's list of places, which are the sources' own addresses.
			expect(hrefs.slice(-3)).toEqual([
				NEWS_URL,
				`${SITE.url}/glossary/#union-state`,
				'mailto:editor@razbor.example',
			]);
		});

		it('links only to pages and fragments the build has', async () => {
			const links = urlsIn(content).filter((url) => url.startsWith(SITE_URL));
			const pages = new Map<string, Root>();

			expect(links.some((url) => url.startsWith(`${NEWS_URL}#source-`))).toBe(true);
			for (const url of links) {
				const { pathname, hash } = new URL(url);
				const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
				expect(existsSync(join(result.outDir, path)), url).toBe(true);
				if (!hash) continue;
				const target = pages.get(path) ?? (await readPage(result.outDir, path));
				pages.set(path, target);
				const id = decodeURIComponent(hash.slice(1));
				expect(
					all(target, '[id]').filter((element) => attr(element, 'id') === id),
					url,
				).toHaveLength(1);
			}
		});
	});

	describe('a map in an item', () => {
		let content: Root;
		let html: string;

		beforeAll(async () => {
			const older = parseRss(await read('rss.xml')).rss.channel.item!.find(
				(item) => item.link[0] === OLDER_URL,
			);
			html = older!['content:encoded'];
			content = fragment(html);
		});

		it('is its drawn PNG, described by what it shows, with no inline SVG', () => {
			const map = one(content, 'figure.map#map-sample-route');
			const image = one(map, 'img');

			expect(all(content, 'svg')).toEqual([]);
			expect(attr(image, 'src')).toBe(`${SITE.url}/og/maps/sample-route.png`);
			expect(attr(image, 'alt')).toBe(typographText('Линия ведёт из Минска в Москву.'));
			const png = readFileSync(join(result.outDir, 'og/maps/sample-route.png'));
			expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		});

		it('lists its places as text a terminal reader shows a line each', () => {
			const lines = convert(html, { wordwrap: false })
				.split('\n')
				.map((line) => line.trim());

			expect(lines).toContain('1. Минск');
			expect(lines).toContain('2. Москва');
			expect(lines.find((line) => line.startsWith('* 13 марта 2025'))).toMatch(
				/^\* 13 марта 2025\. \S.*\(.+\)$/,
			);
			// Nothing of the drawing is left: its labels would read «МинскМосква».
			expect(lines.join(' ')).not.toMatch(/МинскМосква|Минск Минск/);
		});
	});

	describe('the site Atom feed', () => {
		it('is well-formed XML with its id and its links', async () => {
			const xml = await read('atom.xml');
			const raw = parseAtom(xml);

			expect(validateXml(xml)).toBe(true);
			expect(raw['?xml-stylesheet']).toBeUndefined();
			expect(raw.feed.id).toBe(SITE_URL);
			expect(raw.feed.link).toEqual([
				{ '@_rel': 'alternate', '@_href': SITE_URL },
				{ '@_rel': 'self', '@_href': `${SITE.url}/atom.xml` },
			]);
			expect(new Date(raw.feed.updated)).toEqual(NEWEST_CHANGE);
		});

		it('dates an updated entry by its last change and its publication', async () => {
			const feed = parseFeed(await read('atom.xml'));
			const [news, older] = feed.items;

			expect(feed.title).toBe(SITE.title);
			expect(news!.id).toBe(NEWS_URL);
			expect(news!.url).toBe(NEWS_URL);
			expect(news!.updated).toEqual(NEWEST_CHANGE);
			expect(news!.published).toEqual(new Date('2025-03-13T12:00:00+03:00'));
			expect(older!.updated).toEqual(new Date('2025-03-12T10:00:00+03:00'));
		});

		it('gives the dek as summary, the byline as author and the topics as categories', async () => {
			const [news] = parseFeed(await read('atom.xml')).items;

			expect(news!.description).toBe(NEWS_DEK);
			expect(news!.authors.map((author) => author.name)).toEqual(['Редакция «Разбора»']);
			expect(news!.categories.map((category) => category.term)).toEqual(['Союзное государство']);
		});
	});

	describe('the site JSON feed', () => {
		it('follows JSON Feed 1.1 at the top level', async () => {
			const feed = await json('feed.json');

			expect(Object.keys(feed).filter((key) => !JSON_FEED_KEYS.includes(key))).toEqual([]);
			expect(feed).toMatchObject({
				version: 'https://jsonfeed.org/version/1.1',
				title: SITE.title,
				description: SITE_DESCRIPTION,
				home_page_url: SITE_URL,
				feed_url: `${SITE.url}/feed.json`,
				language: 'ru',
				authors: [{ name: 'Редакция «Разбора»' }],
			});
		});

		it('follows JSON Feed 1.1 in every item, dated in Moscow time', async () => {
			const { items } = await json('feed.json');

			expect(items.map((item) => item.id)).toEqual([NEWS_URL, OLDER_URL]);
			for (const item of items) {
				expect(Object.keys(item).filter((key) => !JSON_FEED_ITEM_KEYS.includes(key))).toEqual([]);
				expect(typeof item.id).toBe('string');
				expect(item.content_html).not.toBe('');
				expect(item.date_published).toMatch(MOSCOW_DATE_TIME);
				expect(item.date_modified).toMatch(MOSCOW_DATE_TIME);
			}
			expect(items[0]).toMatchObject({
				url: NEWS_URL,
				title: NEWS_TITLE,
				summary: NEWS_DEK,
				date_published: '2025-03-13T12:00:00+03:00',
				date_modified: '2025-03-14T09:30:00+03:00',
				authors: [{ name: 'Редакция «Разбора»' }],
				tags: ['Союзное государство'],
				image: `${SITE.url}/og/articles/sample-news.png`,
			});
		});
	});

	it('gives the same items and the same full text in RSS, Atom and JSON', async () => {
		const rss = parseRss(await read('rss.xml')).rss.channel.item!;
		const atom = parseAtom(await read('atom.xml')).feed.entry!;
		const { items } = await json('feed.json');

		expect(atom.map((entry) => entry.id)).toEqual(rss.map((item) => item.guid['#text']));
		expect(items.map((item) => item.id)).toEqual(rss.map((item) => item.guid['#text']));
		expect(atom.map((entry) => entry.content['#text'])).toEqual(
			rss.map((item) => item['content:encoded']),
		);
		expect(items.map((item) => item.content_html.trim())).toEqual(
			rss.map((item) => item['content:encoded']),
		);
	});

	describe('topic feeds', () => {
		it('carry only the topic’s articles, titled «<topic> — Разбор»', async () => {
			const rss = parseFeed(await read('topics/union-state/rss.xml'));
			const atom = parseFeed(await read('topics/union-state/atom.xml'));
			const feed = await json('topics/union-state/feed.json');

			expect(rss.title).toBe(`Союзное государство — ${SITE.title}`);
			expect(rss.url).toBe(`${SITE.url}/topics/union-state/`);
			expect(rss.self).toBe(`${SITE.url}/topics/union-state/rss.xml`);
			expect(atom.self).toBe(`${SITE.url}/topics/union-state/atom.xml`);
			expect(feed.feed_url).toBe(`${SITE.url}/topics/union-state/feed.json`);
			expect(rss.items.map((item) => item.url)).toEqual([NEWS_URL]);
			expect(atom.items.map((item) => item.id)).toEqual([NEWS_URL]);
			expect(feed.items.map((item) => item.id)).toEqual([NEWS_URL]);
			expect(
				parseFeed(await read('topics/sample-other/rss.xml')).items.map((item) => item.url),
			).toEqual([OLDER_URL]);
		});

		it('are valid and empty for a topic without articles, dated by the site’s newest change', async () => {
			const rssXml = await read('topics/sample-empty/rss.xml');
			const atomXml = await read('topics/sample-empty/atom.xml');
			const feed = await json('topics/sample-empty/feed.json');

			expect(validateXml(rssXml)).toBe(true);
			expect(validateXml(atomXml)).toBe(true);
			const rss = parseFeed(rssXml);
			expect(rss.title).toBe(`Пустая тема — ${SITE.title}`);
			expect(rss.items).toEqual([]);
			expect(rss.updated ?? rss.published).toEqual(NEWEST_CHANGE);
			expect(parseFeed(atomXml).items).toEqual([]);
			expect(new Date(parseAtom(atomXml).feed.updated)).toEqual(NEWEST_CHANGE);
			expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
			expect(feed.items).toEqual([]);
		});
	});

	describe('every feed, in every format', () => {
		const XML_FEEDS = [
			'rss.xml',
			'atom.xml',
			'topics/union-state/rss.xml',
			'topics/union-state/atom.xml',
		];
		const JSON_FEEDS = ['feed.json', 'topics/union-state/feed.json'];

		/** The file of the site an absolute URL on it names. */
		function siteFile(url: string): string {
			expect(url.startsWith(`${SITE.url}/`), url).toBe(true);
			return join(result.outDir, new URL(url).pathname);
		}

		it('carries no inline SVG, no script and no relative URL', async () => {
			for (const feed of [...XML_FEEDS, ...JSON_FEEDS]) {
				const body = await read(feed);

				expect(body, feed).not.toMatch(/<svg/i);
				expect(body, feed).not.toMatch(/<script/i);
			}
			const items = (await json('feed.json')).items;
			for (const item of items)
				for (const url of urlsIn(fragment(item.content_html)))
					expect(url, item.id).toMatch(/^(?:https?:|mailto:)/);
		});

		it('dates each Atom entry with exactly one updated', async () => {
			for (const feed of XML_FEEDS.filter((name) => name.endsWith('atom.xml'))) {
				const entries = (await read(feed)).match(/<entry>[\s\S]*?<\/entry>/g) ?? [];

				expect(entries.length, feed).toBeGreaterThan(0);
				for (const entry of entries) expect(entry.match(/<updated>/g), feed).toHaveLength(1);
			}
		});

		it("gives each item its article's share image, a PNG the site has", async () => {
			const rss = parseXml(await read('rss.xml')) as {
				rss: {
					channel: {
						item: {
							link: string[];
							enclosure?: unknown;
							'media:content': Record<string, string>;
						}[];
					};
				};
			};
			const atom = parseAtom(await read('atom.xml'));
			const jsonItems = (await json('feed.json')).items;

			for (const item of rss.rss.channel.item) {
				const media = item['media:content'];
				const image = media['@_url']!;
				// media:content with the drawn size, no enclosure with a false length (src/feeds/xml-feeds.ts).
				expect(item.enclosure).toBeUndefined();
				expect(media).toMatchObject({
					'@_type': 'image/png',
					'@_width': '1200',
					'@_height': '630',
				});
				expect(image).toBe(
					item.link[0]!.replace('/articles/', '/og/articles/').replace(/\/$/, '.png'),
				);
				expect(existsSync(siteFile(image)), image).toBe(true);
				expect(pngSize(readFileSync(siteFile(image)))).toEqual({ width: 1200, height: 630 });
			}
			for (const entry of atom.feed.entry ?? [])
				expect(
					(entry as unknown as { link: { '@_rel'?: string; '@_href': string }[] }).link.some(
						(link) => link['@_rel'] === 'enclosure' && link['@_href'].endsWith('.png'),
					),
				).toBe(true);
			for (const item of jsonItems) expect(existsSync(siteFile(item.image)), item.id).toBe(true);
		});

		it('shows the site icon and logo: RSS image, Atom icon and logo, JSON icon and favicon', async () => {
			const rss = parseXml(await read('rss.xml')) as {
				rss: { channel: { image: { url: string } } };
			};
			const atom = parseXml(await read('atom.xml')) as { feed: { icon: string; logo: string } };
			const feed = (await json('feed.json')) as JsonFeed & { icon?: string; favicon?: string };

			for (const url of [
				rss.rss.channel.image.url,
				atom.feed.icon,
				atom.feed.logo,
				feed.icon!,
				feed.favicon!,
			])
				expect(existsSync(siteFile(url)), url).toBe(true);
		});

		it('says the same plain text in RSS, Atom and JSON Feed: titles, summaries, topics', async () => {
			const rss = parseFeed(await read('rss.xml'));
			const atom = parseFeed(await read('atom.xml'));
			const jsonItems = (await json('feed.json')).items;

			const fromJson = jsonItems.map((item) => [item.title, item.tags]);
			expect(rss.items.map((item) => [item.title, item.categories.map((c) => c.term)])).toEqual(
				fromJson,
			);
			expect(atom.items.map((item) => [item.title, item.categories.map((c) => c.term)])).toEqual(
				fromJson,
			);
			expect(JSON.stringify(fromJson)).not.toContain('\u00A0');
			expect(jsonItems.map((item) => item.summary).join()).not.toContain('\u00A0');
		});
	});

	describe('feeds for readers, the subscribe page for people', () => {
		const FEEDS = [
			'rss.xml',
			'atom.xml',
			'feed.json',
			'topics/union-state/rss.xml',
			'topics/union-state/atom.xml',
			'topics/union-state/feed.json',
		];

		it('serves every feed as plain XML or JSON: no stylesheet, and no feed.xsl in the site', async () => {
			for (const feed of FEEDS) expect(await read(feed), feed).not.toContain('xml-stylesheet');
			expect(existsSync(join(result.outDir, 'feed.xsl'))).toBe(false);
		});

		it('lists every feed of the site and of each topic on /subscribe/, as text to copy', async () => {
			const page = await readPage(result.outDir, 'subscribe/index.html');
			const addresses = all(page, '.feeds__url').map(text);

			expect(addresses.slice(0, 3)).toEqual([
				`${SITE.url}/rss.xml`,
				`${SITE.url}/atom.xml`,
				`${SITE.url}/feed.json`,
			]);
			expect(addresses).toEqual(
				expect.arrayContaining([
					`${SITE.url}/topics/union-state/rss.xml`,
					`${SITE.url}/topics/sample-empty/feed.json`,
				]),
			);
			for (const address of addresses)
				expect(existsSync(join(result.outDir, new URL(address).pathname)), address).toBe(true);
			// Each address is a block the share script's copy button works on, hidden without JS.
			for (const block of all(page, '[data-share]')) {
				expect(attr(block, 'dataShareUrl')).toBe(text(one(block, '.feeds__url')));
				expect(attr(one(block, '[data-share-copy]'), 'hidden')).toBe('true');
			}
			expect(text(one(page, 'h1')).replace(/\s+/g, ' ')).toBe('Подписка на ленты');
		});

		it('links to /subscribe/ from every page, a topic page to its own feeds', async () => {
			for (const file of ['index.html', 'articles/sample-news/index.html', 'search/index.html']) {
				const page = await readPage(result.outDir, file);
				const hrefs = all(page, 'footer a').map((link) => attr(link, 'href'));

				expect(hrefs, file).toContain('/subscribe/');
			}
			const article = await readPage(result.outDir, 'articles/sample-news/index.html');
			expect(all(article, 'article a').map((link) => attr(link, 'href'))).toContain('/subscribe/');
			const topic = await readPage(result.outDir, 'topics/union-state/index.html');
			const subscribe = all(topic, 'main a').find(
				(link) => attr(link, 'href') === '/subscribe/#topic-union-state',
			);
			expect(subscribe).toBeDefined();
			const target = await readPage(result.outDir, 'subscribe/index.html');
			expect(all(target, '#topic-union-state')).toHaveLength(1);
		});
	});
});
