import { lastModified } from '../model/articles.ts';
import { chartDrawing } from '../model/chart-drawing.ts';
import { mapDrawing } from '../model/map-drawing.ts';
import { formatDay, formatPartialDate } from '../format/dates.ts';
import { formatCount } from '../format/plural.ts';
import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { articleKindLabel } from '../model/labels.ts';
import type { Article } from '../schemas/article.ts';
import type { Chart } from '../schemas/chart.ts';
import type { MapEntry } from '../schemas/map.ts';
import type { Place } from '../schemas/place.ts';
import type { Person } from '../schemas/person.ts';
import type { Term } from '../schemas/term.ts';
import type { Timeline } from '../schemas/timeline.ts';
import type { Topic } from '../schemas/topic.ts';
import type { Site } from '../site.ts';
import type { PluralForms } from '../i18n/ui-dictionary.ts';
import { accentFor, SITE_ACCENT } from './palette.ts';
import { articleShareTitle } from './share-title.ts';
import { CARD_MAP_LAYOUT, type ShareCard, type ShareFigure } from './template.ts';

/**
 * What each page type's share image says, from the content's own data: one function per page
 * type, each giving the card's label, headline (once), figure and accent. Each takes the
 * edition's language (Russian by default): the card's own words, dates and counts are in it, and
 * the content it is given is that edition's (issue 20).
 */

/** What an article's share image says, from its frontmatter. */
export type ArticleCardData = Pick<
	Article,
	'title' | 'kind' | 'published' | 'updated' | 'updates'
> & { shareTitle?: string | undefined };

/**
 * «13 марта 2025», or «13 марта 2025 · обновлено 14 марта 2025» (“13 March 2025 · updated 14
 * March 2025”) when the article changed on a later day: a shared link should not pass old news
 * off as fresh, nor hide a correction.
 */
export function shareCardDate(
	data: Pick<Article, 'published' | 'updated' | 'updates'>,
	locale: Locale = DEFAULT_LOCALE,
): string {
	const published = formatDay(data.published, locale);
	const modified = formatDay(lastModified(data), locale);
	return modified === published
		? published
		: uiFor(locale).cards.publishedAndUpdated(published, modified);
}

/** A count without its number: «материала», “articles”, the caption under a large number. */
function countWord(count: number, forms: PluralForms, locale: Locale): string {
	return formatCount(count, forms, locale).replace(/^[\d,]+\u00A0/, '');
}

/**
 * A chart as a card's figure: its first bars, each as a share of the longest, with the values as
 * the page's table shows them; the chart's title is the caption.
 */
export function chartFigure(chart: Chart, locale: Locale = DEFAULT_LOCALE): ShareFigure {
	const { rows } = chartDrawing(chart, locale);
	const longest = Math.max(...rows.map((row) => row.value), 0);
	return {
		kind: 'bars',
		bars: rows.map((row) => ({
			label: row.label,
			share: longest > 0 ? row.value / longest : 0,
			value: row.valueText,
		})),
	};
}

/**
 * A chart drawn for feed readers (`/og/charts/<id>.png`): its title and every bar across the
 * card, in the accent of the chart's id; the unit in the footer.
 */
export function chartShareCard(
	id: string,
	chart: Chart,
	site: Pick<Site, 'title'>,
	locale: Locale = DEFAULT_LOCALE,
): ShareCard {
	const figure = chartFigure(chart, locale);
	return {
		label: uiFor(locale).chart.card,
		headline: chart.title,
		chart: figure.kind === 'bars' ? figure.bars : [],
		accent: accentFor(`charts/${id}`),
		footerStart: site.title,
		// What the bars measure, as the page's axis says it.
		footerEnd:
			chart.kind === 'values'
				? chart.unit
				: uiFor(locale).chart.daysSince(formatPartialDate(chart.bars[0]!.date, locale)),
	};
}

/**
 * A map as a card's figure: drawn to the card's size, with its places' names and its route.
 *
 * @param places Places by id; every place of the map must be there.
 */
export function mapFigure(map: MapEntry, places: ReadonlyMap<string, Place>): ShareFigure {
	return { kind: 'map', geometry: mapDrawing(map, places, CARD_MAP_LAYOUT) };
}

/**
 * A map drawn for feed readers (`/og/maps/<id>.png`): its title beside the map, in the accent of
 * the map's id; the route in the footer when it has one.
 */
export function mapShareCard(
	id: string,
	map: MapEntry,
	places: ReadonlyMap<string, Place>,
	site: Pick<Site, 'title'>,
	locale: Locale = DEFAULT_LOCALE,
): ShareCard {
	// A dash, not the page's arrow: PT Sans has no «→».
	const route = map.route?.map((placeId) => places.get(placeId)?.name ?? placeId).join(' — ');
	return {
		label: uiFor(locale).article.figureKinds.map,
		headline: map.title,
		figure: mapFigure(map, places),
		accent: accentFor(`maps/${id}`),
		footerStart: site.title,
		...(route ? { footerEnd: route } : {}),
	};
}

