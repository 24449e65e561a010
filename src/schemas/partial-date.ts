import { z } from './zod.ts';
import { parsePartialDate } from '../format/dates.ts';

/**
 * A date at the precision it is known: `1996`, `1996-04`, `1996-04-02` or, with a time,
 * `2025-03-13T15:15+03:00` (the offset is required).
 */
export const PartialDateSchema = z
	.union([z.string(), z.number().int()], {
		error: 'нужна дата: 1996, 1996-04, 1996-04-02 или 2025-03-13T15:15+03:00',
	})
	.transform((value, ctx) => {
		const date = parsePartialDate(value);
		if (date) return date;
		ctx.addIssue({
			code: 'custom',
			input: value,
			message: `«${value}» — не дата; нужна дата вида 1996, 1996-04, 1996-04-02 или 2025-03-13T15:15+03:00`,
		});
		return z.NEVER;
	});
