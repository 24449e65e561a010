import { toIsoDateTime } from '../format/dates.ts';
import { absoluteUrl } from '../format/urls.ts';
import type { FeedChannel } from './feed-channel.ts';
import type { FeedItem } from './feed-item.ts';

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), written here: the `feed` package only
 * writes version 1.0, which has a single `author` and no `language`.
 */

/** JSON Feed's version URL, the first key of every document. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** An author object of JSON Feed 1.1. */
export interface JsonFeedAuthor {
	name: string;
	url?: string;
}

/** An item of JSON Feed 1.1, with the fields this site fills in. */
export interface JsonFeedItem {
	/** The permalink, as in RSS `guid` and Atom `id`. */
	id: string;
	url: string;
	title: string;
	/** The dek, plain text. */
	summary: string;
	content_html: string;
	/** RFC 3339 in Moscow time: `2025-03-13T12:00:00+03:00`. */
	date_published: string;
	date_modified: string;
	authors: JsonFeedAuthor[];
	/** Topic titles. */
	tags: string[];
	/** The share image. */
	image: string;
}

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
	version: typeof JSON_FEED_VERSION;
	title: string;
	home_page_url: string;
	feed_url: string;
	description: string;
	language: string;
	/** The site's large square icon, as readers show beside the feed's name. */
	icon: string;
	/** The site's small icon. */
	favicon: string;
	authors: JsonFeedAuthor[];
	items: JsonFeedItem[];
}

/** A JSON Feed 1.1 document from a channel and its items, newest first as given. */
export function buildJsonFeed(channel: FeedChannel, items: readonly FeedItem[]): JsonFeed {
	return {
		version: JSON_FEED_VERSION,
		title: channel.title,
		home_page_url: channel.homeUrl,
		feed_url: channel.feedUrls.json,
		description: channel.description,
		language: channel.language,
		icon: channel.logo,
		favicon: channel.icon,
		authors: [{ name: channel.author, url: absoluteUrl('/') }],
		items: items.map((item) => ({
			id: item.url,
			url: item.url,
			title: item.title,
			summary: item.summary,
			content_html: item.contentHtml,
			date_published: toIsoDateTime(item.published),
			date_modified: toIsoDateTime(item.modified),
			authors: [{ name: item.author }],
			tags: item.topics,
			image: item.image,
		})),
	};
}

/**
 * The document as JSON text. `JSON.stringify` escapes what JSON needs; the HTML inside is a plain
 * string value, so its `<` and `]]>` are harmless here.
 */
export function serializeJsonFeed(feed: JsonFeed): string {
	return `${JSON.stringify(feed, null, '\t')}\n`;
}
