import { z } from './zod.ts';
import { translationSchema } from './translation.ts';
import { comparePartialDates, formatPartialDate } from '../format/dates.ts';
import { DisplayTextSchema, IdListSchema, IdSchema } from './common.ts';
import { PartialDateSchema } from './partial-date.ts';

/** How a known time is qualified: «около 10:00», «не позднее 16:36», «не ранее 14:00». */
export const TIME_QUALIFIERS = ['about', 'by', 'notBefore'] as const;

/** One event of a timeline (`content/timelines/<id>.yaml`, list `events`). */
export const TimelineEventSchema = z
	.strictObject({
		/** Stable id, unique within the timeline; becomes the URL fragment `#<timeline>-<id>`. */
		id: IdSchema.describe(
			'Id события латиницей, уникальный в этой хронике, например landing; становится якорем ссылки на событие.',
		),
		/** When: `1996`, `1996-04`, `1996-04-02` or `2025-03-13T10:00+03:00`. */
		date: PartialDateSchema.describe(
			'Когда — с той точностью, с какой известно: 1996, 1996-04, 1996-04-02 или со временем и часовым поясом 2025-03-13T10:00+03:00.',
		),
		/** Optional end of a span, at the same precision as `date`, e.g. early voting 2025-01-21 … 2025-01-25. */
		end: PartialDateSchema.optional().describe(
			'Конец промежутка, с той же точностью, что date, и позже неё, например 2025-01-25. Необязательно.',
		),
		/** With a time: `about` («около»), `by` («не позднее») or `notBefore` («не ранее»). */
		qualifier: z
			.enum(TIME_QUALIFIERS, { error: 'одно из значений: about, by, notBefore' })
			.optional()
			.describe(
				'Только при дате со временем: about — «около», by — «не позднее», notBefore — «не ранее». Необязательно.',
			),
		/** With a day only: part of the day or a relative moment, e.g. «утро», «до начала переговоров». */
		period: DisplayTextSchema.optional().describe(
			'Только при дате без времени: часть дня или момент, например «утро», «до начала переговоров». Необязательно.',
		),
		/** Short headline of the event. */
		title: DisplayTextSchema.describe('Короткий заголовок события, например «Посадка во Внукове».'),
		/** Optional plain-text details (no Markdown). */
		text: DisplayTextSchema.optional().describe(
			'Подробности простым текстом, без Markdown. Необязательно.',
		),
		/** What is not confirmed about the event, shown next to it, e.g. «точное время не подтверждено». */
		caveat: DisplayTextSchema.optional().describe(
			'Что о событии не подтверждено, например «точное время не подтверждено»; выводится как «Оговорка: …». Необязательно.',
		),
		/** Ids from `content/sources/`; at least one: every event names its source. */
		sources: IdListSchema.min(1, {
			error: 'у события нет источника: укажите хотя бы один id в sources',
		}).describe(
			'Источники события: id файлов из content/sources/, хотя бы один, например [kremlin-talks].',
		),
		/** Ids from `content/people/` of the people involved. */
		people: IdListSchema.default([]).describe(
			'Участники: id файлов из content/people/, например [putin]. Необязательно.',
		),
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
		title: DisplayTextSchema.describe('Заголовок хроники.'),
		/** Optional one-sentence introduction. */
		description: DisplayTextSchema.optional().describe(
			'Вступление в одно предложение. Необязательно.',
		),
		/** Events in chronological order; same-day events without a time keep the order written here. */
		events: z
			.array(TimelineEventSchema)
			.min(1, { error: 'в хронике нет ни одного события' })
			.describe(
				'События в хронологическом порядке, хотя бы одно. События одного дня без времени выводятся в том порядке, в каком записаны.',
			),
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

/**
 * The English words of a timeline, `content/timelines/en/<id>.yaml` (issue 20): its display texts only.
 */
export const TimelineTranslationSchema = translationSchema(TimelineSchema);
