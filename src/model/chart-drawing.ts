import type { Chart } from '../schemas/chart.ts';
import {
	daysBetween,
	layoutBarChart,
	type ChartGeometry,
	type ChartRowInput,
} from '../format/chart-geometry.ts';
import { formatPartialDate } from '../format/dates.ts';
import { formatNumber, withSuffix } from '../format/numbers.ts';
import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/**
 * What Chart.astro draws for a chart: the rows of its data table and its SVG geometry, worked out
 * once per chart. A chart embedded in many articles is the same object on every page of a build
 * (src/data/site-data.ts loads the content once), so it is laid out once, not once per page.
 */

/** One row of the drawing and of the table. */
export interface ChartTableRow extends ChartRowInput {
	/** The figure as the table shows it: «почти 49», «86,82», or the date. */
	cell: string;
	/** `datetime` of the date, for a `dates` chart. */
	datetime?: string | undefined;
	/** Days since the first date, for a `dates` chart. */
	days?: string | undefined;
	basis: string | undefined;
	note: string | undefined;
	sources: string[];
}

/** A chart laid out: table rows, the heading of the value column, the SVG geometry. */
export interface ChartDrawing {
	rows: ChartTableRow[];
	valueHeading: string;
	geometry: ChartGeometry;
}

function valueRows(chart: Extract<Chart, { kind: 'values' }>, locale: Locale): ChartTableRow[] {
	const suffix = chart.suffix ?? chart.unit;
	const qualifiers = uiFor(locale).qualifiers;
	return chart.bars.map((bar) => {
		const number = formatNumber(bar.value, chart.decimals, locale);
		const cell = bar.qualifier ? `${qualifiers[bar.qualifier]} ${number}` : number;
		return {
			label: bar.label,
			detail: bar.basis,
			value: bar.value,
			valueText: withSuffix(cell, suffix, locale),
			cell,
			basis: bar.basis,
			note: bar.note,
			sources: bar.sources,
		};
	});
}

function dateRows(chart: Extract<Chart, { kind: 'dates' }>, locale: Locale): ChartTableRow[] {
	const first = chart.bars[0]!.date;
	return chart.bars.map((bar) => {
		const days = daysBetween(first.key, bar.date.key);
		const cell = formatPartialDate(bar.date, locale);
		return {
			label: bar.label,
			detail: bar.basis,
			value: days,
			valueText: cell,
			cell,
			datetime: bar.date.datetime,
			days: formatNumber(days, undefined, locale),
			basis: bar.basis,
			note: bar.note,
			sources: bar.sources,
		};
	});
}

function layOut(chart: Chart, locale: Locale): ChartDrawing {
	if (chart.kind === 'values') {
		const rows = valueRows(chart, locale);
		return {
			rows,
			valueHeading: chart.unit,
			geometry: layoutBarChart(rows, { axisCaption: chart.unit, locale }),
		};
	}
	const rows = dateRows(chart, locale);
	const ui = uiFor(locale);
	const axisCaption = ui.chart.daysSince(formatPartialDate(chart.bars[0]!.date, locale));
	return {
		rows,
		valueHeading: ui.chart.date,
		geometry: layoutBarChart(rows, { axisCaption, locale }),
	};
}

/** Drawings already laid out, by language and chart object. */
const drawings: Readonly<Record<Locale, WeakMap<Chart, ChartDrawing>>> = Object.freeze({
	ru: new WeakMap<Chart, ChartDrawing>(),
	en: new WeakMap<Chart, ChartDrawing>(),
});

/** The drawing of `chart` in a language, laid out on first use and reused for the same chart object. */
export function chartDrawing(chart: Chart, locale: Locale = DEFAULT_LOCALE): ChartDrawing {
	let drawing = drawings[locale].get(chart);
	if (!drawing) {
		drawing = layOut(chart, locale);
		drawings[locale].set(chart, drawing);
	}
	return drawing;
}
