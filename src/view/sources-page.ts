import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../data/site-data.ts';
import { PAGE_SIZES } from '../model/pagination.ts';
import { formatCount } from '../format/plural.ts';
import {
	articlePath,
	localizedPath,
	sourcesPageAnchor,
	timelineEventPath,
} from '../format/urls.ts';
import { citedSource, type CitedSource } from './sources.ts';
import type { Link } from './link.ts';
import type { LayoutView } from './layout.ts';

/** One source on `/sources/`, with where it is cited. */
export interface SourceEntryView {
	anchor: string;
	cited: CitedSource;
	/** The newest articles citing it. */
	articles: Link[];
	/** «и ещё 3 материала» when more articles cite it than are named; otherwise empty. */
	more: string;
	/** Timeline events citing it. */
	events: Link[];
}

/** `/sources/`: every source, by publisher and title. */
export interface SourcesPageView {
	layout: LayoutView;
	sources: SourceEntryView[];
}

/** The list of sources. */
export function sourcesPage(
	site: Pick<SiteData, 'sources' | 'index' | 'articleById' | 'timelines'>,
	locale: Locale = DEFAULT_LOCALE,
): SourcesPageView {
	const ui = uiFor(locale);
	const eventTitle = (timelineId: string, eventId: string) =>
		site.timelines.get(timelineId)?.events.find((event) => event.id === eventId)?.title ?? eventId;
	return {
		layout: { title: ui.pages.sources.title, description: ui.pages.sources.description, locale },
		sources: [...site.sources]
			.sort(
				([, a], [, b]) =>
					a.publisher.localeCompare(b.publisher, 'ru') || a.title.localeCompare(b.title, 'ru'),
			)
			.map(([id, source]) => {
				const usage = site.index.source(id);
				// The newest few: with thousands of articles the full lists would weigh megabytes.
				const shown = usage.articles.slice(0, PAGE_SIZES.sourceUsage);
				const more = usage.articles.length - shown.length;
				return {
					anchor: sourcesPageAnchor(id),
					cited: citedSource(source, locale),
					articles: shown.map((slug) => ({
						href: localizedPath(articlePath(slug), locale),
						text: site.articleById.get(slug)?.data.title ?? slug,
					})),
					more:
						more > 0 ? ui.pages.sources.more(formatCount(more, ui.counts.articles, locale)) : '',
					events: usage.events.map((ref) => ({
						href: localizedPath(timelineEventPath(ref.timelineId, ref.eventId), locale),
						text: eventTitle(ref.timelineId, ref.eventId),
					})),
				};
			}),
	};
}
