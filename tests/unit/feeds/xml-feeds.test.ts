import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import type { FeedChannel } from '../../../src/feeds/feed-channel.ts';
import type { FeedItem } from '../../../src/feeds/feed-item.ts';
import {
	buildAtom,
	buildRss,
	cdataSafe,
	ITEM_IMAGE,
	MEDIA_RSS_NAMESPACE,
} from '../../../src/feeds/xml-feeds.ts';
import { SHARE_IMAGE } from '../../../src/og/share-image.ts';
import { SITE } from '../../../src/site.ts';
import { validateXml } from '../../helpers/xml.ts';

const CHANNEL: FeedChannel = {
	title: 'Союзное государство — Разбор',
	description: 'Как устроен союз России и Белоруссии.',
	language: 'ru',
	homeUrl: 'https://razbor.example/topics/union-state/',
	feedUrls: {
		rss: 'https://razbor.example/topics/union-state/rss.xml',
		atom: 'https://razbor.example/topics/union-state/atom.xml',
		json: 'https://razbor.example/topics/union-state/feed.json',
	},
	// Long before any test runs: a feed dated by the clock would show today instead.
	updated: new Date('2025-03-14T06:30:00Z'),
	author: 'Редакция «Разбора»',
	icon: 'https://razbor.example/icon-192.png',
	logo: 'https://razbor.example/icon-512.png',
};

const NEWS: FeedItem = {
	url: 'https://razbor.example/articles/kremlin-talks/',
	title: 'Итоги & «нюансы» <переговоров>',
	summary: 'Что подписали в Кремле & что осталось.',
	contentHtml:
		'<p>Текст <a href="https://razbor.example/articles/kremlin-talks/#source-1">[1]</a>.</p>' +
		'<p>Код a]]>b и снова ]]> конец.</p>' +
		'<section><h2>Что изменилось</h2><ol>' +
		'<li>14 марта 2025, 09:30 МСК — <strong>исправление:</strong> дата.</li></ol></section>',
	published: new Date('2025-03-13T09:00:00Z'),
	modified: new Date('2025-03-14T06:30:00Z'),
	author: 'Иван Петров',
	topics: ['Союзное государство', 'Торговля'],
	image: 'https://razbor.example/og/articles/kremlin-talks.png',
};

const EXPLAINER: FeedItem = {
	url: 'https://razbor.example/articles/why-it-matters/',
	title: 'Почему визит важен',
	summary: 'Объяснение.',
	contentHtml: '<p>Объяснение.</p>',
	published: new Date('2025-03-12T12:00:00Z'),
	modified: new Date('2025-03-12T12:00:00Z'),
	author: 'Редакция «Разбора»',
	topics: [],
	image: 'https://razbor.example/og/articles/why-it-matters.png',
};

const ITEMS = [NEWS, EXPLAINER];

/** The raw XML tree, for what a feed parser smooths over: attributes and instructions. */
function parseXml(xml: string): Record<string, unknown> {
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		parseTagValue: false,
		parseAttributeValue: false,
		isArray: (name) => ['item', 'entry', 'category', 'link', 'author'].includes(name),
	});
	return parser.parse(xml) as Record<string, unknown>;
}

interface RawRssItem {
	guid: { '#text': string; '@_isPermaLink': string };
	enclosure?: unknown;
	'media:content': Record<string, string>;
	pubDate: string;
	category?: (string | { '#text': string })[];
	'dc:creator': string;
}

interface RawAtomLink {
	'@_rel'?: string;
	'@_href': string;
	'@_type'?: string;
}

interface RawAtomEntry {
	id: string;
	link: RawAtomLink[];
	updated: string;
	published: string;
	content: { '@_type': string; '#text': string };
	summary: { '@_type': string; '#text': string };
	category?: { '@_term': string; '@_label': string }[];
	author: { name: string }[];
}

/** Text of an HTML string, as a reader shows an HTML title. */
function htmlText(html: string): string {
	return toText(fromHtml(html, { fragment: true }));
}

/** `Thu, 13 Mar 2025 09:00:00 GMT`: RFC 822 (with a four-digit year, as RSS 2.0 asks). */
const RFC_822 =
	/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('ITEM_IMAGE', () => {
	test('is the share image as the renderer draws it', () => {
		expect(ITEM_IMAGE).toEqual(SHARE_IMAGE);
	});
});

