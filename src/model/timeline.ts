import type { Timeline, TimelineEvent } from '../schemas/timeline.ts';
import { countWords } from '../format/reading-time.ts';
import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
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

type EventDate = Pick<TimelineEvent, 'date' | 'end' | 'qualifier' | 'period'>;

/**
 * Date lines already written, by language and event: an embedded timeline repeats on many pages
 * of a build.
 */
const eventDates: Readonly<Record<Locale, WeakMap<EventDate, string>>> = Object.freeze({
	ru: new WeakMap<EventDate, string>(),
	en: new WeakMap<EventDate, string>(),
});

/**
 * The date line of an event: «2 апреля 1996», «13 марта 2025, около 10:00 МСК»,
 * «13 марта 2025, утро», «21–25 января 2025»; in English «13 March 2025, about 10:00 Moscow time
 * (MSK)». Worked out once per event object and language.
 */
export function formatEventDate(event: EventDate, locale: Locale = DEFAULT_LOCALE): string {
	let line = eventDates[locale].get(event);
	if (line === undefined) {
		line = eventDateLine(event, locale);
		eventDates[locale].set(event, line);
	}
	return line;
}

function eventDateLine(event: EventDate, locale: Locale): string {
	const ui = uiFor(locale);
	const { date, end, qualifier, period } = event;
	if (qualifier && date.instant) {
		// «около 10:00» or, for a span within one day, «около 11:40–12:00».
		const sameDay = end?.instant && end.key.slice(0, 10) === date.key.slice(0, 10);
		if (!end || sameDay) {
			const times = sameDay
				? `${formatTimeOfDay(date)}${NUMBER_RANGE_DASH}${formatTimeOfDay(end)}`
				: formatTimeOfDay(date);
			return `${formatDay(date.instant, locale)}, ${ui.qualifiers[qualifier]} ${times} ${ui.dates.timeZone}`;
		}
	}
	if (end)
		return period
			? `${formatPartialDateRange(date, end, locale)}, ${period}`
			: formatPartialDateRange(date, end, locale);
	if (period) return `${formatPartialDate(date, locale)}, ${period}`;
	return formatPartialDate(date, locale);
}

/**
 * Words a reader reads in a timeline embedded in an article: its title and description, and each
 * event's date, title, text and caveat, as the embed shows them (for the article's reading time).
 */
export function timelineWords(
	timeline: Pick<Timeline, 'title' | 'description' | 'events'>,
	locale: Locale = DEFAULT_LOCALE,
): number {
	const texts = [timeline.title, timeline.description ?? ''];
	for (const event of timeline.events)
		texts.push(formatEventDate(event, locale), event.title, event.text ?? '', event.caveat ?? '');
	return countWords(texts.join(' '));
}
