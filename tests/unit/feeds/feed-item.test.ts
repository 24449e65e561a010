import { describe, expect, test } from 'vitest';
import {
	FEED_ITEM_LIMIT,
	newestForFeed,
	newestModification,
	siteFeedChannel,
	topicFeedChannel,
} from '../../../src/feeds/feed-channel.ts';
import { feedContentHtml } from '../../../src/feeds/feed-html.ts';
import { feedContentInput, toFeedItem, type FeedArticle } from '../../../src/feeds/feed-item.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { TopicSchema } from '../../../src/schemas/topic.ts';
import { SITE } from '../../../src/site.ts';

const TOPICS = new Map([
	['union-state', { title: 'Союзное государство' }],
	['trade', { title: 'Торговля' }],
]);

function article(data: Partial<FeedArticle['data']> = {}): FeedArticle {
	return {
		id: 'kremlin-talks',
		data: {
			// As the schema gives them: typeset where the content is parsed.
			title: ArticleSchema.shape.title.parse('Переговоры прошли в Кремле - и "нюансы" остались'),
			dek: ArticleSchema.shape.dek.parse('Что подписали в Москве...'),
			byline: 'Редакция «Разбора»',
			published: new Date('2025-03-13T09:00:00Z'),
			updated: undefined,
			updates: [],
			topics: ['trade', 'union-state'],
			...data,
		},
	};
}

describe('toFeedItem', () => {
	test('gives the permalink, the share image and the byline', () => {
		const item = toFeedItem(article(), '<p>Текст.</p>', TOPICS);

		expect(item.url).toBe(`${SITE.url}/articles/kremlin-talks/`);
		expect(item.image).toBe(`${SITE.url}/og/articles/kremlin-talks.png`);
		expect(item.author).toBe('Редакция «Разбора»');
	});

	test('sets title and dek with Russian typography, as plain text with ordinary spaces', () => {
		const item = toFeedItem(article(), '<p>Текст.</p>', TOPICS);

		// Dashes and quotes as the pages have them; no NBSP, which readers' parsers treat apart.
		expect(item.title).toBe('Переговоры прошли в Кремле — и «нюансы» остались');
		expect(item.summary).toBe('Что подписали в Москве…');
	});

	test('names the topics by title in the article’s order', () => {
		const item = toFeedItem(article(), '<p>Текст.</p>', TOPICS);

		expect(item.topics).toEqual(['Торговля', 'Союзное государство']);
	});

	test('dates an unchanged article by its publication', () => {
		const item = toFeedItem(article(), '<p>Текст.</p>', TOPICS);

		expect(item.published).toEqual(new Date('2025-03-13T09:00:00Z'));
		expect(item.modified).toEqual(new Date('2025-03-13T09:00:00Z'));
	});

	test('dates an updated article by its last change', () => {
		const at = new Date('2025-03-14T06:30:00Z');
		const item = toFeedItem(
			article({ updates: [{ at, note: 'Исправлена дата.', correction: true }] }),
			'<p>Текст.</p>',
			TOPICS,
		);

		expect(item.modified).toEqual(at);
	});

	test('carries the full text it is given', () => {
		expect(toFeedItem(article(), '<p>Полный текст.</p>', TOPICS).contentHtml).toBe(
			'<p>Полный текст.</p>',
		);
	});
});

describe('feedContentInput', () => {
	test('resolves the text against the permalink and lists the changes after it', () => {
		const at = new Date('2025-03-14T06:30:00Z');
		const updated = article({ updates: [{ at, note: 'Исправлена дата.', correction: true }] });
		const input = feedContentInput(updated, '<p>Текст <a href="#source-1">[1]</a>.</p>');

		expect(input).toEqual({
			bodyHtml: '<p>Текст <a href="#source-1">[1]</a>.</p>',
			pageUrl: `${SITE.url}/articles/kremlin-talks/`,
			updates: updated.data.updates,
			published: updated.data.published,
			modified: at,
			locale: 'ru',
		});
		const html = feedContentHtml(input);
		expect(html).toContain('<h2>Что изменилось</h2>');
		expect(html).toContain('<strong>исправление:</strong> Исправлена дата.');
		expect(html).toContain(`href="${SITE.url}/articles/kremlin-talks/#source-1"`);
	});
});