describe('cdataSafe', () => {
	test('replaces every «]]>», so none can end a CDATA section', () => {
		expect(cdataSafe('a]]>b]]>c')).toBe('a]]&gt;b]]&gt;c');
	});
});

describe('buildRss', () => {
	const xml = buildRss(CHANNEL, ITEMS);
	const feed = parseFeed(xml);
	const raw = parseXml(xml);
	const rawItems = (raw['rss'] as { channel: { item: RawRssItem[] } }).channel.item;

	test('is well-formed XML', () => {
		expect(validateXml(xml)).toBe(true);
	});

	test('is plain XML for feed readers, with no stylesheet for browsers', () => {
		expect(raw['?xml-stylesheet']).toBeUndefined();
		expect(xml).not.toContain('xml-stylesheet');
	});

	test('describes the channel: title, description, link, language ru and the self link', () => {
		expect(feed.meta).toEqual({ type: 'rss', version: '2.0' });
		expect(feed.title).toBe(CHANNEL.title);
		expect(feed.description).toBe(CHANNEL.description);
		expect(feed.url).toBe(CHANNEL.homeUrl);
		expect(feed.language).toBe('ru');
		expect(feed.self).toBe(CHANNEL.feedUrls.rss);
	});

	test('dates the channel by its content, not by the clock', () => {
		expect(xml).toContain('<lastBuildDate>Fri, 14 Mar 2025 06:30:00 GMT</lastBuildDate>');
	});

	test('keeps the items in the order given', () => {
		expect(feed.items.map((item) => item.url)).toEqual([NEWS.url, EXPLAINER.url]);
	});

	test("carries each item's share image as media:content, and the site logo as the channel image", () => {
		expect(rawItems[0]!['media:content']).toEqual({
			'@_xmlns:media': MEDIA_RSS_NAMESPACE,
			'@_url': NEWS.image,
			'@_medium': 'image',
			'@_type': 'image/png',
			'@_width': '1200',
			'@_height': '630',
		});
		// What a reader makes of it: the item's picture.
		expect(feed.items[0]!.image?.url).toBe(NEWS.image);
		expect(feed.items[0]!.media).toEqual([
			expect.objectContaining({ url: NEWS.image, mimeType: 'image/png', type: 'image' }),
		]);
		const channel = (raw['rss'] as { channel: { image: { url: string; link: string[] } } }).channel;
		expect(channel.image).toMatchObject({ url: CHANNEL.logo, link: [CHANNEL.homeUrl] });
	});

	test('writes no enclosure, whose length in bytes RSS 2.0 requires and the feed cannot know', () => {
		expect(rawItems.map((item) => item.enclosure)).toEqual([undefined, undefined]);
		expect(xml).not.toContain('<enclosure');
	});

	test('uses the permalink as the guid, marked isPermaLink', () => {
		expect(rawItems[0]!.guid).toEqual({ '#text': NEWS.url, '@_isPermaLink': 'true' });
		expect(feed.items[0]!.id).toBe(NEWS.url);
	});

	test('gives pubDate in RFC 822 as the first publication, not the last change', () => {
		expect(rawItems[0]!.pubDate).toMatch(RFC_822);
		expect(new Date(rawItems[0]!.pubDate)).toEqual(NEWS.published);
	});

	test('escapes title and description as HTML, so & and < read as written', () => {
		expect(htmlText(feed.items[0]!.title!)).toBe(NEWS.title);
		expect(htmlText(feed.items[0]!.description!)).toBe(NEWS.summary);
	});

	test('carries the full text in content:encoded, with «]]>» made harmless', () => {
		const content = feed.items[0]!.content!;

		expect(content).toContain('<strong>исправление:</strong>');
		expect(xml).toContain('a]]&gt;b и снова ]]&gt; конец');
		expect(htmlText(content)).toContain('a]]>b и снова ]]> конец');
	});

	test('gives one category per topic, named by its title', () => {
		expect(feed.items[0]!.categories.map((category) => category.term)).toEqual(NEWS.topics);
		expect(feed.items[1]!.categories).toEqual([]);
	});

	test('credits the byline in dc:creator, not in the e-mail-only author element', () => {
		expect(rawItems[0]!['dc:creator']).toBe('Иван Петров');
		expect(xml).not.toContain('<author>');
	});

	test('writes a valid empty channel for a topic without articles', () => {
		const empty = buildRss(CHANNEL, []);

		expect(validateXml(empty)).toBe(true);
		const parsed = parseFeed(empty);
		expect(parsed.items).toEqual([]);
		expect(parsed.title).toBe(CHANNEL.title);
		expect(empty).toContain('<lastBuildDate>Fri, 14 Mar 2025 06:30:00 GMT</lastBuildDate>');
	});
});

