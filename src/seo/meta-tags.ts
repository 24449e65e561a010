import type { Site } from '../site.ts';
import { toIsoDateTime } from '../format/dates.ts';
import { feedPath, localizedPath, type FeedFormat } from '../format/urls.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { ogLocaleTags } from './alternates.ts';

/**
 * What a page tells link previews (Telegram, VK, WhatsApp, X) and search engines about itself.
 * Pages describe themselves with a {@link PageMeta}; `metaTags` turns it into the tags, so every
 * page type gets the same complete set.
 */

/** The share image of a page. */
export interface ShareImage {
	/** Root-relative path of the PNG. */
	path: string;
	/** What the image shows, for `og:image:alt`. */
	alt: string;
	width: number;
	height: number;
	/** MIME type of the image. */
	type: string;
}

/** Article-only facts for `og:type` article. */
export interface ArticleMeta {
	published: Date;
	modified: Date;
	/** The section it belongs to: the article's first topic, or its kind. */
	section: string;
	/** Topics and people, for `article:tag`. */
	tags: readonly string[];
}

/** Everything a page says about itself. */
export interface PageMeta {
	/** Page title without the site name. */
	title: string;
	/** A shorter title for link previews (`og:title`, `twitter:title`); `title` otherwise. */
	shareTitle?: string | undefined;
	description: string;
	/** Root-relative path of the page; made absolute for the canonical URL and `og:url`. */
	path: string;
	image: ShareImage;
	article?: ArticleMeta;
	/**
	 * False for the 404 page, which answers any address: it has no URL of its own, so no
	 * canonical link and no `og:url`, and search engines are asked not to index it.
	 */
	indexable?: boolean;
	/** The page's language; Russian by default. */
	locale?: Locale | undefined;
	/** The other languages the page exists in, for `og:locale:alternate`. */
	translations?: readonly Locale[] | undefined;
}

/** One `<meta>` tag: Open Graph uses `property`, Twitter and description use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** `Заголовок — Разбор`; the home page, whose title is the site's name, stays as it is. */
export function documentTitle(title: string, site: Pick<Site, 'title'>): string {
	return title === site.title ? title : `${title} — ${site.title}`;
}

/** Absolute URL of a root-relative path on the site. */
function onSite(path: string, site: Pick<Site, 'url'>): string {
	return new URL(path, `${site.url}/`).href;
}

/** The canonical, absolute URL of a page. */
export function canonicalUrl(meta: Pick<PageMeta, 'path'>, site: Pick<Site, 'url'>): string {
	return onSite(meta.path, site);
}

/**
 * The description, Open Graph, article and Twitter tags of a page, in a stable order. Dates carry
 * Moscow's offset (`2025-03-13T15:00:00+03:00`), as `article:*_time` expects ISO 8601.
 */
export function metaTags(meta: PageMeta, site: Site): MetaTag[] {
	const image = onSite(meta.image.path, site);
	const shareTitle = meta.shareTitle ?? meta.title;
	const tags: MetaTag[] = [
		// Large previews: search engines and chats otherwise show a thumbnail of the share image.
		{ name: 'robots', content: meta.indexable === false ? 'noindex' : 'max-image-preview:large' },
		{ name: 'description', content: meta.description },
		{ property: 'og:type', content: meta.article ? 'article' : 'website' },
		{ property: 'og:title', content: shareTitle },
		{ property: 'og:description', content: meta.description },
		...(meta.indexable === false
			? []
			: [{ property: 'og:url', content: canonicalUrl(meta, site) }]),
		{ property: 'og:site_name', content: site.title },
		...ogLocaleTags(meta.locale ?? DEFAULT_LOCALE, meta.translations),
		{ property: 'og:image', content: image },
		{ property: 'og:image:type', content: meta.image.type },
		{ property: 'og:image:width', content: String(meta.image.width) },
		{ property: 'og:image:height', content: String(meta.image.height) },
		{ property: 'og:image:alt', content: meta.image.alt },
	];
	if (meta.article) {
		tags.push(
			{ property: 'article:published_time', content: toIsoDateTime(meta.article.published) },
			{ property: 'article:modified_time', content: toIsoDateTime(meta.article.modified) },
			{ property: 'article:section', content: meta.article.section },
			...meta.article.tags.map((tag) => ({ property: 'article:tag', content: tag })),
		);
	}
	tags.push(
		{ name: 'twitter:card', content: 'summary_large_image' },
		{ name: 'twitter:title', content: shareTitle },
		{ name: 'twitter:description', content: meta.description },
		{ name: 'twitter:image', content: image },
		{ name: 'twitter:image:alt', content: meta.image.alt },
	);
	return tags;
}

/** A `<link rel="alternate">` that lets browsers and feed readers find a feed. */
export interface FeedLink {
	type: string;
	title: string;
	/** Absolute URL of the feed. */
	href: string;
}

const FEED_TYPES: Record<FeedFormat, { type: string; name: string }> = {
	rss: { type: 'application/rss+xml', name: 'RSS' },
	atom: { type: 'application/atom+xml', name: 'Atom' },
	json: { type: 'application/feed+json', name: 'JSON Feed' },
};

/**
 * The autodiscovery links of a page: the site's feeds in every format, and on a topic's page
 * that topic's feeds too.
 */
export function feedLinks(
	site: Pick<Site, 'title' | 'url'>,
	topic?: { id: string; title: string },
	locale: Locale = DEFAULT_LOCALE,
): FeedLink[] {
	const formats = Object.keys(FEED_TYPES) as FeedFormat[];
	const links = (title: string, topicId?: string) =>
		formats.map((format) => ({
			type: FEED_TYPES[format].type,
			title: `${title} — ${FEED_TYPES[format].name}`,
			// Each edition announces its own feeds (issue 20): `/en/rss.xml` on an English page.
			href: onSite(localizedPath(feedPath(format, topicId), locale), site),
		}));
	return [
		...links(site.title),
		...(topic ? links(`${topic.title} — ${site.title}`, topic.id) : []),
	];
}
