import type { Locale } from '../i18n/locales.ts';
import { SHARE_IMAGE } from '../og/share-image.ts';
import type { ArticleMeta, ShareImage } from '../seo/meta-tags.ts';
import type { JsonLd } from '../seo/structured-data.ts';

/** The kinds of search results, in the order the search page groups them. */
export const SEARCH_KINDS = ['article', 'person', 'term', 'event'] as const;

/** A kind of search result. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What a page tells BaseLayout.astro about itself: its head, its share image, its indexing. */
export interface LayoutView {
	/** Page title; the site name is appended. */
	title: string;
	/** A shorter title for link previews (`og:title`); `title` otherwise. */
	shareTitle?: string;
	/** Meta description. */
	description: string;
	/**
	 * What the page is as a search result, when its main content goes into the search index: an
	 * article, a person, the glossary's terms or a timeline's events (issue 18). Hubs and lists
	 * (home, archive, topics, indexes, sources), search and 404 are not indexed: they only repeat
	 * what the pages they link to say.
	 */
	searchKind?: SearchKind;
	/** False for the 404 page: no canonical URL, no breadcrumbs, `noindex`. */
	indexable?: boolean;
	/** The page's own share image; the site image otherwise. */
	image?: ShareImage;
	/** Article dates, section and tags, which make the page `og:type` article. */
	article?: ArticleMeta;
	/** JSON-LD of the page itself (`NewsArticle`, `WebSite`); breadcrumbs are added here. */
	structuredData?: readonly JsonLd[];
	/** A topic whose feeds the page announces besides the site's. */
	feedTopic?: { id: string; title: string };
	/** The page's language: its `<html lang>`, its chrome's words; Russian by default. */
	locale?: Locale;
	/**
	 * The other languages the page exists in, at the same path under their prefix: its hreflang
	 * links, `og:locale:alternate` and the switcher's links to it. None by default.
	 */
	translations?: readonly Locale[];
	/**
	 * The languages with a published edition, whose home page the switcher offers when the page
	 * has no counterpart in them. None by default: no switcher before a second edition exists.
	 */
	editions?: readonly Locale[];
}

/** A page's own share image at `path` (see src/og/site-images.ts), described by `alt`. */
export function pageShareImage(path: string, alt: string): ShareImage {
	return { path, alt, ...SHARE_IMAGE };
}
