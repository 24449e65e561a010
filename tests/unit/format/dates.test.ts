import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
	comparePartialDates,
	formatDateTime,
	formatDay,
	formatPartialDate,
	formatPartialDateRange,
	formatTimeOfDay,
	parseOffsetDateTime,
	parsePartialDate,
	toIsoDateTime,
	type PartialDate,
} from '../../../src/format/dates.ts';

/** A partial date the test knows to be valid. */
function partial(value: string | number): PartialDate {
	const date = parsePartialDate(value);
	if (!date) throw new Error(`test data: ${String(value)} is not a partial date`);
	return date;
}

describe('parseOffsetDateTime', () => {
	test.each([
		['2025-03-13T12:00:00+03:00', '2025-03-13T09:00:00.000Z'],
		['2025-03-13T12:00+03:00', '2025-03-13T09:00:00.000Z'],
		['2025-03-13T12:00:00Z', '2025-03-13T12:00:00.000Z'],
		['2025-03-13T12:00:00.5-05:00', '2025-03-13T17:00:00.500Z'],
		['2024-02-29T23:30+03:00', '2024-02-29T20:30:00.000Z'],
	])('reads %s as the instant %s', (input, expected) => {
		const date = parseOffsetDateTime(input);

		expect(date?.toISOString()).toBe(expected);
	});

	test.each([
		['2025-03-13 12:00', 'a space instead of T and no offset'],
		['2025-03-13T12:00', 'no offset'],
		['2025-03-13T12:00:00', 'seconds but no offset'],
		['2025-03-13', 'a day without time'],
		['вчера', 'a word'],
		['', 'nothing'],
		['13.03.2025 12:00 +03:00', 'a Russian-style date'],
		['2025-03-13T12:00+0300', 'an offset without a colon'],
	])('rejects %j (%s)', (input) => {
		expect(parseOffsetDateTime(input)).toBeNull();
	});

	test.each([
		['2025-02-30T12:00+03:00', 'February 30'],
		['2025-02-29T12:00+03:00', 'February 29 of a common year'],
		['2025-13-01T12:00+03:00', 'month 13'],
		['2025-03-13T25:00+03:00', 'hour 25'],
		['2025-03-13T12:60+03:00', 'minute 60'],
		['2025-03-13T12:00:60+03:00', 'second 60'],
		['2025-03-13T12:00+03:75', 'offset minute 75'],
	])('rejects the impossible %s (%s)', (input) => {
		expect(parseOffsetDateTime(input)).toBeNull();
	});

	test('rejects an offset of more than 23:59 hours, which no clock has', () => {
		const date = parseOffsetDateTime('2025-03-13T12:00+99:00');

		expect(date).toBeNull();
	});
});

describe('toIsoDateTime', () => {
	test('writes an instant in Moscow time with the +03:00 offset', () => {
		const date = new Date('2025-03-13T12:00:00Z');

		expect(toIsoDateTime(date)).toBe('2025-03-13T15:00:00+03:00');
	});

	test('moves a late UTC evening to the next Moscow day', () => {
		const date = new Date('2025-03-13T22:30:00Z');

		expect(toIsoDateTime(date)).toBe('2025-03-14T01:30:00+03:00');
	});

	test('gives the same text for one instant written with different offsets', () => {
		const inMinsk = parseOffsetDateTime('2025-03-13T15:00+03:00')!;
		const inLondon = parseOffsetDateTime('2025-03-13T12:00Z')!;
		const inNewYork = parseOffsetDateTime('2025-03-13T08:00-04:00')!;

		const texts = [inMinsk, inLondon, inNewYork].map(toIsoDateTime);

		expect(texts).toEqual(Array(3).fill('2025-03-13T15:00:00+03:00'));
	});
});

describe('formatDay and formatDateTime', () => {
	test('formatDay names the Moscow day in Russian', () => {
		const date = new Date('2025-03-13T09:00:00Z');

		expect(formatDay(date)).toBe('13 марта 2025');
	});

	test('formatDay uses the Moscow day, not the UTC day', () => {
		const date = new Date('2025-03-13T21:00:00Z');

		expect(formatDay(date)).toBe('14 марта 2025');
	});

	test('formatDateTime adds the Moscow time and the МСК label', () => {
		const date = new Date('2025-03-13T12:00:00Z');

		expect(formatDateTime(date)).toBe('13 марта 2025, 15:00 МСК');
	});

	test('formatDateTime pads hours and minutes', () => {
		const date = new Date('2025-01-02T03:05:00+03:00');

		expect(formatDateTime(date)).toBe('2 января 2025, 03:05 МСК');
	});
});

