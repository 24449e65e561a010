import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import { SITE } from '../site.ts';

/**
 * Every path and URL of the site is derived here, so the page, the feed, the share image and
 * the sitemap can never disagree about where something lives.
 */

/** `/articles/<slug>/` */
export function articlePath(slug: string): string {
	return `/articles/${slug}/`;
}

/** `/timelines/<id>/` */
export function timelinePath(id: string): string {
	return `/timelines/${id}/`;
}

/** Fragment id of a timeline event, unique on any page: `<timeline>-<event>`. */
export function timelineEventAnchor(timelineId: string, eventId: string): string {
	return `${timelineId}-${eventId}`;
}

/** `/glossary/` */
export function glossaryPath(): string {
	return '/glossary/';
}

/** `/glossary/#<id>` */
export function glossaryTermPath(id: string): string {
	return `${glossaryPath()}#${id}`;
}

/** Fragment id of a source in an article's sources list. */
export function sourceAnchor(id: string): string {
	return `source-${id}`;
}

/** Fragment id of the n-th inline citation of a source (1-based), for back links. */
export function citationAnchor(id: string, occurrence: number): string {
	return `cite-${id}-${occurrence}`;
}

/** Fragment id of a fact box. */
export function factBoxAnchor(id: string): string {
	return `fact-${id}`;
}

/** Absolute URL on the configured site for a root-relative path. */
export function absoluteUrl(path: string): string {
	return new URL(path, `${SITE.url}/`).href;
}

/** `/timelines/` */
export function timelinesPath(): string {
	return '/timelines/';
}

/** `/people/`, or its n-th page: `/people/page/<n>/`. */
export function peoplePath(page = 1): string {
	return withPage('/people/', page);
}

/** `/people/<id>/`, or the n-th page of the articles about the person: `/people/<id>/page/<n>/`. */
export function personPath(id: string, page = 1): string {
	return withPage(`/people/${id}/`, page);
}

/** `/topics/` */
export function topicsPath(): string {
	return '/topics/';
}

/** `/topics/<id>/`, or its n-th page: `/topics/<id>/page/<n>/`. */
export function topicPath(id: string, page = 1): string {
	return withPage(`/topics/${id}/`, page);
}

/** A list's path, or its n-th page under `page/<n>/`; the first page is the list itself. */
function withPage(path: string, page: number): string {
	return page === 1 ? path : `${path}page/${page}/`;
}

/** `/archive/`, every article newest first, or its n-th page: `/archive/page/<n>/`. */
export function archivePath(page = 1): string {
	return withPage('/archive/', page);
}

/** `/sources/` */
export function sourcesPath(): string {
	return '/sources/';
}

/** Fragment id of a source on the sources page. */
export function sourcesPageAnchor(id: string): string {
	return id;
}

/** `/about/`: who makes the site, its methods and its corrections policy. */
export function aboutPath(): string {
	return '/about/';
}

/** Fragment ids of the sections of `/about/` that other pages and the JSON-LD link to. */
export const ABOUT_SECTIONS = Object.freeze({
	methods: 'methods',
	sources: 'sources',
	ratings: 'ratings',
	corrections: 'corrections',
	contact: 'contact',
} as const);

/** `/about/#<section>`: a link to one section of the about page. */
export function aboutSectionPath(section: keyof typeof ABOUT_SECTIONS): string {
	return `${aboutPath()}#${ABOUT_SECTIONS[section]}`;
}

/** `/corrections/`: every correction made on the site. */
export function correctionsPath(): string {
	return '/corrections/';
}

/** Fragment id of the n-th entry (from 1, oldest first) of an article's «Что изменилось». */
export function updateAnchor(number: number): string {
	return `update-${number}`;
}

/** `/search/` */
export function searchPath(): string {
	return '/search/';
}

/** `/timelines/<id>/#<timeline>-<event>`: a deep link to one event. */
export function timelineEventPath(timelineId: string, eventId: string): string {
	return `${timelinePath(timelineId)}#${timelineEventAnchor(timelineId, eventId)}`;
}

