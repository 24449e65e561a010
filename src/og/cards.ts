import { lastModified } from '../model/articles.ts';
import { chartDrawing } from '../model/chart-drawing.ts';
import { formatDay, formatPartialDate } from '../format/dates.ts';
import { formatCount } from '../format/plural.ts';
import { RU } from '../i18n/ru.ts';
import { ARTICLE_KIND_LABELS } from '../model/labels.ts';
import type { Article } from '../schemas/article.ts';
import type { Chart } from '../schemas/chart.ts';
import type { Person } from '../schemas/person.ts';
import type { Term } from '../schemas/term.ts';
import type { Timeline } from '../schemas/timeline.ts';
import type { Topic } from '../schemas/topic.ts';
import type { Site } from '../site.ts';
import { accentFor, SITE_ACCENT } from './palette.ts';
import { articleShareTitle } from './share-title.ts';
import type { ShareCard, ShareFigure } from './template.ts';

/**
 * What each page type's share image says, from the content's own data: one function per page
 * type, each giving the card's label, headline (once), figure and accent.
 */

/** What an article's share image says, from its frontmatter. */
export type ArticleCardData = Pick<
	Article,
	'title' | 'kind' | 'published' | 'updated' | 'updates'
> & { shareTitle?: string | undefined };

// The cards' words, from the Russian UI dictionary: cards are drawn for the Russian edition.
const ARTICLE_FORMS = RU.counts.articles;
const EVENT_FORMS = RU.counts.events;
const TERM_FORMS = RU.counts.terms;

/**
 * «13 марта 2025», or «13 марта 2025 · обновлено 14 марта 2025» when the article changed on a
 * later day: a shared link should not pass old news off as fresh, nor hide a correction.
 */
export function shareCardDate(data: Pick<Article, 'published' | 'updated' | 'updates'>): string {
	const published = formatDay(data.published);
	const modified = formatDay(lastModified(data));
	return modified === published ? published : RU.cards.publishedAndUpdated(published, modified);
}

/**
 * A chart as a card's figure: its first bars, each as a share of the longest, with the values as
 * the page's table shows them; the chart's title is the caption.
 */
export function chartFigure(chart: Chart): ShareFigure {
	const { rows } = chartDrawing(chart);
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
export function chartShareCard(id: string, chart: Chart, site: Pick<Site, 'title'>): ShareCard {
	const figure = chartFigure(chart);
	return {
		label: RU.chart.card,
		headline: chart.title,
		chart: figure.kind === 'bars' ? figure.bars : [],
		accent: accentFor(`charts/${id}`),
		footerStart: site.title,
		// What the bars measure, as the page's axis says it.
		footerEnd:
			chart.kind === 'values'
				? chart.unit
				: RU.chart.daysSince(formatPartialDate(chart.bars[0]!.date)),
	};
}

/**
 * The share card of an article: its kind, its share title once (the headline when it has none),
 * its lead chart when the body has one, its date; its own accent, picked by its slug.
 */
export function articleShareCard(
	slug: string,
	data: ArticleCardData,
	site: Pick<Site, 'title'>,
	leadChart?: Chart,
): ShareCard {
	return {
		label: ARTICLE_KIND_LABELS[data.kind],
		headline: articleShareTitle(data),
		...(leadChart ? { figure: chartFigure(leadChart) } : {}),
		accent: accentFor(`articles/${slug}`),
		footerStart: site.title,
		footerEnd: shareCardDate(data),
	};
}

/** «1996–2025» for events over years, the day range «13–14 марта 2025» within one year. */
function timelineSpan(timeline: Timeline): string {
	const first = timeline.events[0]!.date;
	const last = timeline.events.at(-1)!.date;
	const [from, to] = [first.key.slice(0, 4), last.key.slice(0, 4)];
	if (from !== to) return `${from}–${to}`;
	const [start, end] = [formatPartialDate(first), formatPartialDate(last)];
	return start === end ? start : `${start} — ${end}`;
}

/** The share card of a timeline: its title, and its span and number of events as the figure. */
export function timelineShareCard(
	id: string,
	timeline: Timeline,
	site: Pick<Site, 'title'>,
): ShareCard {
	return {
		label: RU.cards.timeline,
		headline: timeline.title,
		figure: {
			kind: 'number',
			value: timelineSpan(timeline),
			caption: formatCount(timeline.events.length, EVENT_FORMS),
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
): ShareCard {
	return {
		label: RU.cards.person,
		headline: person.name,
		dek: person.role,
		figure: { kind: 'initials', value: initials(person.name) },
		accent: accentFor(`people/${id}`),
		footerStart: site.title,
		footerEnd: formatCount(articleCount, ARTICLE_FORMS),
	};
}

/** The share card of a topic: its title, what it covers, and how many articles it holds. */
export function topicShareCard(
	id: string,
	topic: Topic,
	articleCount: number,
	site: Pick<Site, 'title'>,
): ShareCard {
	return {
		label: RU.cards.topic,
		headline: topic.title,
		dek: topic.description,
		figure: {
			kind: 'number',
			value: String(articleCount),
			caption: formatCount(articleCount, ARTICLE_FORMS).replace(/^\d+\u00A0/, ''),
		},
		accent: accentFor(`topics/${id}`),
		footerStart: site.title,
	};
}

/** The share card of the glossary: a few of its terms, and how many it explains. */
export function glossaryShareCard(terms: readonly Term[], site: Pick<Site, 'title'>): ShareCard {
	return {
		label: RU.cards.glossary,
		headline: terms
			.slice(0, 3)
			.map((term) => term.term)
			.join(' · '),
		figure: {
			kind: 'number',
			value: String(terms.length),
			caption: formatCount(terms.length, TERM_FORMS).replace(/^\d+\u00A0/, ''),
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