describe('parsePartialDate', () => {
	test.each([
		['1996', { precision: 'year', key: '1996', datetime: '1996' }],
		['1996-04', { precision: 'month', key: '1996-04', datetime: '1996-04' }],
		['1996-04-02', { precision: 'day', key: '1996-04-02', datetime: '1996-04-02' }],
		['2024-02-29', { precision: 'day', key: '2024-02-29', datetime: '2024-02-29' }],
	])('reads %s at its precision', (input, expected) => {
		expect(parsePartialDate(input)).toEqual(expected);
	});

	test('reads a YAML number such as 1996 as a year', () => {
		expect(parsePartialDate(1996)).toEqual({ precision: 'year', key: '1996', datetime: '1996' });
	});

	test('reads a date-time with offset as a Moscow-local minute with its instant', () => {
		const date = parsePartialDate('2025-03-13T12:15Z');

		expect(date).toEqual({
			precision: 'time',
			key: '2025-03-13T15:15',
			datetime: '2025-03-13T15:15:00+03:00',
			instant: new Date('2025-03-13T12:15:00Z'),
		});
	});

	test.each([
		['2025-13-01', 'month 13'],
		['2025-02-30', 'February 30'],
		['2025-02-29', 'February 29 of a common year'],
		['2025-00', 'month 0'],
		['2025-04-31', 'April 31'],
		['2025-03-13T15:15', 'a time without offset'],
		['2025-03-13 15:15+03:00', 'a space instead of T'],
		['96', 'a two-digit year'],
		['1996-4', 'a one-digit month'],
		['вчера', 'a word'],
		['', 'nothing'],
	])('rejects %j (%s)', (input) => {
		expect(parsePartialDate(input)).toBeNull();
	});
});

describe('comparePartialDates', () => {
	test.each([
		['1996-04-02', '1996-04-03', -1],
		['1996-04-03', '1996-04-02', 1],
		['1996-04-02', '1996-04-02', 0],
		['1995', '1996-01-01', -1],
		['1996-03', '1996-04-02', -1],
		['1996', '1996-04-02', 0],
		['1996-04', '1996-04-30', 0],
		['2025-03-13', '2025-03-13T10:00+03:00', 0],
		['2025-03-13T10:00+03:00', '2025-03-13T09:59+03:00', 1],
		['2025-03-13T23:30+03:00', '2025-03-14', -1],
	] as const)('compares %s with %s as %d', (left, right, expected) => {
		expect(comparePartialDates(partial(left), partial(right))).toBe(expected);
	});

	test('compares timed dates by their Moscow time, whatever offset they were written with', () => {
		const earlier = partial('2025-03-13T10:00+03:00');
		const later = partial('2025-03-13T08:00Z');

		expect(comparePartialDates(earlier, later)).toBe(-1);
	});
});

describe('formatPartialDate', () => {
	test.each([
		['1996', '1996'],
		['1996-04', 'апрель 1996'],
		['1996-05', 'май 1996'],
		['1996-04-02', '2 апреля 1996'],
		['2025-03-13T15:15+03:00', '13 марта 2025, 15:15 МСК'],
		['2025-03-13T22:10Z', '14 марта 2025, 01:10 МСК'],
	])('writes %s as «%s»', (input, expected) => {
		expect(formatPartialDate(partial(input))).toBe(expected);
	});
});

describe('formatTimeOfDay', () => {
	test('gives the Moscow time of a timed date', () => {
		expect(formatTimeOfDay(partial('2025-03-13T12:15Z'))).toBe('15:15');
	});

	test('gives null for a date without time', () => {
		expect(formatTimeOfDay(partial('2025-03-13'))).toBeNull();
	});
});

describe('formatPartialDateRange', () => {
	test('writes days of one month once: «21–25 января 2025»', () => {
		const range = formatPartialDateRange(partial('2025-01-21'), partial('2025-01-25'));

		// A word joiner after the dash: «21–» never ends a line.
		expect(range).toBe('21–\u206025 января 2025');
	});

	test('writes only the times when both ends are on the same day', () => {
		const range = formatPartialDateRange(
			partial('2025-03-13T11:40+03:00'),
			partial('2025-03-13T12:00+03:00'),
		);

		expect(range).toBe('13 марта 2025, 11:40–\u206012:00 МСК');
	});

	test('writes both ends in full when times fall on different Moscow days', () => {
		const range = formatPartialDateRange(
			partial('2025-03-13T23:40+03:00'),
			partial('2025-03-14T00:20+03:00'),
		);

		expect(range).toBe('13 марта 2025, 23:40 МСК — 14 марта 2025, 00:20 МСК');
	});

	test('writes both days in full across months', () => {
		const range = formatPartialDateRange(partial('2025-02-28'), partial('2025-03-02'));

		expect(range).toBe('28 февраля 2025 — 2 марта 2025');
	});

	test('joins years with a spaced dash', () => {
		expect(formatPartialDateRange(partial('1996'), partial('1999'))).toBe('1996 — 1999');
	});

	test('writes the year once for months of one year: «март — апрель 2025»', () => {
		const range = formatPartialDateRange(partial('2025-03'), partial('2025-04'));

		expect(range).toBe('март — апрель 2025');
	});
});

