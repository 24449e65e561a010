import { describe, expect, test } from 'vitest';
import type { FeedChannel } from '../../../src/feeds/feed-channel.ts';
import type { FeedItem } from '../../../src/feeds/feed-item.ts';
import {
	buildJsonFeed,
	JSON_FEED_VERSION,
	serializeJsonFeed,
} from '../../../src/feeds/json-feed.ts';
import { SITE } from '../../../src/site.ts';

const CHANNEL: FeedChannel = {
	title: 'Разбор',
	description: 'Объясняем одно событие.',
	language: 'ru',
	homeUrl: 'https://razbor.example/',
	feedUrls: {
		rss: 'https://razbor.example/rss.xml',
		atom: 'https://razbor.example/atom.xml',
		json: 'https://razbor.example/feed.json',
	},
	updated: new Date('2025-03-14T06:30:00Z'),
	author: 'Редакция «Разбора»',
	icon: 'https://razbor.example/icon-192.png',
	logo: 'https://razbor.example/icon-512.png',
};

const NEWS: FeedItem = {
	url: 'https://razbor.example/articles/kremlin-talks/',
	title: 'Итоги переговоров',
	summary: 'Что подписали в Кремле.',
	contentHtml: '<p>Текст</p><script>alert("</script>")</script><p>a]]>b</p>',
	published: new Date('2025-03-13T09:00:00Z'),
	modified: new Date('2025-03-14T06:30:00Z'),
	author: 'Иван Петров',
	topics: ['Союзное государство', 'Торговля'],
	image: 'https://razbor.example/og/articles/kremlin-talks.png',
};

const OLDER: FeedItem = {
	...NEWS,
	url: 'https://razbor.example/articles/older/',
	title: 'Раньше',
	published: new Date('2025-03-12T09:00:00Z'),
	modified: new Date('2025-03-12T09:00:00Z'),
	topics: [],
};

/** `2025-03-13T12:00:00+03:00`: RFC 3339 with the Moscow offset. */
const MOSCOW_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/;

describe('buildJsonFeed', () => {
	const feed = buildJsonFeed(CHANNEL, [NEWS, OLDER]);

	test('declares JSON Feed 1.1 and the feed’s addresses, language and authors', () => {
		expect(JSON_FEED_VERSION).toBe('https://jsonfeed.org/version/1.1');
		expect(feed).toMatchObject({
			version: 'https://jsonfeed.org/version/1.1',
			title: 'Разбор',
			home_page_url: 'https://razbor.example/',
			feed_url: 'https://razbor.example/feed.json',
			description: 'Объясняем одно событие.',
			language: 'ru',
			authors: [{ name: 'Редакция «Разбора»', url: `${SITE.url}/` }],
		});
	});

	test('writes each item with the permalink as id and url, dek as summary and full text', () => {
		expect(feed.items[0]).toEqual({
			id: NEWS.url,
			url: NEWS.url,
			title: 'Итоги переговоров',
			summary: 'Что подписали в Кремле.',
			content_html: NEWS.contentHtml,
			date_published: '2025-03-13T12:00:00+03:00',
			date_modified: '2025-03-14T09:30:00+03:00',
			authors: [{ name: 'Иван Петров' }],
			tags: ['Союзное государство', 'Торговля'],
			image: 'https://razbor.example/og/articles/kremlin-talks.png',
		});
	});

	test('gives both dates in Moscow time with the +03:00 offset', () => {
		for (const item of feed.items) {
			expect(item.date_published).toMatch(MOSCOW_DATE_TIME);
			expect(item.date_modified).toMatch(MOSCOW_DATE_TIME);
		}
	});

	test('keeps the items in the order given and an article without topics untagged', () => {
		expect(feed.items.map((item) => item.url)).toEqual([NEWS.url, OLDER.url]);
		expect(feed.items[1]!.tags).toEqual([]);
	});

	test('is an empty list of items for a topic without articles', () => {
		expect(buildJsonFeed(CHANNEL, []).items).toEqual([]);
	});
});

describe('serializeJsonFeed', () => {
	test('round-trips through JSON.parse with the HTML intact', () => {
		const feed = buildJsonFeed(CHANNEL, [NEWS]);

		const text = serializeJsonFeed(feed);

		expect(JSON.parse(text)).toEqual(feed);
		expect(text.endsWith('}\n')).toBe(true);
	});
});
