import { isPublished } from '../model/articles.ts';
import {
	articleShareImagePath,
	chartImagePath,
	entryShareImagePath,
	glossaryShareImagePath,
	mapImagePath,
	siteShareImagePath,
} from '../format/urls.ts';
import type { LeadFigure } from '../model/lead-figure.ts';
import type { Chart } from '../schemas/chart.ts';
import type { MapEntry } from '../schemas/map.ts';
import type { Place } from '../schemas/place.ts';
import type { Person } from '../schemas/person.ts';
import type { Term } from '../schemas/term.ts';
import type { Timeline } from '../schemas/timeline.ts';
import type { Topic } from '../schemas/topic.ts';
import type { Site } from '../site.ts';
import {
	articleShareCard,
	chartFigure,
	chartShareCard,
	mapFigure,
	mapShareCard,
	numberFigure,
	glossaryShareCard,
	personShareCard,
	photoFigure,
	siteShareCard,
	timelineShareCard,
	topicShareCard,
	type ArticleCardData,
} from './cards.ts';
import type { ShareCard, ShareFigure } from './template.ts';
import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, type Locale } from '../i18n/locales.ts';

/**
 * Which share images a build publishes and what each shows, from the content's entries: the
 * site image, one per published article, timeline, person and topic, the glossary's, and each
 * chart and map drawn as an image for the feeds (src/feeds/feed-charts.ts). The
 * share-image integration (src/integrations/share-images/) draws them beside the build from the
 * entries the loaders announce; in `astro dev` the endpoint src/pages/og/[...image].png.ts draws
 * the same list from the content layer. Each edition has its own images (issue 20): the English
 * ones, drawn from the English entries with the English words, lie under `/og/en/`.
 */

/**
 * The site as an edition's cards name it: its name and description in the edition's language
 * (the Russian ones are `SITE`'s own).
 */
export function editionSite<T extends Pick<Site, 'title' | 'description'>>(
	site: T,
	locale: Locale,
): T {
	if (locale === DEFAULT_LOCALE) return site;
	const ui = uiFor(locale);
	return { ...site, title: ui.siteName, description: ui.siteDescription };
}

/** One share image of the site: where it is published and what it shows. */
export interface SiteShareImage {
	/** Root-relative path, e.g. `/og/articles/<slug>.png` or `/og/site.png`. */
	path: string;
	card: ShareCard;
}

/** The share image of every page of an edition without its own. */
export function siteShareImage(site: Site, locale: Locale = DEFAULT_LOCALE): SiteShareImage {
	return { path: siteShareImagePath(locale), card: siteShareCard(editionSite(site, locale)) };
}

/** An article as the content store holds it, with the fields its card shows. */
export interface ArticleCardEntry {
	id: string;
	data: ArticleCardData & { draft: boolean; topics: readonly string[]; people: readonly string[] };
	/** What the article leads with (src/model/lead-figure.ts): the card's figure. */
	leadFigure?: LeadFigure | undefined;
	/** The hero photo's file on disk, when the article has one. */
	heroFile?: string | undefined;
}

/** Every entry the share images are drawn from, by collection. */
export interface ShareImageContent {
	articles: readonly ArticleCardEntry[];
	charts: ReadonlyMap<string, Chart>;
	maps: ReadonlyMap<string, MapEntry>;
	places: ReadonlyMap<string, Place>;
	timelines: ReadonlyMap<string, Timeline>;
	people: ReadonlyMap<string, Person>;
	topics: ReadonlyMap<string, Topic>;
	glossary: ReadonlyMap<string, Term>;
}

/** What an article's lead figure draws from: the charts, maps and places by id. */
export type LeadFigureContent = Pick<ShareImageContent, 'charts' | 'maps' | 'places'>;

/**
 * An article's lead figure as its card draws it: the map, the hero photo (from `heroFile`), the
 * chart's bars or the key number; none for a figure naming a chart, map or file not there.
 */
