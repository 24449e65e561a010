import { z } from './zod.ts';
import { OFFSET_DATE_TIME, PARTIAL_DAY, parsePartialDate } from '../format/dates.ts';

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
	})
	// For the JSON Schema editors use (content/.schemas/): a pattern applies to the string form
	// only, so a year written as a number still passes.
	.meta({
		pattern: `${PARTIAL_DAY.source}|${OFFSET_DATE_TIME.source}`,
		patternErrorMessage: 'нужна дата: 1996, 1996-04, 1996-04-02 или 2025-03-13T15:15+03:00',
	});
