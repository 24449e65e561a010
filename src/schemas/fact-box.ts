import { z } from './zod.ts';
import { VerdictSchema } from './verdict.ts';
import { DisplayTextSchema, IdListSchema, IdSchema, TextSchema, displayText } from './common.ts';

/** One line of a fact box: a highlighted value and what it means. */
export const FactBoxItemSchema = z
	.strictObject({
		/** The highlighted figure or keyword, written first in **bold**. */
		value: DisplayTextSchema,
		/** What the value means, after the bold part. */
		text: DisplayTextSchema,
		/** Sources cited in the item with `:cite{#id}`. */
		sources: IdListSchema,
	})
	.refine((item) => item.sources.length > 0 || !/\d/.test(item.value + item.text), {
		error: 'у числа в справке нет источника: добавьте :cite{#id-источника} в этот пункт',
		path: ['sources'],
	});

/** Fact box, written in Markdown as a `:::factbox[Title]{#id}` container around a list. */
export const FactBoxSchema = z.strictObject({
	/** Anchor id, written `{#id}` after the label; required so that shared links stay stable. */
	id: IdSchema,
	/** Heading of the box, in the directive's [label]. */
	title: displayText(TextSchema.max(100, { error: 'заголовок справки длиннее 100 знаков' })),
	/**
	 * Optional verdict of the box, `{#id verdict=confirmed}`, in the words of a fact-check's
	 * claims (./verdict.ts); shown as a badge.
	 */
	verdict: VerdictSchema.optional(),
	/** Between 1 and 12 items. */
	items: z
		.array(FactBoxItemSchema)
		.min(1, { error: 'в справке нет пунктов: нужен список «- **значение** — пояснение»' })
		.max(12, { error: 'в справке больше 12 пунктов' }),
});

/** A fact box as validated. */
export type FactBox = z.infer<typeof FactBoxSchema>;
