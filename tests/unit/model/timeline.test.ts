import { describe, expect, test } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../../src/format/dates.ts';
import {
	formatEventDate,
	groupEventsByYear,
	sortTimeline,
	timelineWords,
} from '../../../src/model/timeline.ts';
import type { TimelineEvent } from '../../../src/schemas/timeline.ts';

function partial(value: string): PartialDate {
	const date = parsePartialDate(value);
	if (!date) throw new Error(`test data: ${value} is not a partial date`);
	return date;
}

/** An event reduced to what the ordering needs: a name to recognise it and its date. */
function event(name: string, date: string): { name: string; date: PartialDate } {
	return { name, date: partial(date) };
}

const names = (events: readonly { name: string }[]): string[] => events.map((item) => item.name);

describe('sortTimeline', () => {
	test('orders events from several timelines chronologically', () => {
		const events = [
			event('visit', '2025-03-13'),
			event('treaty', '1999-12-08'),
			event('election', '2025-01-26'),
		];

		const sorted = sortTimeline(events);

		expect(names(sorted)).toEqual(['treaty', 'election', 'visit']);
	});

	test("puts a day-only event before that day's timed events", () => {
		const events = [
			event('landing 10:00', '2025-03-13T10:00+03:00'),
			event('talks 15:00', '2025-03-13T15:00+03:00'),
			event('that day', '2025-03-13'),
		];

		const sorted = sortTimeline(events);

		expect(names(sorted)).toEqual(['that day', 'landing 10:00', 'talks 15:00']);
	});

	test('puts a year before its months and a month before its days', () => {
		const events = [
			event('day', '1996-04-02'),
			event('month', '1996-04'),
			event('year', '1996'),
			event('earlier month', '1996-03'),
		];

		const sorted = sortTimeline(events);

		expect(names(sorted)).toEqual(['year', 'earlier month', 'month', 'day']);
	});

	test('keeps source order for same-day events', () => {
		const first = [event('departure', '2025-03-13'), event('arrival', '2025-03-13')];
		const second = [event('arrival', '2025-03-13'), event('departure', '2025-03-13')];

		const sortedFirst = sortTimeline(first);
		const sortedSecond = sortTimeline(second);

		expect(names(sortedFirst)).toEqual(['departure', 'arrival']);
		expect(names(sortedSecond)).toEqual(['arrival', 'departure']);
	});

	test('keeps source order for events at the same minute', () => {
		const events = [
			event('b', '2025-03-13T12:00+03:00'),
			event('a', '2025-03-13T09:00Z'),
			event('c', '2025-03-13T12:00+03:00'),
		];

		const sorted = sortTimeline(events);

		expect(names(sorted)).toEqual(['b', 'a', 'c']);
	});

	test('orders timed events by their Moscow time whatever offset they were written with', () => {
		const events = [
			event('11:00 МСК', '2025-03-13T08:00Z'),
			event('10:00 МСК', '2025-03-13T10:00+03:00'),
		];

		const sorted = sortTimeline(events);

		expect(names(sorted)).toEqual(['10:00 МСК', '11:00 МСК']);
	});

	test('returns a new list and leaves its input as it was', () => {
		const events = [event('later', '2025-03-14'), event('earlier', '2025-03-13')];

		const sorted = sortTimeline(events);

		expect(sorted).not.toBe(events);
		expect(names(events)).toEqual(['later', 'earlier']);
	});
});

describe('groupEventsByYear', () => {
	test('groups consecutive events by year in the order given', () => {
		const events = [
			event('a', '1996-04-02'),
			event('b', '1999-12-08'),
			event('c', '1999'),
			event('d', '2025-03-13T10:00+03:00'),
		];

		const groups = groupEventsByYear(events);

		expect(groups.map((group) => [group.year, names(group.events)])).toEqual([
			['1996', ['a']],
			['1999', ['b', 'c']],
			['2025', ['d']],
		]);
	});

	test('starts a new group when a year comes back, since the order given is kept', () => {
		const events = [event('a', '1999'), event('b', '2000'), event('c', '1999')];

		const groups = groupEventsByYear(events);

		expect(groups.map((group) => group.year)).toEqual(['1999', '2000', '1999']);
	});

	test('gives no groups for no events', () => {
		expect(groupEventsByYear([])).toEqual([]);
	});
});

