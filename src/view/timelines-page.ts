import type { SiteData } from '../data/site-data.ts';
import { formatEventDate } from '../model/timeline.ts';
import { countOf } from '../format/plural.ts';
import { timelinePath } from '../format/urls.ts';
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
export function timelinesPage(site: Pick<SiteData, 'timelines'>): TimelinesPageView {
	return {
		layout: {
			title: 'Хроники',
			description: 'Хроники событий: визит по часам и история отношений России и Белоруссии',
		},
		timelines: [...site.timelines]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([id, timeline]) => ({
				href: timelinePath(id),
				title: timeline.title,
				description: timeline.description,
				count: countOf(timeline.events.length, ['событие', 'события', 'событий']),
				first: formatEventDate(timeline.events[0]!),
				last: formatEventDate(timeline.events.at(-1)!),
			})),
	};
}
