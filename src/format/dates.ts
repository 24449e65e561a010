import { tz } from '@date-fns/tz';
// One module per function: the package index and `date-fns/locale` load every function and
// every locale, seconds of start-up wherever Node loads this file unbundled (the build script,
// the content config, the tests).
import { format } from 'date-fns/format';
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { enUS } from 'date-fns/locale/en-US';
import { ru } from 'date-fns/locale/ru';
import { parseISO } from 'date-fns/parseISO';
import type { Locale as DateLocale } from 'date-fns';
import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { SITE } from '../site.ts';

/**
 * The dash of a range of numbers, with a word joiner (U+2060) after it: a line may break after an
 * en dash, which would leave «13–» or «11:40–» at a line's end (issue 18); the same rule as the
 * typography of the text (`NUMBER_RANGE` in typography.ts).
 */
export const NUMBER_RANGE_DASH = '\u2013\u2060';

/**
 * The only module that parses and formats dates. Everything is shown in Moscow time through
 * date-fns' `in` option, so the output never depends on the machine's `TZ`, in the page's
 * language (`ru` by default): Russian «13 марта 2025, 15:00 МСК», English «13 March 2025, 15:00
 * Moscow time (MSK)» — day before month in both, as the English edition writes «13–14 March».
 */
const inMoscow = tz(SITE.timeZone);

/** How each language writes dates: date-fns' locale and the dashes of its ranges. */
interface DateStyle {
	locale: DateLocale;
	/** Between two months of one year: «март — апрель 2025», «March–April 2025». */
	monthDash: string;
	/** Between two years: «1996 — 1999», «1996–1999». */
	yearDash: string;
	/** Between two other dates: «декабрь 2024 — март 2025», «December 2024 – March 2025». */
	rangeDash: string;
}

const DATE_STYLES: Readonly<Record<Locale, DateStyle>> = Object.freeze({
	ru: { locale: ru, monthDash: ' — ', yearDash: ' — ', rangeDash: ' — ' },
	en: { locale: enUS, monthDash: '–', yearDash: NUMBER_RANGE_DASH, rangeDash: ' – ' },
});

/** The words said after a time of day: «МСК», «Moscow time (MSK)». */
function zoneLabel(locale: Locale): string {
	return uiFor(locale).dates.timeZone;
}

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
 * A date formatter that formats each instant once per language: the same dates (an article's, a
 * timeline event's) are printed on page after page, and formatting in a time zone is not cheap.
 */
function oncePerInstant(
	formatter: (date: Date, locale: Locale) => string,
): (date: Date, locale?: Locale) => string {
	const formatted = new Map<string, string>();
	return (date, locale = DEFAULT_LOCALE) => {
		const key = `${locale}${date.getTime()}`;
		let result = formatted.get(key);
		if (result === undefined) {
			result = formatter(date, locale);
			formatted.set(key, result);
		}
		return result;
	};
}

/** ISO 8601 in Moscow time with its offset, for `<time datetime>` and metadata: `2025-03-13T15:00:00+03:00`. */
export const toIsoDateTime: (date: Date) => string = oncePerInstant((date) =>
	formatISO(date, { in: inMoscow }),
);

/** «13 марта 2025», «13 March 2025». */
export const formatDay = oncePerInstant((date, locale) =>
	format(date, 'd MMMM yyyy', { locale: DATE_STYLES[locale].locale, in: inMoscow }),
);

/** «13 марта 2025, 15:00 МСК», «13 March 2025, 15:00 Moscow time (MSK)». */
export const formatDateTime = oncePerInstant(
	(date, locale) =>
		`${format(date, 'd MMMM yyyy, HH:mm', { locale: DATE_STYLES[locale].locale, in: inMoscow })} ${zoneLabel(locale)}`,
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

/**
 * «1996», «апрель 1996», «2 апреля 1996» or «13 марта 2025, 15:15 МСК»; in English «April 1996»,
 * «2 April 1996», «13 March 2025, 15:15 Moscow time (MSK)».
 */
export function formatPartialDate(date: PartialDate, locale: Locale = DEFAULT_LOCALE): string {
	switch (date.precision) {
		case 'year':
			return date.key;
		case 'month':
			return format(calendarDate(date), 'LLLL yyyy', {
				locale: DATE_STYLES[locale].locale,
				in: inMoscow,
			});
		case 'day':
			return formatDay(calendarDate(date), locale);
		case 'time':
			return formatDateTime(date.instant ?? calendarDate(date), locale);
	}
}

/** «15:15» for a date with a time, otherwise `null`. */
export function formatTimeOfDay(date: PartialDate): string | null {
	return date.instant ? format(date.instant, 'HH:mm', { in: inMoscow }) : null;
}

/**
 * A range such as «21–25 января 2025», «март — апрель 2025» or «13 марта 2025, 11:40–12:00 МСК»
 * («21–25 January 2025», «March–April 2025», «13 March 2025, 11:40–12:00 Moscow time (MSK)»);
 * with the same day on both ends only the times differ. The dash of a range of numbers keeps
 * them on one line.
 */
export function formatPartialDateRange(
	start: PartialDate,
	end: PartialDate,
	locale: Locale = DEFAULT_LOCALE,
): string {
	const style = DATE_STYLES[locale];
	const a = partsOf(start);
	const b = partsOf(end);
	if (
		start.precision === 'day' &&
		end.precision === 'day' &&
		a.year === b.year &&
		a.month === b.month
	) {
		return `${a.day}${NUMBER_RANGE_DASH}${formatDay(calendarDate(end), locale)}`;
	}
	if (
		start.precision === 'time' &&
		end.precision === 'time' &&
		start.key.slice(0, 10) === end.key.slice(0, 10)
	) {
		return `${formatDay(calendarDate(start), locale)}, ${formatTimeOfDay(start)}${NUMBER_RANGE_DASH}${formatTimeOfDay(end)} ${zoneLabel(locale)}`;
	}
	if (start.precision === 'month' && end.precision === 'month' && a.year === b.year) {
		const month = format(calendarDate(start), 'LLLL', { locale: style.locale, in: inMoscow });
		return `${month}${style.monthDash}${formatPartialDate(end, locale)}`;
	}
	const dash =
		start.precision === 'year' && end.precision === 'year' ? style.yearDash : style.rangeDash;
	return `${formatPartialDate(start, locale)}${dash}${formatPartialDate(end, locale)}`;
}