describe('formatEventDate', () => {
	type DateFields = Pick<TimelineEvent, 'date' | 'end' | 'qualifier' | 'period'>;
	const at = (date: string, extra: Partial<Omit<DateFields, 'date'>> = {}): DateFields => ({
		date: partial(date),
		...extra,
	});

	test('writes the line of an event object once and reads it back for the same object', () => {
		const event = at('2025-03-13T10:00+03:00');
		expect(formatEventDate(event)).toBe('13 марта 2025, 10:00 МСК');
		// Content objects never change during a build; a changed copy is a new object.
		event.date = partial('1996');

		expect(formatEventDate(event)).toBe('13 марта 2025, 10:00 МСК');
		expect(formatEventDate({ ...event })).toBe('1996');
	});

	test.each([
		['1996', '1996'],
		['1996-04', 'апрель 1996'],
		['1996-04-02', '2 апреля 1996'],
		['2025-03-13T10:00+03:00', '13 марта 2025, 10:00 МСК'],
	])('writes a plain date %s as «%s»', (date, expected) => {
		expect(formatEventDate(at(date))).toBe(expected);
	});

	test.each([
		['about', '13 марта 2025, около 10:00 МСК'],
		['by', '13 марта 2025, не позднее 10:00 МСК'],
		['notBefore', '13 марта 2025, не ранее 10:00 МСК'],
	] as const)('puts the words of qualifier %s before the time', (qualifier, expected) => {
		const fields = at('2025-03-13T10:00+03:00', { qualifier });

		expect(formatEventDate(fields)).toBe(expected);
	});

	test('writes a qualified time on its Moscow day', () => {
		const fields = at('2025-03-13T22:30Z', { qualifier: 'about' });

		expect(formatEventDate(fields)).toBe('14 марта 2025, около 01:30 МСК');
	});

	test('adds the part of the day after the date', () => {
		const fields = at('2025-03-13', { period: 'утро' });

		expect(formatEventDate(fields)).toBe('13 марта 2025, утро');
	});

	test('writes a span of days as a range', () => {
		const fields = at('2025-01-21', { end: partial('2025-01-25') });

		expect(formatEventDate(fields)).toBe('21–\u206025 января 2025');
	});

	test('writes a span of minutes on one day with the day once', () => {
		const fields = at('2025-03-13T11:40+03:00', { end: partial('2025-03-13T12:00+03:00') });

		expect(formatEventDate(fields)).toBe('13 марта 2025, 11:40–\u206012:00 МСК');
	});

	test('keeps a qualified span of minutes together after its dash: «около 11:40–12:00»', () => {
		const fields = at('2025-03-13T11:40+03:00', {
			end: partial('2025-03-13T12:00+03:00'),
			qualifier: 'about',
		});

		expect(formatEventDate(fields)).toBe('13 марта 2025, около 11:40–\u206012:00 МСК');
	});
});

describe('formatEventDate in English', () => {
	test('writes qualified times, periods and spans in English, with Moscow time (MSK)', () => {
		const about = { date: partial('2025-03-13T10:00+03:00'), qualifier: 'about' } as const;
		const morning = { date: partial('2025-03-13'), period: 'morning' };
		const span = { date: partial('2025-03-13'), end: partial('2025-03-14') };

		expect(formatEventDate(about, 'en')).toBe('13 March 2025, about 10:00 Moscow time (MSK)');
		expect(formatEventDate(morning, 'en')).toBe('13 March 2025, morning');
		expect(formatEventDate(span, 'en')).toBe('13–\u206014 March 2025');
	});

	test('keeps each language’s line apart for the same event object', () => {
		const event = { date: partial('1996-04-02') };

		expect(formatEventDate(event)).toBe('2 апреля 1996');
		expect(formatEventDate(event, 'en')).toBe('2 April 1996');
		expect(formatEventDate(event)).toBe('2 апреля 1996');
	});
});

describe('timelineWords', () => {
	test('counts the title, the description and each event as the embed shows it', () => {
		const date = parsePartialDate('2025-03-13');
		const timeline = {
			title: 'График визита',
			description: 'Два дня в Москве',
			events: [
				{
					id: 'a',
					date,
					title: 'Прилёт',
					text: 'Самолёт сел во Внуково',
					sources: ['x'],
					people: [],
				},
				{
					id: 'b',
					date,
					title: 'Переговоры',
					caveat: 'время не подтверждено',
					sources: ['x'],
					people: [],
				},
			],
		} as unknown as Parameters<typeof timelineWords>[0];

		// 2 + 4 words, then per event the date «13 марта 2025» (3) and its texts: 1 + 4, 1 + 3.
		expect(timelineWords(timeline)).toBe(2 + 4 + 3 + 1 + 4 + 3 + 1 + 3);
	});
});
