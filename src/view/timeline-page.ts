import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatCount } from '../format/plural.ts';
import { entryShareImagePath } from '../format/urls.ts';
import { pageShareImage, type LayoutView } from './layout.ts';
import { timelineView, type TimelineView } from './timeline.ts';

/** The page of one timeline: its events grouped by year. */
export interface TimelinePageView {
	layout: LayoutView;
	timeline: TimelineView;
}

/** `getStaticPaths` of the timeline pages: one per timeline. */
export function timelinePaths(site: Pick<SiteData, 'timelines'>): { params: { id: string } }[] {
	return [...site.timelines.keys()].map((id) => ({ params: { id } }));
}

/** The page of the timeline `id`. */
export function timelinePage(
	site: Pick<SiteData, 'timelines' | 'people' | 'sources'>,
	id: string | undefined,
	locale: Locale = DEFAULT_LOCALE,
): TimelinePageView {
	const ui = uiFor(locale);
	const timeline = id === undefined ? undefined : site.timelines.get(id);
	if (id === undefined || !timeline) throw new Error(`No timeline «${String(id)}»`);
	return {
		layout: {
			title: timeline.title,
			description: timeline.description ?? timeline.title,
			image: pageShareImage(
				entryShareImagePath('timelines', id, locale),
				ui.pages.timeline.imageAlt(
					timeline.title,
					formatCount(timeline.events.length, ui.counts.events, locale),
				),
			),
			searchKind: 'event',
			locale,
		},
		timeline: timelineView(id, timeline, site, locale),
	};
}
