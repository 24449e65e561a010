import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../data/site-data.ts';
import { groupEventsByYear, formatEventDate } from '../model/timeline.ts';
import { quoted } from '../format/typography.ts';
import { localizedPath, personPath, timelineEventAnchor, timelinePath } from '../format/urls.ts';
import type { Timeline, TimelineEvent } from '../schemas/timeline.ts';
import { sourceNames, type SourceName } from './sources.ts';

/** A link to a person, as a timeline event names its participants. */
export interface PersonLink {
	href: string;
	name: string;
}

/** One event as a timeline shows it. */
export interface TimelineEventView {
	/** Id of the event's `<li>`, the fragment of its shared links. */
	anchor: string;
	/** Machine-readable date or moment for `<time datetime>`. */
	datetime: string;
	/** The date as readers see it: «13 марта 2025, около 10:00». */
	date: string;
	title: string;
	/** The title in «ёлочки» (inner quotes as „лапки“), for the label of the event's own link. */
	quotedTitle: string;
	text: string | undefined;
	caveat: string | undefined;
	people: PersonLink[];
	sources: SourceName[];
}

/** A timeline as an article embeds it and as its own page shows it. */
export interface TimelineView {
	/** Id of the timeline (its file name). */
	id: string;
	title: string;
	description: string | undefined;
	/** The timeline's own page. */
	href: string;
	/** All events, in the file's order (an embed lists them in one run). */
	events: TimelineEventView[];
	/** The same events grouped by year (its page has a heading per year). */
	years: { year: string; events: TimelineEventView[] }[];
}

/** What an event or a timeline needs to resolve the people and sources it names. */
export type TimelineSite = Pick<SiteData, 'people' | 'sources'>;

/** An event of the timeline `timelineId` as the page shows it; an unknown person keeps their id. */
export function timelineEventView(
	timelineId: string,
	event: TimelineEvent,
	site: TimelineSite,
	locale: Locale = DEFAULT_LOCALE,
): TimelineEventView {
	return {
		anchor: timelineEventAnchor(timelineId, event.id),
		datetime: event.date.datetime,
		date: formatEventDate(event, locale),
		title: event.title,
		quotedTitle: quoted(event.title, locale),
		text: event.text,
		caveat: event.caveat,
		people: event.people.map((id) => ({
			href: localizedPath(personPath(id), locale),
			name: site.people.get(id)?.name ?? id,
		})),
		sources: sourceNames(event.sources, site.sources, locale),
	};
}

/** The timeline `id` with its events ready to render. */
export function timelineView(
	id: string,
	timeline: Timeline,
	site: TimelineSite,
	locale: Locale = DEFAULT_LOCALE,
): TimelineView {
	const events = timeline.events.map((event) => timelineEventView(id, event, site, locale));
	const byEvent = new Map(timeline.events.map((event, index) => [event, events[index]!]));
	return {
		id,
		title: timeline.title,
		description: timeline.description,
		href: localizedPath(timelinePath(id), locale),
		events,
		years: groupEventsByYear(timeline.events).map((group) => ({
			year: group.year,
			events: group.events.map((event) => byEvent.get(event)!),
		})),
	};
}
