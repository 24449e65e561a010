import { z } from './zod.ts';
import { comparePartialDates, formatPartialDate } from '../format/dates.ts';
import { DisplayTextSchema, IdListSchema, IdSchema } from './common.ts';
import { PartialDateSchema } from './partial-date.ts';

/** How a known time is qualified: «около 10:00», «не позднее 16:36», «не ранее 14:00». */
export const TIME_QUALIFIERS = ['about', 'by', 'notBefore'] as const;

/** One event of a timeline (`content/timelines/<id>.yaml`, list `events`). */
export const TimelineEventSchema = z
	.strictObject({
		/** Stable id, unique within the timeline; becomes the URL fragment `#<timeline>-<id>`. */
		id: IdSchema,
		/** When: `1996`, `1996-04`, `1996-04-02` or `2025-03-13T10:00+03:00`. */
		date: PartialDateSchema,
		/** Optional end of a span, at the same precision as `date`, e.g. early voting 2025-01-21 … 2025-01-25. */
		end: PartialDateSchema.optional(),
		/** With a time: `about` («около»), `by` («не позднее») or `notBefore` («не ранее»). */
		qualifier: z
			.enum(TIME_QUALIFIERS, { error: 'одно из значений: about, by, notBefore' })
			.optional(),
		/** With a day only: part of the day or a relative moment, e.g. «утро», «до начала переговоров». */
		period: DisplayTextSchema.optional(),
		/** Short headline of the event. */
		title: DisplayTextSchema,
		/** Optional plain-text details (no Markdown). */
		text: DisplayTextSchema.optional(),
		/** What is not confirmed about the event, shown next to it, e.g. «точное время не подтверждено». */
		caveat: DisplayTextSchema.optional(),
		/** Ids from `content/sources/`; at least one: every event names its source. */
		sources: IdListSchema.min(1, {
			error: 'у события нет источника: укажите хотя бы один id в sources',
		}),
		/** Ids from `content/people/` of the people involved. */
		people: IdListSchema.default([]),
	})
	.superRefine((event, ctx) => {
		if (event.end) {
			if (event.end.precision !== event.date.precision) {
				ctx.addIssue({
					code: 'custom',
					path: ['end'],
					message: 'нужна та же точность, что и у date',
				});
			} else if (comparePartialDates(event.date, event.end) >= 0) {
				ctx.addIssue({ code: 'custom', path: ['end'], message: 'должна быть позже date' });
			}
		}
		if (event.qualifier && event.date.precision !== 'time') {
			ctx.addIssue({
				code: 'custom',
				path: ['qualifier'],
				message: 'имеет смысл только для даты со временем',
			});
		}
		if (event.period && event.date.precision !== 'day') {
			ctx.addIssue({
				code: 'custom',
				path: ['period'],
				message: 'часть дня указывается только для даты без времени, например 2025-03-13',
			});
		}
	});

/** A timeline event as validated. */
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** A timeline file: `content/timelines/<id>.yaml`; the file name is its id. */
export const TimelineSchema = z
	.strictObject({
		/** Heading of the timeline. */
		title: DisplayTextSchema,
		/** Optional one-sentence introduction. */
		description: DisplayTextSchema.optional(),
		/** Events in chronological order; same-day events without a time keep the order written here. */
		events: z.array(TimelineEventSchema).min(1, { error: 'в хронике нет ни одного события' }),
	})
	.superRefine((timeline, ctx) => {
		const seen = new Map<string, number>();
		timeline.events.forEach((event, index) => {
			const first = seen.get(event.id);
			if (first !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['events', index, 'id'],
					message: `id «${event.id}» уже занят событием №${first + 1}`,
				});
			} else {
				seen.set(event.id, index);
			}
			const earlier = timeline.events.findIndex(
				(other, j) => j < index && comparePartialDates(other.date, event.date) > 0,
			);
			if (earlier !== -1) {
				const other = timeline.events[earlier]!;
				ctx.addIssue({
					code: 'custom',
					path: ['events', index, 'date'],
					message: `события идут не по порядку: ${formatPartialDate(event.date)} стоит после «${other.title}» (${formatPartialDate(other.date)})`,
				});
			}
		});
	});

/** A timeline as validated. */
export type Timeline = z.infer<typeof TimelineSchema>;
