import { describe, expect, test } from 'vitest';
import { PartialDateSchema } from '../../../src/schemas/partial-date.ts';

describe('PartialDateSchema', () => {
	test.each([
		[1996, 'year', '1996'],
		['1996', 'year', '1996'],
		['1996-04', 'month', '1996-04'],
		['1996-04-02', 'day', '1996-04-02'],
		['2025-03-13T15:15+03:00', 'time', '2025-03-13T15:15'],
	])('reads %j as a %s date', (input, precision, key) => {
		const date = PartialDateSchema.parse(input);

		expect(date).toMatchObject({ precision, key });
	});

	test.each(['2025-13-01', '2025-02-30', '2025-03-13T15:15', 'весна 1996'])(
		'rejects %j with examples of dates',
		(input) => {
			const result = PartialDateSchema.safeParse(input, { reportInput: true });

			expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
				{
					path: [],
					message: `«${input}» — не дата; нужна дата вида 1996, 1996-04, 1996-04-02 или 2025-03-13T15:15+03:00`,
				},
			]);
		},
	);

	test.each([1996.5, true, null])('asks for a date when given %j', (input) => {
		const result = PartialDateSchema.safeParse(input, { reportInput: true });

		expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
			{ path: [], message: 'нужна дата: 1996, 1996-04, 1996-04-02 или 2025-03-13T15:15+03:00' },
		]);
	});
});
