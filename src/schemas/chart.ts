import { z } from './zod.ts';
import { translationSchema } from './translation.ts';
import { comparePartialDates, formatPartialDate } from '../format/dates.ts';
import { DisplayTextSchema, IdListSchema } from './common.ts';
import { PartialDateSchema } from './partial-date.ts';

/** The kinds of chart: numbers compared as bars, or dates as days since the first one. */
export const CHART_KINDS = ['values', 'dates'] as const;

/** How a value is qualified in its source: «почти 49», «около 60». */
export const VALUE_QUALIFIERS = ['almost', 'about'] as const;

/** Most decimals a chart may print. */
export const MAX_DECIMALS = 4;

/** Every figure names its source. */
const BarSourcesSchema = IdListSchema.min(1, {
	error: 'у значения нет источника: укажите хотя бы один id в sources',
});

/** Fields every bar has, whatever the chart's kind. */
const barFields = {
	/** What the bar stands for, e.g. «Российская статистика». */
	label: DisplayTextSchema.describe(
		'Подпись полосы и строки таблицы, например «Российская статистика».',
	),
	/** What the figure is based on, e.g. «товары, белорусская статистика»; shown under the label. */
	basis: DisplayTextSchema.optional().describe(
		'На чём основано значение: чья статистика, кто назвал, например «со слов Путина». Необязательно.',
	),
	/** A caveat about this figure, shown in the table, e.g. «посол сказал "почти 49"». */
	note: DisplayTextSchema.optional().describe(
		'Оговорка к значению; выводится в таблице как «Оговорка: …». Необязательно.',
	),
	/** Ids from `content/sources/`; at least one. */
	sources: BarSourcesSchema.describe(
		'Источники значения: id файлов из content/sources/, хотя бы один — у каждого числа есть источник.',
	),
};

/** One bar of a `values` chart: a labelled number with its source. */
export const ChartBarSchema = z.strictObject({
	...barFields,
	/** The number, in the chart's unit; bars start at zero, so it cannot be negative. */
	value: z
		.number({ error: 'нужно число' })
		.min(0, { error: 'значение не может быть меньше нуля: полосы диаграммы начинаются с нуля' })
		.describe('Число в единицах unit, не меньше нуля; дробная часть — через точку, например 51.8.'),
	/** When the source gives an approximate figure: `almost` («почти 49»), `about` («около 60»). */
	qualifier: z
		.enum(VALUE_QUALIFIERS, { error: 'одно из значений: almost, about' })
		.optional()
		.describe(
			'Если источник даёт число приблизительно: almost — «почти», about — «около». Необязательно.',
		),
});

/** One bar of a `dates` chart: a step with its day; the bar runs from the first step's day. */
export const ChartDateBarSchema = z.strictObject({
	...barFields,
	/** The day, e.g. `2025-03-13`: bars measure whole days. */
	date: PartialDateSchema.refine((date) => date.precision === 'day', {
		error: 'нужна дата с точностью до дня, например 2025-03-13',
	}).describe('День этапа, например 2025-03-13. Даты идут по порядку; первая — день отсчёта.'),
});

/** Fields every chart has. */
const chartFields = {
	/** Heading of the chart. */
	title: DisplayTextSchema.describe('Заголовок диаграммы.'),
	/** Text alternative: what the chart shows, in one or two sentences. */
	description: DisplayTextSchema.describe(
		'Что показывает диаграмма, одно-два предложения с главными числами — для тех, кто не видит рисунок.',
	),
	/** Optional caveat about the whole chart, shown under the table. */
	note: DisplayTextSchema.optional().describe(
		'Оговорка ко всей диаграмме; выводится под таблицей. Необязательно.',
	),
};

/** A chart of numbers: one horizontal bar per value, from zero. */
export const ValuesChartSchema = z.strictObject({
	/** `values` (the default) or `dates`. */
	kind: z
		.literal('values')
		.default('values')
		.describe('Вид диаграммы: values — числа (по умолчанию), dates — этапы с датами.'),
	...chartFields,
	/** Unit of every value, e.g. «млрд долларов» or «%»; heads the table's column. */
	unit: DisplayTextSchema.describe(
		'Единица всех значений, например «млрд долларов» или «% голосов»; заголовок столбца таблицы.',
	),
	/** Short unit printed after each number beside its bar, e.g. «млрд $»; `unit` by default. */
	suffix: DisplayTextSchema.optional().describe(
		'Короткая единица после числа у полосы, например «млрд $». По умолчанию — unit.',
	),
	/** Decimals every value is printed with, e.g. `2` for «3,60»; by default each as written. */
	decimals: z
		.number({ error: 'нужно целое число от 0 до 4' })
		.int({ error: 'нужно целое число от 0 до 4' })
		.min(0, { error: 'нужно целое число от 0 до 4' })
		.max(MAX_DECIMALS, { error: 'нужно целое число от 0 до 4' })
		.optional()
		.describe(
			'Сколько знаков после запятой печатать у всех чисел, от 0 до 4, например 2 (тогда 3.6 — «3,60»). По умолчанию — сколько записано.',
		),
	/** The bars, in display order. */
	bars: z
		.array(ChartBarSchema)
		.min(1, { error: 'в диаграмме нет ни одного значения' })
		.describe('Значения в порядке показа, хотя бы одно.'),
});

/** A chart of dates: each step's bar is as long as the days since the first step. */
export const DatesChartSchema = z
	.strictObject({
		kind: z
			.literal('dates')
			.describe('Вид диаграммы: dates — этапы с датами; длина полосы — дни от первой даты.'),
		...chartFields,
		/** The steps, in chronological order; the first is day zero. */
		bars: z
			.array(ChartDateBarSchema)
			.min(1, { error: 'в диаграмме нет ни одной даты' })
			.describe('Этапы в хронологическом порядке, хотя бы один; первый — день отсчёта.'),
	})
	.superRefine((chart, ctx) => {
		chart.bars.forEach((bar, index) => {
			const previous = chart.bars[index - 1];
			if (previous && comparePartialDates(previous.date, bar.date) > 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['bars', index, 'date'],
					message: `даты идут не по порядку: ${formatPartialDate(bar.date)} стоит после «${previous.label}» (${formatPartialDate(previous.date)})`,
				});
			}
		});
	});

/** A chart: `content/charts/<id>.yaml`, embedded with `::chart{#id}`. */
export const ChartSchema = z.discriminatedUnion('kind', [ValuesChartSchema, DatesChartSchema], {
	// The same option also words "not an object at all"; leave that to the generic message.
	error: (issue) =>
		typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input)
			? 'вид диаграммы: values (по умолчанию) или dates'
			: undefined,
});

/** A chart as validated. */
export type Chart = z.infer<typeof ChartSchema>;

/** A chart of numbers as validated. */
export type ValuesChart = z.infer<typeof ValuesChartSchema>;

/** A chart of dates as validated. */
export type DatesChart = z.infer<typeof DatesChartSchema>;

/**
 * The English words of a chart, `content/charts/en/<id>.yaml` (issue 20): its display texts only.
 */
export const ChartTranslationSchema = translationSchema(ChartSchema);
