import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { chartDrawing, type ChartTableRow } from '../model/chart-drawing.ts';
import type { ChartGeometry } from '../format/chart-geometry.ts';
import type { Chart } from '../schemas/chart.ts';
import type { Source } from '../schemas/source.ts';
import { sourceNames, type SourceName } from './sources.ts';

/** A row of a chart's data table, with its sources named. */
export interface ChartRowView extends Omit<ChartTableRow, 'sources'> {
	sources: SourceName[];
}

/** A chart as an article shows it: a figure with an SVG drawing and its data table. */
export interface ChartView {
	/** Id of the chart (its file name). */
	id: string;
	kind: Chart['kind'];
	title: string;
	/** What the chart shows, in words: the drawing's text alternative. */
	description: string;
	note: string | undefined;
	/** Heading of the table's value column. */
	valueHeading: string;
	rows: ChartRowView[];
	geometry: ChartGeometry;
}

/** The chart `id`, laid out (once per chart object, see chartDrawing) and with its sources named. */
export function chartView(
	id: string,
	chart: Chart,
	sources: ReadonlyMap<string, Source>,
	locale: Locale = DEFAULT_LOCALE,
): ChartView {
	const { rows, valueHeading, geometry } = chartDrawing(chart, locale);
	return {
		id,
		kind: chart.kind,
		title: chart.title,
		description: chart.description,
		note: chart.note,
		valueHeading,
		rows: rows.map((row) => ({ ...row, sources: sourceNames(row.sources, sources, locale) })),
		geometry,
	};
}
