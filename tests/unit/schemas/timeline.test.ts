import { describe, expect, test } from 'vitest';
import { TimelineEventSchema, TimelineSchema } from '../../../src/schemas/timeline.ts';

const EVENT = { id: 'landing', date: '2025-03-13', title: 'Посадка во Внукове', sources: ['tass'] };

type Issue = { path: PropertyKey[]; message: string };

function eventIssues(changes: Record<string, unknown>): Issue[] {
	const result = TimelineEventSchema.safeParse({ ...EVENT, ...changes }, { reportInput: true });
	return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

function timelineIssues(events: Record<string, unknown>[]): Issue[] {
	const result = TimelineSchema.safeParse({ title: 'Хроника', events }, { reportInput: true });
	return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('TimelineEventSchema', () => {
	test('reads a complete event and fills people with an empty list', () => {
		const event = TimelineEventSchema.parse({
			id: 'landing',
			date: '2025-03-13T10:00+03:00',
			qualifier: 'about',
			title: 'Посадка',
			text: 'Встреча в аэропорту.',
			caveat: 'точное время не подтверждено',
			sources: ['tass'],
		});

		expect(event).toMatchObject({
			id: 'landing',
			date: { precision: 'time', key: '2025-03-13T10:00' },
			qualifier: 'about',
			people: [],
		});
	});

	test.each([
		['a span of days', { date: '2025-01-21', end: '2025-01-25' }],
		['a span of minutes', { date: '2025-03-13T11:40+03:00', end: '2025-03-13T12:00+03:00' }],
		['a span of years', { date: 1996, end: 1999 }],
		['a day with its part of the day', { date: '2025-03-13', period: 'утро' }],
		['a qualified time', { date: '2025-03-13T10:00+03:00', qualifier: 'notBefore' }],
	])('accepts %s', (_case, changes: Record<string, unknown>) => {
		expect(eventIssues(changes)).toEqual([]);
	});

	test.each([
		[
			'an event without sources',
			{ sources: [] },
			['sources'],
			'у события нет источника: укажите хотя бы один id в sources',
		],
		['a repeated person', { people: ['putin', 'putin'] }, ['people', 1], '«putin» указан дважды'],
		[
			'an unknown qualifier',
			{ date: '2025-03-13T10:00+03:00', qualifier: 'approx' },
			['qualifier'],
			'одно из значений: about, by, notBefore',
		],
		[
			'an end at another precision',
			{ date: '2025-01-21', end: '2025-02' },
			['end'],
			'нужна та же точность, что и у date',
		],
		[
			'an end before the date',
			{ date: '2025-01-25', end: '2025-01-21' },
			['end'],
			'должна быть позже date',
		],
		[
			'an end equal to the date',
			{ date: '2025-01-21', end: '2025-01-21' },
			['end'],
			'должна быть позже date',
		],
		[
			'a qualifier on a day without time',
			{ date: '2025-03-13', qualifier: 'about' },
			['qualifier'],
			'имеет смысл только для даты со временем',
		],
		[
			'a period on a date with time',
			{ date: '2025-03-13T10:00+03:00', period: 'утро' },
			['period'],
			'часть дня указывается только для даты без времени, например 2025-03-13',
		],
		[
			'a period on a month',
			{ date: '2025-03', period: 'начало месяца' },
			['period'],
			'часть дня указывается только для даты без времени, например 2025-03-13',
		],
		[
			'an impossible date',
			{ date: '2025-02-30' },
			['date'],
			'«2025-02-30» — не дата; нужна дата вида 1996, 1996-04, 1996-04-02 или 2025-03-13T15:15+03:00',
		],
		[
			'a bad id',
			{ id: 'Посадка' },
			['id'],
			'«Посадка» — не идентификатор; нужны строчные латинские буквы, цифры и дефисы, например union-state',
		],
	])('rejects %s', (_case, changes, path, message) => {
		expect(eventIssues(changes)).toEqual([{ path, message }]);
	});
});

describe('TimelineSchema', () => {
	test('accepts events in chronological order, day-only events before timed ones of that day', () => {
		const issues = timelineIssues([
			{ ...EVENT, id: 'treaty', date: '1999-12-08' },
			{ ...EVENT, id: 'flight', date: '2025-03-13', period: 'утро' },
			{ ...EVENT, id: 'landing', date: '2025-03-13T10:00+03:00' },
			{ ...EVENT, id: 'talks', date: '2025-03-13T15:00+03:00' },
		]);

		expect(issues).toEqual([]);
	});

	test('accepts a day-only event after timed events of the same day, as the editor wrote it', () => {
		const issues = timelineIssues([
			{ ...EVENT, id: 'landing', date: '2025-03-13T10:00+03:00' },
			{ ...EVENT, id: 'evening', date: '2025-03-13', period: 'вечер' },
		]);

		expect(issues).toEqual([]);
	});

	test('rejects a timeline without events', () => {
		expect(timelineIssues([])).toEqual([
			{ path: ['events'], message: 'в хронике нет ни одного события' },
		]);
	});

	test('rejects an event id used twice, naming the first event', () => {
		const issues = timelineIssues([
			{ ...EVENT, id: 'landing', date: '2025-03-13' },
			{ ...EVENT, id: 'talks', date: '2025-03-14' },
			{ ...EVENT, id: 'landing', date: '2025-03-15' },
		]);

		expect(issues).toEqual([
			{ path: ['events', 2, 'id'], message: 'id «landing» уже занят событием №1' },
		]);
	});

	test('rejects an event earlier than one above it, naming both dates', () => {
		const issues = timelineIssues([
			{ ...EVENT, id: 'talks', title: 'Переговоры', date: '2025-03-14' },
			{ ...EVENT, id: 'landing', date: '2025-03-13T10:00+03:00' },
		]);

		expect(issues).toEqual([
			{
				path: ['events', 1, 'date'],
				message:
					'события идут не по порядку: 13 марта 2025, 10:00 МСК стоит после «Переговоры» (14 марта 2025)',
			},
		]);
	});

	test('rejects an unknown field of the timeline', () => {
		const result = TimelineSchema.safeParse({ title: 'Х', events: [EVENT], name: 'x' });

		expect(result.error?.issues.map((issue) => issue.code)).toEqual(['unrecognized_keys']);
	});
});