/**
 * A path under `/og/`, the drawn images: the original edition's at the top, another language's
 * under its prefix after `/og/` (`/og/en/articles/<slug>.png`), so one folder holds every image and
 * the dev endpoint `src/pages/og/[...image].png.ts` serves both editions.
 */
function imagePath(rest: string, locale: Locale): string {
	return locale === DEFAULT_LOCALE ? `/og/${rest}` : `/og/${locale}/${rest}`;
}

/** `/og/articles/<slug>.png` (`/og/en/articles/<slug>.png`): the share image of an article. */
export function articleShareImagePath(slug: string, locale: Locale = DEFAULT_LOCALE): string {
	return imagePath(`articles/${slug}.png`, locale);
}

/** Pages with share images of their own besides articles: one image per entry of each. */
export type ShareImageSection = 'timelines' | 'people' | 'topics';

/**
 * `/og/timelines/<id>.png`, `/og/people/<id>.png`, `/og/topics/<id>.png` (under `/og/en/` for
 * the English edition): an entry page's share image.
 */
export function entryShareImagePath(
	section: ShareImageSection,
	id: string,
	locale: Locale = DEFAULT_LOCALE,
): string {
	return imagePath(`${section}/${id}.png`, locale);
}

/** `/og/glossary.png` (`/og/en/glossary.png`): the glossary's share image. */
export function glossaryShareImagePath(locale: Locale = DEFAULT_LOCALE): string {
	return imagePath('glossary.png', locale);
}

/**
 * `/og/charts/<id>.png` (`/og/en/charts/<id>.png`): a chart drawn as an image, with its words in
 * the edition's language, for feed readers that cannot show its SVG.
 */
export function chartImagePath(id: string, locale: Locale = DEFAULT_LOCALE): string {
	return imagePath(`charts/${id}.png`, locale);
}

/**
 * `/og/maps/<id>.png` (`/og/en/maps/<id>.png`): a map drawn as an image, for feed readers that
 * cannot show its SVG.
 */
export function mapImagePath(id: string, locale: Locale = DEFAULT_LOCALE): string {
	return imagePath(`maps/${id}.png`, locale);
}

/** `/og/site.png` (`/og/en/site.png`): the share image of every page without its own. */
export function siteShareImagePath(locale: Locale = DEFAULT_LOCALE): string {
	return imagePath('site.png', locale);
}

/** `/subscribe/`: how to follow the site in a feed reader, with every feed's address. */
export function subscribePath(): string {
	return '/subscribe/';
}

/** `/subscribe/#topic-<id>`: a topic's feeds on the subscribe page. */
export function topicSubscribePath(id: string): string {
	return `${subscribePath()}#topic-${id}`;
}

/** Feed formats the site publishes, each for the whole site and for every topic. */
export type FeedFormat = 'rss' | 'atom' | 'json';

const FEED_FILES: Record<FeedFormat, string> = {
	rss: 'rss.xml',
	atom: 'atom.xml',
	json: 'feed.json',
};

/**
 * `/rss.xml`, `/atom.xml`, `/feed.json`, or the same files under `/topics/<id>/`; another
 * edition's under its prefix (`/en/rss.xml`, `/en/topics/<id>/rss.xml`).
 */
export function feedPath(
	format: FeedFormat,
	topicId?: string,
	locale: Locale = DEFAULT_LOCALE,
): string {
	return localizedPath(`${topicId ? topicPath(topicId) : '/'}${FEED_FILES[format]}`, locale);
}

/** `/sitemap.xml` */
export function sitemapPath(): string {
	return '/sitemap.xml';
}

/** The sizes the site's icon is drawn at as PNG (src/og/icons.ts): 192 and 512 for the manifest. */
export type IconSize = 192 | 512;

/** `/icon-192.png`, `/icon-512.png`: the site's icon as PNG, for the manifest and the feeds. */
export function iconPath(size: IconSize): string {
	return `/icon-${size}.png`;
}

