import type { SiteData } from '../data/site-data.ts';
import { sourceKindLabel } from '../model/labels.ts';
import { PAGE_SIZES } from '../model/pagination.ts';
import { countOf } from '../format/plural.ts';
import { articlePath, sourcesPageAnchor, timelineEventPath } from '../format/urls.ts';
import type { Source } from '../schemas/source.ts';
import { citedTitle, titleLanguage } from './sources.ts';
import type { Link } from './link.ts';
import type { LayoutView } from './layout.ts';

/** One source on `/sources/`, with where it is cited. */
export interface SourceEntryView {
	anchor: string;
	source: Source;
	/** The title as cited: «quoted», or our description as it is. */
	title: string;
	/** The title's language when it is not Russian, for `lang`. */
	titleLang: string | undefined;
	/** What the source is, e.g. «копия (агрегатор)» (src/model/labels.ts). */
	kindLabel: string;
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
): SourcesPageView {
	const eventTitle = (timelineId: string, eventId: string) =>
		site.timelines.get(timelineId)?.events.find((event) => event.id === eventId)?.title ?? eventId;
	return {
		layout: {
			title: 'Источники',
			description: 'Все источники фактов «Разбора» и где они цитируются',
		},
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
					source,
					title: citedTitle(source),
					titleLang: titleLanguage(source),
					kindLabel: sourceKindLabel(source),
					articles: shown.map((slug) => ({
						href: articlePath(slug),
						text: site.articleById.get(slug)?.data.title ?? slug,
					})),
					more:
						more > 0 ? ` и\u00A0ещё ${countOf(more, ['материал', 'материала', 'материалов'])}` : '',
					events: usage.events.map((ref) => ({
						href: timelineEventPath(ref.timelineId, ref.eventId),
						text: eventTitle(ref.timelineId, ref.eventId),
					})),
				};
			}),
	};
}
