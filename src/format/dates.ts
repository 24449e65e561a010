import { tz } from '@date-fns/tz';
// One module per function: the package index and `date-fns/locale` load every function and
// every locale, seconds of start-up wherever Node loads this file unbundled (the build script,
// the content config, the tests).
import { format } from 'date-fns/format';
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { ru } from 'date-fns/locale/ru';
import { parseISO } from 'date-fns/parseISO';
import { SITE } from '../site.ts';

/**
 * The only module that parses and formats dates. Everything is shown in Moscow time with the
 * `ru` locale through date-fns' `in` option, so the output never depends on the machine's `TZ`.
 */
const inMoscow = tz(SITE.timeZone);

/** `2025-03-13T12:00`, seconds and fraction optional, then `Z` or `±HH:MM`. */
export const OFFSET_DATE_TIME =
	/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Parses an ISO 8601 date-time that carries its UTC offset; anything else gives `null`. */
export function parseOffsetDateTime(value: string): Date | null {
	if (!OFFSET_DATE_TIME.test(value)) return null;
	const date = parseISO(value);
	return isValid(date) ? date : null;
}

/**
 * A date formatter that formats each instant once: the same dates (an article's, a timeline
 * event's) are printed on page after page, and formatting in a time zone is not cheap.
 */
function oncePerInstant(formatter: (date: Date) => string): (date: Date) => string {
	const formatted = new Map<number, string>();
	return (date) => {
		const time = date.getTime();
		let result = formatted.get(time);
		if (result === undefined) {
			result = formatter(date);
			formatted.set(time, result);
		}
		return result;
	};
}

/** ISO 8601 in Moscow time with its offset, for `<time datetime>` and metadata: `2025-03-13T15:00:00+03:00`. */
export const toIsoDateTime = oncePerInstant((date) => formatISO(date, { in: inMoscow }));

/** «13 марта 2025» */
export const formatDay = oncePerInstant((date) =>
	format(date, 'd MMMM yyyy', { locale: ru, in: inMoscow }),
);

/** «13 марта 2025, 15:00 МСК» */
export const formatDateTime = oncePerInstant(
	(date) =>
		`${format(date, 'd MMMM yyyy, HH:mm', { locale: ru, in: inMoscow })} ${SITE.timeZoneLabel}`,
);

/** How exactly a date is known. */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

/** A date known to the year, month, day or minute, as an editor wrote it. */
export interface PartialDate {
	precision: DatePrecision;
	/** Moscow-local `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`: prefixes compare as strings. */
	key: string;
	/** Valid HTML `datetime` value for the same date. */
	datetime: string;
	/** The instant, for `time` precision only. */
	instant?: Date;
}

const KEY_LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10, time: 16 };
/** A date known to the year, month or day: `1996`, `1996-04`, `1996-04-02`. */
export const PARTIAL_DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `1996`, `1996-04`, `1996-04-02` or `2025-03-13T15:15+03:00` into a {@link PartialDate};
 * anything else, or an impossible calendar date, gives `null`.
 */
export function parsePartialDate(value: string | number): PartialDate | null {
	const text = String(value);
	const instant = parseOffsetDateTime(text);
	if (instant) {
		const key = format(instant, "yyyy-MM-dd'T'HH:mm", { in: inMoscow });
		return { precision: 'time', key, datetime: toIsoDateTime(instant), instant };
	}
	const match = PARTIAL_DAY.exec(text);
	if (!match) return null;
	const [, year, month, day] = match;
	const probe = parseISO(`${year}-${month ?? '01'}-${day ?? '01'}`);
	if (!isValid(probe) || format(probe, 'yyyy-MM-dd') !== `${year}-${month ?? '01'}-${day ?? '01'}`)
		return null;
	const precision: DatePrecision = day ? 'day' : month ? 'month' : 'year';
	return { precision, key: text, datetime: text };
}

/** Compares two partial dates at the precision both have: `-1`, `0` (same or not comparable) or `1`. */
export function comparePartialDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 {
	const length = Math.min(KEY_LENGTH[a.precision], KEY_LENGTH[b.precision]);
	const left = a.key.slice(0, length);
	const right = b.key.slice(0, length);
	return left < right ? -1 : left > right ? 1 : 0;
}

/** Local calendar parts of a partial date, as numbers. */
function partsOf(date: PartialDate): { year: number; month: number; day: number } {
	const [year = 0, month = 1, day = 1] = date.key.slice(0, 10).split('-').map(Number);
	return { year, month, day };
}

/** A calendar date at noon UTC: its Moscow day is the same day, so formatting cannot shift it. */
function calendarDate(date: PartialDate): Date {
	const { year, month, day } = partsOf(date);
	return new Date(Date.UTC(year, month - 1, day, 12));
}

/** «1996», «апрель 1996», «2 апреля 1996» or «13 марта 2025, 15:15 МСК». */
export function formatPartialDate(date: PartialDate): string {
	switch (date.precision) {
		case 'year':
			return date.key;
		case 'month':
			return format(calendarDate(date), 'LLLL yyyy', { locale: ru, in: inMoscow });
		case 'day':
			return formatDay(calendarDate(date));
		case 'time':
			return formatDateTime(date.instant ?? calendarDate(date));
	}
}

/** «15:15» for a date with a time, otherwise `null`. */
export function formatTimeOfDay(date: PartialDate): string | null {
	return date.instant ? format(date.instant, 'HH:mm', { in: inMoscow }) : null;
}

/**
 * The dash of a range of numbers, with a word joiner (U+2060) after it: a line may break after an
 * en dash, which would leave «13–» or «11:40–» at a line's end (issue 18); the same rule as the
 * typography of the text (`NUMBER_RANGE` in typography.ts).
 */
export const NUMBER_RANGE_DASH = '\u2013\u2060';

/**
 * A range such as «21–25 января 2025», «март — апрель 2025» or «11:40–12:00»; with the same
 * day on both ends only the times differ. The dash of a range of numbers keeps them on one line.
 */
export function formatPartialDateRange(start: PartialDate, end: PartialDate): string {
	const a = partsOf(start);
	const b = partsOf(end);
	if (
		start.precision === 'day' &&
		end.precision === 'day' &&
		a.year === b.year &&
		a.month === b.month
	) {
		return `${a.day}${NUMBER_RANGE_DASH}${formatDay(calendarDate(end))}`;
	}
	if (
		start.precision === 'time' &&
		end.precision === 'time' &&
		start.key.slice(0, 10) === end.key.slice(0, 10)
	) {
		return `${formatDay(calendarDate(start))}, ${formatTimeOfDay(start)}${NUMBER_RANGE_DASH}${formatTimeOfDay(end)} ${SITE.timeZoneLabel}`;
	}
	if (start.precision === 'month' && end.precision === 'month' && a.year === b.year) {
		const month = format(calendarDate(start), 'LLLL', { locale: ru, in: inMoscow });
		return `${month} — ${formatPartialDate(end)}`;
	}
	return `${formatPartialDate(start)} — ${formatPartialDate(end)}`;
}
