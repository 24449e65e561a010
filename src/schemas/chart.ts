import { z } from 'astro/zod';
import { IdListSchema, TextSchema } from './common.ts';

/** One bar of a chart: a labelled value with its source. */
export const ChartBarSchema = z.strictObject({
	/** What the bar stands for, e.g. «Российская статистика». */
	label: TextSchema,
	/** The number, in the chart's unit. */
	value: z.number({ error: 'нужно число' }),
	/** Ids from `content/sources/`; every figure names its source. */
	sources: IdListSchema.min(1, {
		error: 'у значения нет источника: укажите хотя бы один id в sources',
	}),
});

/** A chart: `content/charts/<id>.yaml`, embedded with `::chart{#id}`. */
export const ChartSchema = z.strictObject({
	/** Heading of the chart. */
	title: TextSchema,
	/** Text alternative: what the chart shows, in one or two sentences. */
	description: TextSchema,
	/** Unit of every value, e.g. «млрд долларов» or «%». */
	unit: TextSchema,
	/** The bars, in display order. */
	bars: z.array(ChartBarSchema).min(1, { error: 'в диаграмме нет ни одного значения' }),
});

/** A chart as validated. */
export type Chart = z.infer<typeof ChartSchema>;
