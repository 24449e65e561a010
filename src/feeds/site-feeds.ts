import { loadSiteData, type ArticleEntry, type SiteData } from '../data/site-data.ts';
import { lastModified } from '../model/articles.ts';
import { feedPath, type FeedFormat } from '../format/urls.ts';
import {
	newestForFeed,
	newestModification,
	siteFeedChannel,
	topicFeedChannel,
	type FeedChannel,
} from './feed-channel.ts';
import type { OpenCache } from '../cache/build-cache.ts';
import { cachedFeedContentHtml, openFeedContentCache } from './content-cache.ts';
import { feedContentInput, toFeedItem, type FeedItem } from './feed-item.ts';
import { buildJsonFeed, serializeJsonFeed } from './json-feed.ts';
import { renderFeedArticle } from './render-article.ts';
import { feedArticleView } from '../view/article-content.ts';
import { buildAtom, buildRss } from './xml-feeds.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/**
 * The feed endpoints' one job: load the content, pick the articles, render the chosen format.
 * Each edition has its own feeds (issue 20): the Russian at the root, the English under `/en/`,
 * each with its own articles and words. Build-time only, like {@link renderFeedArticle}.
 */

/** `Content-Type` of each format. */
const CONTENT_TYPES: Readonly<Record<FeedFormat, string>> = {
	rss: 'application/rss+xml; charset=utf-8',
	atom: 'application/atom+xml; charset=utf-8',
	json: 'application/feed+json; charset=utf-8',
};

/** Every feed format, in the order the subscribe page lists them. */
const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

/**
 * Nothing was ever published: no content date exists, and the time of the build would change
 * the file on every build, so the feed says «the beginning of time».
 */
const NEVER = new Date(0);

function render(format: FeedFormat, channel: FeedChannel, items: readonly FeedItem[]): string {
	switch (format) {
		case 'rss':
			return buildRss(channel, items);
		case 'atom':
			return buildAtom(channel, items);
		case 'json':
			return serializeJsonFeed(buildJsonFeed(channel, items));
	}
}

/** The feed texts of earlier builds; opened once per build. */
let contentCache: Promise<OpenCache | undefined> | undefined;

/**
 * Feed items made so far. Keyed by the entry object, which `loadSiteData()` keeps for the whole
 * build: the site's feeds and each topic's share one rendering of an article, and in `astro dev`,
 * where every request loads fresh entries, nothing stale is served.
 */
const made = new WeakMap<ArticleEntry, Promise<FeedItem>>();

async function makeFeedItem(article: ArticleEntry, site: SiteData): Promise<FeedItem> {
	const bodyHtml = await renderFeedArticle(feedArticleView(article, site, site.lang));
	const input = feedContentInput(article, bodyHtml, site.lang);
	contentCache ??= openFeedContentCache();
	const contentHtml = await cachedFeedContentHtml(input, await contentCache);
	return toFeedItem(article, contentHtml, editionTopics(site), site.lang);
}

function feedItem(article: ArticleEntry, site: SiteData): Promise<FeedItem> {
	let item = made.get(article);
	if (!item) {
		item = makeFeedItem(article, site);
		made.set(article, item);
	}
	return item;
}

/**
 * The topics an edition makes pages for: every one in the original; in a translation only those
 * with its words (`translated`), as its pages do, so a feed names no topic without a page.
 */
function editionTopics(site: SiteData): SiteData['topics'] {
	if (site.lang === DEFAULT_LOCALE) return site.topics;
	return new Map([...site.topics].filter(([id]) => site.translated.topics.has(id)));
}

function feedItems(articles: readonly ArticleEntry[], site: SiteData): Promise<FeedItem[]> {
	return Promise.all(articles.map((article) => feedItem(article, site)));
}

function response(format: FeedFormat, body: string): Response {
	return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}

/**
 * An edition's feed in `format` (the Russian by default): its newest published articles, newest
 * first.
 */
export async function siteFeedResponse(
	format: FeedFormat,
	locale: Locale = DEFAULT_LOCALE,
): Promise<Response> {
	const site = await loadSiteData(locale);
	const items = await feedItems(newestForFeed(site.articles), site);
	const channel = siteFeedChannel(newestModification(items) ?? NEVER, locale);
	return response(format, render(format, channel, items));
}

/**
 * One topic's feed in `format`, in an edition (the Russian by default). A topic without articles
 * still gets a valid, empty feed, so a subscription made today starts working with the first
 * article; its date is then the edition's newest change, the last moment the feed could have
 * changed.
 */
export async function topicFeedResponse(
	format: FeedFormat,
	topicId: string | undefined,
	locale: Locale = DEFAULT_LOCALE,
): Promise<Response> {
	const site = await loadSiteData(locale);
	const topic = topicId === undefined ? undefined : editionTopics(site).get(topicId);
	if (topicId === undefined || !topic) throw new Error(`No topic «${String(topicId)}» for a feed`);
	const articles = newestForFeed(site.index.topic(topicId)).map((slug) =>
		site.articleById.get(slug)!,
	);
	const items = await feedItems(articles, site);
	const updated =
		newestModification(items) ??
		newestModification(
			site.articles.map((article) => ({ modified: lastModified(article.data) })),
		) ??
		NEVER;
	const channel = topicFeedChannel(topicId, topic, updated, locale);
	return response(format, render(format, channel, items));
}

/**
 * Whether an edition has feeds: the original always (a subscription made before the first
 * article starts working with it); a translation only once it has a published article, as it
 * makes no page before then for its feeds to link to.
 */
function hasFeeds(site: SiteData): boolean {
	return site.lang === DEFAULT_LOCALE || site.articles.length > 0;
}

/**
 * `getStaticPaths` of the topic feeds: one feed per topic of the edition (the Russian by default),
 * with or without articles; a translation's only for the topics it has words for.
 */
export async function topicFeedPaths(
	locale: Locale = DEFAULT_LOCALE,
): Promise<{ params: { id: string } }[]> {
	const site = await loadSiteData(locale);
	if (!hasFeeds(site)) return [];
	return [...editionTopics(site).keys()].map((id) => ({ params: { id } }));
}

/**
 * `getStaticPaths` of a translation's site feeds, one route for the three files
 * (`/en/rss.xml`, `/en/atom.xml`, `/en/feed.json`): none before the edition has an article.
 */
export async function editionFeedPaths(
	locale: Locale,
): Promise<{ params: { feed: string }; props: { format: FeedFormat } }[]> {
	if (!hasFeeds(await loadSiteData(locale))) return [];
	return FEED_FORMATS.map((format) => ({
		// The file name as the original edition's feed has it: `rss.xml`.
		params: { feed: feedPath(format).slice(1) },
		props: { format },
	}));
}
