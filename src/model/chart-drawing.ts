import type { Chart } from '../schemas/chart.ts';
import {
	daysBetween,
	layoutBarChart,
	type ChartGeometry,
	type ChartRowInput,
} from '../format/chart-geometry.ts';
import { formatPartialDate } from '../format/dates.ts';
import { formatNumber } from '../format/numbers.ts';

/**
 * What Chart.astro draws for a chart: the rows of its data table and its SVG geometry, worked out
 * once per chart. A chart embedded in many articles is the same object on every page of a build
 * (src/data/site-data.ts loads the content once), so it is laid out once, not once per page.
 */

const QUALIFIER_WORDS = { almost: 'почти', about: 'около' } as const;
const NBSP = '\u00a0';

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

function valueRows(chart: Extract<Chart, { kind: 'values' }>): ChartTableRow[] {
	const suffix = chart.suffix ?? chart.unit;
	return chart.bars.map((bar) => {
		const number = formatNumber(bar.value, chart.decimals);
		const cell = bar.qualifier ? `${QUALIFIER_WORDS[bar.qualifier]} ${number}` : number;
		return {
			label: bar.label,
			detail: bar.basis,
			value: bar.value,
			valueText: `${cell}${NBSP}${suffix}`,
			cell,
			basis: bar.basis,
			note: bar.note,
			sources: bar.sources,
		};
	});
}

function dateRows(chart: Extract<Chart, { kind: 'dates' }>): ChartTableRow[] {
	const first = chart.bars[0]!.date;
	return chart.bars.map((bar) => {
		const days = daysBetween(first.key, bar.date.key);
		const cell = formatPartialDate(bar.date);
		return {
			label: bar.label,
			detail: bar.basis,
			value: days,
			valueText: cell,
			cell,
			datetime: bar.date.datetime,
			days: formatNumber(days),
			basis: bar.basis,
			note: bar.note,
			sources: bar.sources,
		};
	});
}

function layOut(chart: Chart): ChartDrawing {
	if (chart.kind === 'values') {
		const rows = valueRows(chart);
		return {
			rows,
			valueHeading: chart.unit,
			geometry: layoutBarChart(rows, { axisCaption: chart.unit }),
		};
	}
	const rows = dateRows(chart);
	const axisCaption = `дней с${NBSP}${formatPartialDate(chart.bars[0]!.date)}`;
	return { rows, valueHeading: 'Дата', geometry: layoutBarChart(rows, { axisCaption }) };
}

const drawings = new WeakMap<Chart, ChartDrawing>();

/** The drawing of `chart`, laid out on first use and reused for the same chart object. */
export function chartDrawing(chart: Chart): ChartDrawing {
	let drawing = drawings.get(chart);
	if (!drawing) {
		drawing = layOut(chart);
		drawings.set(chart, drawing);
	}
	return drawing;
}
