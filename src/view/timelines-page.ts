import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatEventDate } from '../model/timeline.ts';
import { formatCount } from '../format/plural.ts';
import { localizedPath, timelinePath } from '../format/urls.ts';
import type { LayoutView } from './layout.ts';

/** `/timelines/`: every timeline with its span and size. */
export interface TimelinesPageView {
	layout: LayoutView;
	timelines: {
		href: string;
		title: string;
		description: string | undefined;
		/** «33 события». */
		count: string;
		/** Dates of the first and the last event. */
		first: string;
		last: string;
	}[];
}

/** The list of timelines, by id. */
export function timelinesPage(
	site: Pick<SiteData, 'timelines'>,
	locale: Locale = DEFAULT_LOCALE,
): TimelinesPageView {
	const ui = uiFor(locale);
	return {
		layout: { ...ui.pages.timelines, locale },
		timelines: [...site.timelines]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([id, timeline]) => ({
				href: localizedPath(timelinePath(id), locale),
				title: timeline.title,
				description: timeline.description,
				count: formatCount(timeline.events.length, ui.counts.events, locale),
				first: formatEventDate(timeline.events[0]!, locale),
				last: formatEventDate(timeline.events.at(-1)!, locale),
			})),
	};
}
