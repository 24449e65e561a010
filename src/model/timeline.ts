import type { Timeline, TimelineEvent } from '../schemas/timeline.ts';
import { countWords } from '../format/reading-time.ts';
import { SITE } from '../site.ts';
import {
	formatDay,
	formatPartialDate,
	formatPartialDateRange,
	formatTimeOfDay,
	NUMBER_RANGE_DASH,
} from '../format/dates.ts';

/**
 * Orders events from several timelines into one list (a person's page, for instance).
 *
 * A timeline file is already in the editor's chronological order and is shown as written. When
 * events are merged, an event known only to the day goes before that day's timed events, a
 * month-only event before that month's days, a year-only event first in its year; ties keep
 * their input order. Moscow-local keys compare as strings, and a shorter key that is a prefix of
 * a longer one sorts first, which is exactly that rule.
 */
export function sortTimeline<T extends Pick<TimelineEvent, 'date'>>(events: readonly T[]): T[] {
	// Array#sort is stable (ES2019), so equal keys keep their input order.
	return [...events].sort((a, b) =>
		a.date.key < b.date.key ? -1 : a.date.key > b.date.key ? 1 : 0,
	);
}

/** Events grouped by year, in the order given, for the timeline page. */
export function groupEventsByYear<T extends Pick<TimelineEvent, 'date'>>(
	events: readonly T[],
): { year: string; events: T[] }[] {
	const groups: { year: string; events: T[] }[] = [];
	for (const event of events) {
		const year = event.date.key.slice(0, 4);
		const last = groups.at(-1);
		if (last?.year === year) last.events.push(event);
		else groups.push({ year, events: [event] });
	}
	return groups;
}

const QUALIFIER_WORDS = { about: 'около', by: 'не позднее', notBefore: 'не ранее' } as const;

type EventDate = Pick<TimelineEvent, 'date' | 'end' | 'qualifier' | 'period'>;

/** Date lines already written, by event: an embedded timeline repeats on many pages of a build. */
const eventDates = new WeakMap<EventDate, string>();

/**
 * The date line of an event: «2 апреля 1996», «13 марта 2025, около 10:00 МСК»,
 * «13 марта 2025, утро», «21–25 января 2025». Worked out once per event object.
 */
export function formatEventDate(event: EventDate): string {
	let line = eventDates.get(event);
	if (line === undefined) {
		line = eventDateLine(event);
		eventDates.set(event, line);
	}
	return line;
}

function eventDateLine(event: EventDate): string {
	const { date, end, qualifier, period } = event;
	if (qualifier && date.instant) {
		// «около 10:00» or, for a span within one day, «около 11:40–12:00».
		const sameDay = end?.instant && end.key.slice(0, 10) === date.key.slice(0, 10);
		if (!end || sameDay) {
			const times = sameDay
				? `${formatTimeOfDay(date)}${NUMBER_RANGE_DASH}${formatTimeOfDay(end)}`
				: formatTimeOfDay(date);
			return `${formatDay(date.instant)}, ${QUALIFIER_WORDS[qualifier]} ${times} ${SITE.timeZoneLabel}`;
		}
	}
	if (end)
		return period
			? `${formatPartialDateRange(date, end)}, ${period}`
			: formatPartialDateRange(date, end);
	if (period) return `${formatPartialDate(date)}, ${period}`;
	return formatPartialDate(date);
}

/**
 * Words a reader reads in a timeline embedded in an article: its title and description, and each
 * event's date, title, text and caveat, as the embed shows them (for the article's reading time).
 */
export function timelineWords(
	timeline: Pick<Timeline, 'title' | 'description' | 'events'>,
): number {
	const texts = [timeline.title, timeline.description ?? ''];
	for (const event of timeline.events)
		texts.push(formatEventDate(event), event.title, event.text ?? '', event.caveat ?? '');
	return countWords(texts.join(' '));
}
