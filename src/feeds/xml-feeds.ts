import { Feed, type Category, type Item } from 'feed';
import { absoluteUrl } from '../format/urls.ts';
import type { FeedChannel } from './feed-channel.ts';
import type { FeedItem } from './feed-item.ts';

/**
 * RSS 2.0 and Atom 1.0 documents from the same channel and items, written by the `feed` package.
 * Titles, deks and full texts go into CDATA sections as HTML (Atom `type="html"`).
 */

/**
 * Escapes text for HTML: in the feed, titles and deks are HTML, as the RSS Best Practices Profile
 * and Atom's `type="html"` read them, so a «&» or «<» in a headline shows as written.
 */
function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * HTML that can go into a CDATA section: `]]>` would end the section early, and `]]&gt;` reads
 * the same in HTML. (The `feed` package's own guard splits only the first occurrence.)
 */
export function cdataSafe(html: string): string {
	return html.replaceAll(']]>', ']]&gt;');
}

/**
 * One category per topic, named by its title (RSS text, Atom `term` and `label`). No RSS `domain`
 * or Atom `scheme`: readers disagree on whether it names a taxonomy or links the category.
 */
function categories(item: FeedItem): Category[] {
	return item.topics.map((title) => ({ name: title, term: title }));
}

/** What RSS and Atom items share. */
function baseItem(item: FeedItem): Item {
	return {
		title: escapeHtml(item.title),
		// No `id` or `guid`: the `feed` package then gives RSS a permalink guid (`isPermaLink="true"`)
		// and Atom the same URL as the entry's id.
		link: item.url,
		date: item.modified,
		published: item.published,
		description: escapeHtml(item.summary),
		content: cdataSafe(item.contentHtml),
		category: categories(item),
	};
}

/** The Media RSS namespace of `media:content`. */
export const MEDIA_RSS_NAMESPACE = 'http://search.yahoo.com/mrss/';

/** What every item's share image is: the share-card PNG (src/og/share-image.ts). */
export const ITEM_IMAGE = Object.freeze({ type: 'image/png', width: 1200, height: 630 } as const);

/**
 * The share image of an RSS item as Media RSS `media:content`, not as an `enclosure`: RSS 2.0
 * makes an enclosure's `length` its size in bytes, and the images are drawn in a process of their
 * own that finishes after the feeds are written, so the true length is not known here; the
 * `feed` package would write `length="0"`, which is false. `media:content` needs no length and
 * says the type, width and height readers lay the picture out with. The namespace is declared
 * on the element itself, as XML allows: the package has no way to add it to `<rss>`.
 */
function mediaContent(image: string): { name: string; objects: Record<string, unknown> } {
	return {
		name: 'media:content',
		objects: {
			_attributes: {
				'xmlns:media': MEDIA_RSS_NAMESPACE,
				url: image,
				medium: 'image',
				...ITEM_IMAGE,
			},
		},
	};
}

function createFeed(channel: FeedChannel, items: Item[]): Feed {
	const feed = new Feed({
		id: channel.homeUrl,
		title: channel.title,
		description: channel.description,
		link: channel.homeUrl,
		language: channel.language,
		// Set from the content, or the `feed` package would put the time of the build here.
		updated: channel.updated,
		generator: false,
		// Not `feed`: the package would use that one URL as `rel="self"` of both formats.
		feedLinks: { rss: channel.feedUrls.rss, atom: channel.feedUrls.atom },
		author: { name: channel.author, link: absoluteUrl('/') },
		// RSS `image` and Atom `logo`; Atom `icon` is the small square icon.
		image: channel.logo,
		favicon: channel.icon,
	});
	for (const item of items) feed.addItem(item);
	return feed;
}

/**
 * An RSS 2.0 document: `pubDate` is the first publication, `guid` the permalink, the full text in
 * `content:encoded`, the byline in `dc:creator` (RSS `author` must be an e-mail address), the
 * share image in `media:content`.
 */
export function buildRss(channel: FeedChannel, items: readonly FeedItem[]): string {
	return createFeed(
		channel,
		items.map((item) => ({
			...baseItem(item),
			extensions: [
				{ name: 'dc:creator', objects: { _text: item.author } },
				mediaContent(item.image),
			],
		})),
	).rss2();
}

/** An Atom 1.0 document: `updated` is the last change, `published` the first publication. */
export function buildAtom(channel: FeedChannel, items: readonly FeedItem[]): string {
	return createFeed(
		channel,
		items.map((item) => ({
			...baseItem(item),
			author: [{ name: item.author }],
			// An Atom `link rel="enclosure"` to the share image: Atom's `length` is optional, and the
			// package writes none. (It takes the type, image/png, from the file name.)
			image: item.image,
		})),
	).atom1();
}