export function leadFigureOnCard(
	figure: LeadFigure | undefined,
	content: LeadFigureContent,
	heroFile?: string,
	locale: Locale = DEFAULT_LOCALE,
): ShareFigure | undefined {
	switch (figure?.kind) {
		case 'hero':
			return heroFile === undefined ? undefined : photoFigure(heroFile);
		case 'map': {
			const map = content.maps.get(figure.id);
			return map && mapFigure(map, content.places);
		}
		case 'chart': {
			const chart = content.charts.get(figure.id);
			return chart && chartFigure(chart, locale);
		}
		case 'number':
			return numberFigure(figure.value, figure.caption);
		default:
			return undefined;
	}
}

/**
 * The share image of one article entry; none for a draft, which a build does not publish. An
 * English entry (`locale` `en`) gets its card at `/og/en/articles/<slug>.png`, its figure drawn
 * from the English `content`.
 */
export function articleShareImage(
	entry: ArticleCardEntry,
	site: Pick<Site, 'title' | 'description'>,
	content: LeadFigureContent = { charts: new Map(), maps: new Map(), places: new Map() },
	drafts = false,
	locale: Locale = DEFAULT_LOCALE,
): SiteShareImage | undefined {
	if (!drafts && !isPublished(entry.data)) return undefined;
	return {
		path: articleShareImagePath(entry.id, locale),
		card: articleShareCard(
			entry.id,
			entry.data,
			editionSite(site, locale),
			leadFigureOnCard(entry.leadFigure, content, entry.heroFile, locale),
			locale,
		),
	};
}

/** How many published articles name each id in `field`. */
function articleCounts(
	articles: readonly ArticleCardEntry[],
	field: 'topics' | 'people',
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const article of articles)
		if (isPublished(article.data))
			for (const id of article.data[field]) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

const byId = <T>(entries: ReadonlyMap<string, T>): [string, T][] =>
	[...entries].sort(([a], [b]) => a.localeCompare(b));

/**
 * Every share image of an edition, sorted by path: the order they are drawn in. `drafts` gives
 * drafts their image too, as `astro dev` shows them; `locale` is the edition whose `content` this
 * is (Russian by default), whose words the cards use and under whose prefix they lie.
 */
export function siteShareImages(
	content: ShareImageContent,
	site: Site,
	{ drafts = false, locale = DEFAULT_LOCALE }: { drafts?: boolean; locale?: Locale } = {},
): SiteShareImage[] {
	const topicCounts = articleCounts(content.articles, 'topics');
	const peopleCounts = articleCounts(content.articles, 'people');
	const edition = editionSite(site, locale);
	const images: SiteShareImage[] = [
		siteShareImage(site, locale),
		...content.articles
			.map((entry) => articleShareImage(entry, site, content, drafts, locale))
			.filter((image) => image !== undefined),
		...byId(content.charts).map(([id, chart]) => ({
			path: chartImagePath(id, locale),
			card: chartShareCard(id, chart, edition, locale),
		})),
		...byId(content.maps).map(([id, map]) => ({
			path: mapImagePath(id, locale),
			card: mapShareCard(id, map, content.places, edition, locale),
		})),
		...byId(content.timelines).map(([id, timeline]) => ({
			path: entryShareImagePath('timelines', id, locale),
			card: timelineShareCard(id, timeline, edition, locale),
		})),
		...byId(content.people).map(([id, person]) => ({
			path: entryShareImagePath('people', id, locale),
			card: personShareCard(id, person, peopleCounts.get(id) ?? 0, edition, locale),
		})),
		...byId(content.topics).map(([id, topic]) => ({
			path: entryShareImagePath('topics', id, locale),
			card: topicShareCard(id, topic, topicCounts.get(id) ?? 0, edition, locale),
		})),
		{
			path: glossaryShareImagePath(locale),
			card: glossaryShareCard(
				// In the glossary's own order: alphabetical, as the edition's language sorts.
				[...content.glossary.values()].sort((a, b) =>
					a.term.localeCompare(b.term, LOCALE_TAGS[locale].lang),
				),
				edition,
				locale,
			),
		},
	];
	return images.sort((a, b) => a.path.localeCompare(b.path));
}