/** A hero photo as a card's figure, read from `file` when the card is drawn (./photo.ts). */
export function photoFigure(file: string): ShareFigure {
	return { kind: 'photo', file };
}

/** A key number as a card's figure: the value large, what it means under it. */
export function numberFigure(value: string, caption: string): ShareFigure {
	return { kind: 'number', value, caption };
}

/**
 * The share card of an article: its kind, its share title once (the headline when it has none),
 * its lead figure when it has one (src/model/lead-figure.ts, drawn by {@link mapFigure},
 * {@link photoFigure}, {@link chartFigure} or {@link numberFigure}), its date; its own accent,
 * picked by its slug.
 */
export function articleShareCard(
	slug: string,
	data: ArticleCardData,
	site: Pick<Site, 'title'>,
	figure?: ShareFigure,
	locale: Locale = DEFAULT_LOCALE,
): ShareCard {
	return {
		label: articleKindLabel(data.kind, locale),
		headline: articleShareTitle(data),
		...(figure ? { figure } : {}),
		accent: accentFor(`articles/${slug}`),
		footerStart: site.title,
		footerEnd: shareCardDate(data, locale),
	};
}

/** «1996–2025» for events over years, the day range «13–14 марта 2025» within one year. */
function timelineSpan(timeline: Timeline, locale: Locale): string {
	const first = timeline.events[0]!.date;
	const last = timeline.events.at(-1)!.date;
	const [from, to] = [first.key.slice(0, 4), last.key.slice(0, 4)];
	if (from !== to) return `${from}–${to}`;
	const [start, end] = [formatPartialDate(first, locale), formatPartialDate(last, locale)];
	return start === end ? start : `${start} — ${end}`;
}

/** The share card of a timeline: its title, and its span and number of events as the figure. */
export function timelineShareCard(
	id: string,
	timeline: Timeline,
	site: Pick<Site, 'title'>,
	locale: Locale = DEFAULT_LOCALE,
): ShareCard {
	const ui = uiFor(locale);
	return {
		label: ui.cards.timeline,
		headline: timeline.title,
		figure: {
			kind: 'number',
			value: timelineSpan(timeline, locale),
			caption: formatCount(timeline.events.length, ui.counts.events, locale),
		},
		accent: accentFor(`timelines/${id}`),
		footerStart: site.title,
	};
}

/** The first letters of a name's first two words: «Александр Лукашенко» → «АЛ». */
function initials(name: string): string {
	return name
		.split(/[\s\u00A0]+/)
		.filter((word) => word !== '')
		.slice(0, 2)
		.map((word) => word[0]!.toUpperCase())
		.join('');
}

/** The share card of a person: name, role, initials, and how many articles are about them. */
export function personShareCard(
	id: string,
	person: Person,
	articleCount: number,
	site: Pick<Site, 'title'>,
	locale: Locale = DEFAULT_LOCALE,
): ShareCard {
	const ui = uiFor(locale);
	return {
		label: ui.cards.person,
		headline: person.name,
		dek: person.role,
		figure: { kind: 'initials', value: initials(person.name) },
		accent: accentFor(`people/${id}`),
		footerStart: site.title,
		footerEnd: formatCount(articleCount, ui.counts.articles, locale),
	};
}

/** The share card of a topic: its title, what it covers, and how many articles it holds. */
export function topicShareCard(
	id: string,
	topic: Topic,
	articleCount: number,
	site: Pick<Site, 'title'>,
	locale: Locale = DEFAULT_LOCALE,
): ShareCard {
	const ui = uiFor(locale);
	return {
		label: ui.cards.topic,
		headline: topic.title,
		dek: topic.description,
		figure: {
			kind: 'number',
			value: String(articleCount),
			caption: countWord(articleCount, ui.counts.articles, locale),
		},
		accent: accentFor(`topics/${id}`),
		footerStart: site.title,
	};
}

/** The share card of the glossary: a few of its terms, and how many it explains. */
export function glossaryShareCard(
	terms: readonly Term[],
	site: Pick<Site, 'title'>,
	locale: Locale = DEFAULT_LOCALE,
): ShareCard {
	const ui = uiFor(locale);
	return {
		label: ui.cards.glossary,
		headline: terms
			.slice(0, 3)
			.map((term) => term.term)
			.join(' · '),
		figure: {
			kind: 'number',
			value: String(terms.length),
			caption: countWord(terms.length, ui.counts.terms, locale),
		},
		accent: SITE_ACCENT,
		footerStart: site.title,
	};
}

/** The share card of the home page and every page without its own: what the site explains. */
export function siteShareCard(site: Pick<Site, 'title' | 'description' | 'url'>): ShareCard {
	return {
		headline: site.title,
		dek: site.description,
		accent: SITE_ACCENT,
		footerStart: new URL(site.url).host,
	};
}
