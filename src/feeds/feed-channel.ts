import { ArticleSchema, ENGLISH_BYLINE } from '../schemas/article.ts';
import type { Topic } from '../schemas/topic.ts';
import {
	absoluteUrl,
	feedPath,
	homePath,
	iconPath,
	localizedPath,
	topicPath,
	type FeedFormat,
} from '../format/urls.ts';
import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, type Locale } from '../i18n/locales.ts';
import { plainText, type FeedItem } from './feed-item.ts';

/** A feed as a whole, whatever its format: the site's feed or a topic's. */
export interface FeedChannel {
	title: string;
	description: string;
	/** The edition's language tag (`ru`, `en`): the language of every article in the feed. */
	language: string;
	/** Absolute URL of the page the feed follows: the home page or the topic's page. */
	homeUrl: string;
	/** Absolute URL of this feed in each format, for `rel="self"` and the JSON `feed_url`. */
	feedUrls: Record<FeedFormat, string>;
	/** When the content last changed: never the time of the build, so a rebuild changes nothing. */
	updated: Date;
	/** The newsroom, credited for the feed as a whole. */
	author: string;
	/** Absolute URL of the site's square icon (Atom `icon`, JSON `favicon`). */
	icon: string;
	/** Absolute URL of the site's large icon (RSS `image`, Atom `logo`, JSON `icon`). */
	logo: string;
}

/** The newsroom's name in each edition: the byline an article gets when it names no author. */
const NEWSROOM: Readonly<Record<Locale, string>> = Object.freeze({
	ru: plainText(ArticleSchema.shape.byline.parse(undefined)),
	en: ENGLISH_BYLINE,
});

/**
 * The newest `modified` of the items, or `undefined` for an empty list: the feed's
 * `lastBuildDate`, Atom `updated`, follows the content.
 */
export function newestModification(items: readonly Pick<FeedItem, 'modified'>[]): Date | undefined {
	if (items.length === 0) return undefined;
	return new Date(Math.max(...items.map((item) => item.modified.getTime())));
}

/** The site's icons, the same for every feed. */
const FEED_ICONS = {
	icon: absoluteUrl(iconPath(192)),
	logo: absoluteUrl(iconPath(512)),
};

function feedUrls(topicId: string | undefined, locale: Locale): Record<FeedFormat, string> {
	return {
		rss: absoluteUrl(feedPath('rss', topicId, locale)),
		atom: absoluteUrl(feedPath('atom', topicId, locale)),
		json: absoluteUrl(feedPath('json', topicId, locale)),
	};
}

/**
 * The feed of every article of an edition: the site's name and description in its language, its
 * home page (`/`, `/en/`) and its feeds' addresses.
 */
export function siteFeedChannel(updated: Date, locale: Locale = DEFAULT_LOCALE): FeedChannel {
	const ui = uiFor(locale);
	return {
		title: plainText(ui.siteName),
		description: plainText(ui.siteDescription),
		language: LOCALE_TAGS[locale].lang,
		homeUrl: absoluteUrl(homePath(locale)),
		feedUrls: feedUrls(undefined, locale),
		updated,
		author: NEWSROOM[locale],
		...FEED_ICONS,
	};
}

/** The feed of one topic: «<topic> — Разбор» (“<topic> — Razbor”), with the topic's description. */
export function topicFeedChannel(
	id: string,
	topic: Pick<Topic, 'title' | 'description'>,
	updated: Date,
	locale: Locale = DEFAULT_LOCALE,
): FeedChannel {
	return {
		title: plainText(`${topic.title} — ${uiFor(locale).siteName}`),
		description: plainText(topic.description),
		language: LOCALE_TAGS[locale].lang,
		homeUrl: absoluteUrl(localizedPath(topicPath(id), locale)),
		feedUrls: feedUrls(id, locale),
		updated,
		author: NEWSROOM[locale],
		...FEED_ICONS,
	};
}

/**
 * How many of the newest articles a feed carries. Feed readers poll the whole file, often every
 * few minutes, and each item holds a full article: 50 articles of 1,200 words made a feed of
 * 3.3 MB (570 KB compressed), 20 make it 1.3 MB, still more than a reader who polls daily misses
 * on a busy news day. The archive and the sitemap list everything.
 */
export const FEED_ITEM_LIMIT = 20;

/** The articles a feed carries: the newest {@link FEED_ITEM_LIMIT} of a list sorted newest first. */
export function newestForFeed<T>(articles: readonly T[]): T[] {
	return articles.slice(0, FEED_ITEM_LIMIT);
}