describe('feed channels', () => {
	const updated = new Date('2025-03-14T06:30:00Z');

	test('the site feed takes its title, description and language from SITE', () => {
		const channel = siteFeedChannel(updated);

		expect(channel).toEqual({
			title: SITE.title,
			description: SITE.description.replaceAll('\u00A0', ' '),
			language: 'ru',
			homeUrl: `${SITE.url}/`,
			feedUrls: {
				rss: `${SITE.url}/rss.xml`,
				atom: `${SITE.url}/atom.xml`,
				json: `${SITE.url}/feed.json`,
			},
			updated,
			author: 'Редакция «Разбора»',
			icon: `${SITE.url}/icon-192.png`,
			logo: `${SITE.url}/icon-512.png`,
		});
	});

	test('a topic feed is «<topic> — Разбор» at the topic’s address', () => {
		const channel = topicFeedChannel(
			'union-state',
			TopicSchema.parse({ title: 'Союзное государство', description: 'Как устроен союз.' }),
			updated,
		);

		expect(channel.title).toBe(`Союзное государство — ${SITE.title}`);
		expect(channel.description).toBe('Как устроен союз.');
		expect(channel.homeUrl).toBe(`${SITE.url}/topics/union-state/`);
		expect(channel.feedUrls.atom).toBe(`${SITE.url}/topics/union-state/atom.xml`);
		expect(channel.updated).toBe(updated);
	});

	test('the newest modification comes from the items, whatever their order', () => {
		const dates = ['2025-03-13T09:00:00Z', '2025-12-19T09:00:00Z', '2025-05-12T09:00:00Z'];

		const newest = newestModification(dates.map((date) => ({ modified: new Date(date) })));

		expect(newest).toEqual(new Date('2025-12-19T09:00:00Z'));
	});

	test('an empty feed has no newest modification of its own', () => {
		expect(newestModification([])).toBeUndefined();
	});
});

describe('newestForFeed', () => {
	test('keeps the newest articles up to the limit, in their order', () => {
		const articles = Array.from({ length: FEED_ITEM_LIMIT + 7 }, (_, index) => index);

		expect(newestForFeed(articles)).toEqual(articles.slice(0, FEED_ITEM_LIMIT));
	});

	test('keeps a short list whole', () => {
		expect(newestForFeed(['a', 'b'])).toEqual(['a', 'b']);
	});
});

describe('the English edition’s feeds', () => {
	const updated = new Date('2025-03-14T06:30:00Z');
	const ENGLISH_TOPICS = new Map([['union-state', { title: 'The Union State' }]]);

	test('an English item links the English page and the English share image', () => {
		const item = toFeedItem(
			article({ title: 'Talks in the Kremlin', byline: 'The Razbor editors' }),
			'<p>Text.</p>',
			ENGLISH_TOPICS,
			'en',
		);

		expect(item.url).toBe(`${SITE.url}/en/articles/kremlin-talks/`);
		expect(item.image).toBe(`${SITE.url}/og/en/articles/kremlin-talks.png`);
		expect(item.topics).toEqual(['The Union State']);
	});

	test('an English text is resolved against the English page and says what changed in English', () => {
		const at = new Date('2025-03-14T06:30:00Z');
		const changed = article({ updates: [{ at, note: 'Corrected the date.', correction: true }] });

		const input = feedContentInput(changed, '<p>Text <a href="#source-1">[1]</a>.</p>', 'en');
		const html = feedContentHtml(input);

		expect(input.pageUrl).toBe(`${SITE.url}/en/articles/kremlin-talks/`);
		expect(html).toContain('<strong>Updated</strong> <time');
		expect(html).toContain('14 March 2025, 09:30 Moscow time (MSK)');
		expect(html).toContain('<h2>What changed</h2>');
		expect(html).toContain('<strong>correction:</strong> Corrected the date.');
		expect(html).toContain(`href="${SITE.url}/en/articles/kremlin-talks/#source-1"`);
		expect(html).not.toMatch(/[А-Яа-яЁё]/);
	});

	test('the English site feed is Razbor’s, in English, at /en/', () => {
		const channel = siteFeedChannel(updated, 'en');

		expect(channel).toMatchObject({
			title: 'Razbor',
			language: 'en',
			homeUrl: `${SITE.url}/en/`,
			feedUrls: {
				rss: `${SITE.url}/en/rss.xml`,
				atom: `${SITE.url}/en/atom.xml`,
				json: `${SITE.url}/en/feed.json`,
			},
			author: 'The Razbor editors',
		});
		expect(channel.description).toContain('Alexander Lukashenko’s official visit to Moscow');
	});

	test('an English topic feed is “<topic> — Razbor” at the English topic’s address', () => {
		const channel = topicFeedChannel(
			'union-state',
			{ title: 'The Union State', description: 'How the union works.' },
			updated,
			'en',
		);

		expect(channel.title).toBe('The Union State — Razbor');
		expect(channel.language).toBe('en');
		expect(channel.homeUrl).toBe(`${SITE.url}/en/topics/union-state/`);
		expect(channel.feedUrls.json).toBe(`${SITE.url}/en/topics/union-state/feed.json`);
	});
});