describe('dates in English', () => {
	test('formatDay and formatDateTime use English month names and say Moscow time (MSK)', () => {
		const instant = new Date('2025-03-13T12:00:00Z');

		expect(formatDay(instant, 'en')).toBe('13 March 2025');
		expect(formatDateTime(instant, 'en')).toBe('13 March 2025, 15:00 Moscow time (MSK)');
		expect(formatDateTime(instant, 'ru')).toBe('13 марта 2025, 15:00 МСК');
	});

	test('a date formatted in one language first is still formatted afresh in the other', () => {
		const instant = new Date('2025-03-14T09:30:00+03:00');

		expect(formatDay(instant)).toBe('14 марта 2025');
		expect(formatDay(instant, 'en')).toBe('14 March 2025');
		expect(formatDay(instant)).toBe('14 марта 2025');
	});

	test.each([
		['1996', '1996'],
		['1996-04', 'April 1996'],
		['1996-04-02', '2 April 1996'],
		['2025-03-13T15:15+03:00', '13 March 2025, 15:15 Moscow time (MSK)'],
		['2025-03-13T22:10Z', '14 March 2025, 01:10 Moscow time (MSK)'],
	])('formatPartialDate writes %s as “%s”', (input, expected) => {
		expect(formatPartialDate(partial(input), 'en')).toBe(expected);
	});

	test.each([
		['2025-03-13', '2025-03-14', '13–\u206014 March 2025'],
		[
			'2025-03-13T11:40+03:00',
			'2025-03-13T12:00+03:00',
			'13 March 2025, 11:40–\u206012:00 Moscow time (MSK)',
		],
		['2025-02-28', '2025-03-02', '28 February 2025 – 2 March 2025'],
		['2025-03', '2025-04', 'March–April 2025'],
		['1996', '1999', '1996–\u20601999'],
	])('formatPartialDateRange writes %s to %s as “%s”', (start, end, expected) => {
		expect(formatPartialDateRange(partial(start), partial(end), 'en')).toBe(expected);
	});
});

describe('independence from the machine time zone', () => {
	const datesModule = pathToFileURL(
		fileURLToPath(new URL('../../../src/format/dates.ts', import.meta.url)),
	).href;
	const script = `
		import * as dates from ${JSON.stringify(datesModule)};
		const instant = new Date('2025-03-13T21:30:00Z');
		console.log(JSON.stringify({
			offsetMinutes: new Date('2025-03-13T12:00:00Z').getTimezoneOffset(),
			output: {
				day: dates.formatDay(instant),
				dateTime: dates.formatDateTime(instant),
				iso: dates.toIsoDateTime(instant),
				partialTime: dates.parsePartialDate('2025-03-13T23:50-02:00'),
				month: dates.formatPartialDate(dates.parsePartialDate('1996-04')),
				day2: dates.formatPartialDate(dates.parsePartialDate('1996-04-02')),
				range: dates.formatPartialDateRange(dates.parsePartialDate('2025-01-21'), dates.parsePartialDate('2025-01-25')),
			},
		}));
	`;

	/** Runs the script in a fresh Node process whose local time zone is `timeZone`. */
	async function runIn(timeZone: string): Promise<Record<string, unknown>> {
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['--input-type=module', '-e', script],
			{ env: { ...process.env, TZ: timeZone }, encoding: 'utf8' },
		);
		return JSON.parse(stdout) as Record<string, unknown>;
	}

	// Each child process loads date-fns and zod from scratch, which takes a few seconds.
	test('formats the same text on machines at UTC+14 and UTC−7', { timeout: 60_000 }, async () => {
		const [kiritimati, losAngeles] = await Promise.all([
			runIn('Pacific/Kiritimati'),
			runIn('America/Los_Angeles'),
		]);

		// The two processes really ran in different zones…
		expect(kiritimati['offsetMinutes']).toBe(-840);
		expect(losAngeles['offsetMinutes']).toBe(420);
		// …and printed the same Moscow dates.
		expect(kiritimati['output']).toEqual(losAngeles['output']);
		expect(kiritimati['output']).toMatchObject({
			day: '14 марта 2025',
			dateTime: '14 марта 2025, 00:30 МСК',
			iso: '2025-03-14T00:30:00+03:00',
			partialTime: { key: '2025-03-14T04:50', datetime: '2025-03-14T04:50:00+03:00' },
			month: 'апрель 1996',
			day2: '2 апреля 1996',
			range: '21–\u206025 января 2025',
		});
	});
});