/** `/apple-touch-icon.png`: the opaque 180 px icon iOS puts on the home screen. */
export function appleTouchIconPath(): string {
	return '/apple-touch-icon.png';
}

/** `/manifest.webmanifest`: the web app manifest. */
export function manifestPath(): string {
	return '/manifest.webmanifest';
}

/** `/favicon.svg`: the site's icon, also its logo in structured data. */
export function logoPath(): string {
	return '/favicon.svg';
}

/** What a site path names: one entry of a collection, by its id. */
export interface PathTarget {
	kind: 'article' | 'timeline' | 'person' | 'topic' | 'term' | 'source';
	id: string;
}

/** Stands for an id in the paths above, to read them back. */
const ID_SLOT = '\u0000';

/** Each path that names one entry, as a pattern made from the function that derives it. */
const PATH_PATTERNS: readonly (readonly [PathTarget['kind'], RegExp])[] = (
	[
		['article', articlePath(ID_SLOT)],
		['timeline', timelinePath(ID_SLOT)],
		['person', personPath(ID_SLOT)],
		['topic', topicPath(ID_SLOT)],
		['term', glossaryTermPath(ID_SLOT)],
		['source', `${sourcesPath()}#${sourcesPageAnchor(ID_SLOT)}`],
	] as const
).map(([kind, path]) => {
	const [before = '', after = ''] = path.split(ID_SLOT);
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// The id runs to the next `/`, `#` or `?`; a page path may end without its slash or with a fragment.
	const tail = after === '/' ? '/?(?:[?#].*)?' : `${escape(after)}(?:[?#].*)?`;
	return [kind, new RegExp(`^${escape(before)}([^/#?]+)${tail}$`)] as const;
});

/** `a%20b` → `a b`; a malformed escape stays as written, to be reported as an unknown id. */
function decodedId(id: string): string {
	try {
		return decodeURIComponent(id);
	} catch {
		return id;
	}
}

/**
 * The entry a root-relative link of an article points to, read back from the paths above:
 * `/articles/visit/` → the article `visit`, `/glossary/#union-state` → the term `union-state`
 * (the same under `/en/`); `undefined` for any other link.
 */
export function pathTarget(path: string): PathTarget | undefined {
	// A page of the English edition (issue 20) shows the same entry as the Russian one.
	const local = path.replace(/^\/en(?=\/)/, '');
	for (const [kind, pattern] of PATH_PATTERNS) {
		const id = pattern.exec(local)?.[1];
		if (id) return { kind, id: decodedId(id) };
	}
	return undefined;
}

/** `rel` of every link that leaves the site: the other page gets no handle on ours, nor our URL. */
export const EXTERNAL_LINK_REL: readonly string[] = Object.freeze(['noopener', 'noreferrer']);

/**
 * The path of a page in a language: the original edition's at the root (`/articles/visit/`),
 * every other language under its prefix (`/en/articles/visit/`), as astro.config.mjs's `i18n`
 * routes them (`prefixDefaultLocale: false`). `path` is the page's root-relative path in the
 * original edition, as the other helpers here give it; a fragment is kept.
 */
export function localizedPath(path: string, locale: Locale): string {
	return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** The language a root-relative path belongs to: `/en/…` is English, anything else Russian. */
export function pathLocale(path: string): Locale {
	const prefix = /^\/([a-z]{2})(?:\/|$)/.exec(path)?.[1];
	return prefix !== undefined && prefix !== DEFAULT_LOCALE && isLocale(prefix)
		? prefix
		: DEFAULT_LOCALE;
}

/** A path without its language's prefix: `/en/articles/visit/` → `/articles/visit/`. */
export function unlocalizedPath(path: string): string {
	const locale = pathLocale(path);
	if (locale === DEFAULT_LOCALE) return path;
	const rest = path.slice(locale.length + 1);
	return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The home page of a language: `/`, `/en/`. */
export function homePath(locale: Locale = DEFAULT_LOCALE): string {
	return localizedPath('/', locale);
}