describe('buildAtom', () => {
	const xml = buildAtom(CHANNEL, ITEMS);
	const feed = parseFeed(xml);
	const raw = parseXml(xml);
	const root = raw['feed'] as {
		id: string;
		updated: string;
		link: RawAtomLink[];
		author: { name: string }[];
		icon: string;
		logo: string;
		entry: RawAtomEntry[];
	};
	const entry = root.entry[0]!;

	test('is well-formed XML, with no stylesheet', () => {
		expect(validateXml(xml)).toBe(true);
		expect(xml).not.toContain('xml-stylesheet');
	});

	test('identifies the feed and links to itself and to its page', () => {
		expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
		expect(root.id).toBe(CHANNEL.homeUrl);
		expect(feed.title).toBe(CHANNEL.title);
		expect(feed.description).toBe(CHANNEL.description);
		expect(root.link).toEqual([
			{ '@_rel': 'alternate', '@_href': CHANNEL.homeUrl },
			{ '@_rel': 'self', '@_href': CHANNEL.feedUrls.atom },
		]);
		expect(root.author).toEqual([{ name: 'Редакция «Разбора»', uri: `${SITE.url}/` }]);
	});

	test('dates the feed by its content', () => {
		expect(new Date(root.updated)).toEqual(CHANNEL.updated);
	});

	test('gives each entry the permalink as id and alternate link', () => {
		expect(root.entry.map((item) => item.id)).toEqual([NEWS.url, EXPLAINER.url]);
		expect(entry.link[0]).toEqual({ '@_href': NEWS.url });
	});

	test('links each entry to its share image as an enclosure', () => {
		expect(entry.link[1]).toEqual({
			'@_rel': 'enclosure',
			'@_href': NEWS.image,
			'@_type': 'image/png',
		});
	});

	test('dates an entry with exactly one updated', () => {
		expect(
			xml.match(/<entry>[\s\S]*?<\/entry>/g)!.map((e) => e.match(/<updated>/g)?.length),
		).toEqual([1, 1]);
	});

	test('gives the feed its icon and logo', () => {
		expect(root.icon).toBe(CHANNEL.icon);
		expect(root.logo).toBe(CHANNEL.logo);
	});

	test('dates an entry: updated is the last change, published the first publication', () => {
		expect(new Date(entry.updated)).toEqual(NEWS.modified);
		expect(new Date(entry.published)).toEqual(NEWS.published);
		expect(feed.items[0]!.updated).toEqual(NEWS.modified);
	});

	test('gives the dek as summary and the full text as HTML content', () => {
		expect(entry.summary['@_type']).toBe('html');
		expect(htmlText(entry.summary['#text'])).toBe(NEWS.summary);
		expect(entry.content['@_type']).toBe('html');
		expect(entry.content['#text']).toContain('<strong>исправление:</strong>');
		expect(htmlText(entry.content['#text'])).toContain('a]]>b и снова ]]> конец');
	});

	test('credits the byline and names the topics as categories', () => {
		expect(entry.author).toEqual([{ name: 'Иван Петров' }]);
		expect(entry.category).toEqual([
			{ '@_term': 'Союзное государство', '@_label': 'Союзное государство' },
			{ '@_term': 'Торговля', '@_label': 'Торговля' },
		]);
	});

	test('writes a valid empty feed for a topic without articles', () => {
		const empty = buildAtom(CHANNEL, []);

		expect(validateXml(empty)).toBe(true);
		expect(parseFeed(empty).items).toEqual([]);
		expect(empty).toContain('<updated>2025-03-14T06:30:00.000Z</updated>');
	});
});
