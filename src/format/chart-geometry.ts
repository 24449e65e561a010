/**
 * Geometry of the build-time SVG charts: scales, bar lengths, label positions, axis ticks and
 * number formatting. Pure functions only: the same data always gives the same drawing, whatever
 * the machine's locale or time zone.
 */

import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { formatNumber } from './numbers.ts';
import { pluralWord } from './plural.ts';

/** Sizes in SVG user units; the SVG scales with its `viewBox`, so text scales with it. */
export const CHART_LAYOUT = Object.freeze({
	/**
	 * Width the layout is measured for: the narrowest column, a 320 px phone less the page's
	 * gutters. The chart is drawn in CSS pixels and its horizontal positions stretch to wider
	 * columns (Chart.astro), so what fits here fits everywhere.
	 */
	width: 288,
	/** Space left and right of the plot. */
	padding: 8,
	/** Font size of every label. */
	fontSize: 15,
	/** Distance between the baselines of two lines of a label. */
	lineHeight: 19,
	/** Thickness of a bar. */
	barHeight: 16,
	/** Space between a label's last line and its bar. */
	labelGap: 4,
	/** Space between a bar's end and its printed value. */
	valueGap: 6,
	/** Space between one bar and the next row's label. */
	rowGap: 14,
	/** Length of a tick mark below the axis. */
	tickLength: 4,
	/**
	 * Average advance of a character as a share of the font size; a little wide on purpose, so
	 * that estimates err on the side of room, whatever font the page uses.
	 */
	charWidth: 0.57,
	/** The plot never gets narrower than this share of the width, however long the values are. */
	minPlotShare: 0.45,
});

/** Layout constants; {@link CHART_LAYOUT} by default. */
export type ChartLayout = typeof CHART_LAYOUT;

/** «1 день», «3 дня», «97 дней»; «1 day», «97 days». */
export function formatDays(days: number, locale: Locale = DEFAULT_LOCALE): string {
	return `${formatNumber(days, undefined, locale)}\u00a0${pluralWord(days, uiFor(locale).counts.days, locale)}`;
}

/** Whole days from one calendar day to another, each as `YYYY-MM-DD`; time zones play no part. */
export function daysBetween(from: string, to: string): number {
	const toUtc = (day: string) => {
		const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
		return Date.UTC(year, month - 1, date);
	};
	return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** Decimals of a step such as 0.25, so that tick values print without float noise. */
function decimalsOf(step: number): number {
	for (let decimals = 0; decimals < 10; decimals += 1) {
		if (Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) < 1e-9) return decimals;
	}
	return 10;
}

/**
 * Round axis values from zero up to `max`, about `count` of them: steps of 1, 2 or 5 times a power
 * of ten («0, 20, 40, 60, 80» for 86,82). Zero alone when `max` is not above zero.
 */
export function tickValues(max: number, count = 4): number[] {
	if (!(max > 0) || !Number.isFinite(max)) return [0];
	const raw = max / Math.max(1, count);
	let step = 10 ** Math.floor(Math.log10(raw));
	const error = raw / step;
	if (error >= Math.sqrt(50)) step *= 10;
	else if (error >= Math.sqrt(10)) step *= 5;
	else if (error >= Math.sqrt(2)) step *= 2;
	const decimals = decimalsOf(step);
	const ticks: number[] = [];
	for (let index = 0; ; index += 1) {
		const tick = Number((index * step).toFixed(decimals));
		if (tick > max + step * 1e-9) break;
		ticks.push(tick);
	}
	return ticks;
}

/**
 * A linear scale from `[0, max]` onto `[0, length]`: the largest value fills the length, zero
 * gives zero. With `max` at zero every value maps to zero.
 */
export function linearScale(max: number, length: number): (value: number) => number {
	if (!(max > 0)) return () => 0;
	return (value) => (Math.min(Math.max(value, 0), max) / max) * length;
}

const GRAPHEMES = new Intl.Segmenter('ru', { granularity: 'grapheme' });

/** Characters as a reader counts them (grapheme clusters). */
export function characterCount(text: string): number {
	return Array.from(GRAPHEMES.segment(text)).length;
}

/** Estimated width of a line of text at the layout's font size. */
export function textWidth(text: string, layout: ChartLayout = CHART_LAYOUT): number {
	return characterCount(text) * layout.fontSize * layout.charWidth;
}

/**
 * Breaks text into lines of at most `maxChars` characters at ordinary spaces (never at a no-break
 * space, as in «№ 12-ФЗ»); a word longer than a line gets a line of its own.
 */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (characterCount(candidate) <= maxChars || !line) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** What to draw for one bar. */
export interface ChartRowInput {
	/** Label above the bar. */
	label: string;
	/** Second, quieter line of the label, e.g. the statistical basis or the date. */
	detail?: string | undefined;
	/** The number the bar's length stands for. */
	value: number;
	/** Text printed after the bar's end, e.g. «86,82 %». */
	valueText: string;
}

/** A line of text placed in the drawing; `y` is its baseline. */
export interface PlacedText {
	x: number;
	y: number;
	text: string;
}

/** One placed row: label lines, bar rectangle and value text. */
export interface ChartRow {
	label: PlacedText[];
	detail: PlacedText[];
	bar: { x: number; y: number; width: number; height: number };
	value: PlacedText;
}

/** One tick of the value axis. */
export interface ChartTick {
	x: number;
	value: number;
	/** Formatted tick value, e.g. «40». */
	text: string;
}

/** The whole drawing, in user units. */
export interface ChartGeometry {
	width: number;
	height: number;
	/** `0 0 width height`. */
	viewBox: string;
	rows: ChartRow[];
	/** Where bars start (zero) and how long the largest one is. */
	plot: { x: number; length: number };
	/** The axis below the bars: its line, tick marks down to `tickEnd`, tick labels and caption. */
	axis: { y: number; tickEnd: number; labelY: number; ticks: ChartTick[]; caption: PlacedText };
}

/** Rounds to a hundredth of a unit so the SVG markup stays short and stable. */
function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/**
 * Lays out a horizontal bar chart, phone first: each row is its label (wrapped to the width),
 * an optional quieter detail line, then the bar from zero with its value printed after it. The
 * largest value's bar ends where the widest printed value still fits; an axis with round ticks and
 * a caption (the unit) closes the drawing.
 */
export function layoutBarChart(
	rows: readonly ChartRowInput[],
	options: { axisCaption: string; tickCount?: number; layout?: ChartLayout; locale?: Locale },
): ChartGeometry {
	const layout = options.layout ?? CHART_LAYOUT;
	const { width, padding, fontSize, lineHeight, barHeight, labelGap, valueGap, rowGap } = layout;
	const inner = width - 2 * padding;
	const maxChars = Math.max(1, Math.floor(inner / (fontSize * layout.charWidth)));
	const widestValue = Math.max(0, ...rows.map((row) => textWidth(row.valueText, layout)));
	const plotLength = Math.max(inner * layout.minPlotShare, inner - valueGap - widestValue);
	const max = Math.max(0, ...rows.map((row) => row.value));
	const scale = linearScale(max, plotLength);
	const x0 = padding;

	let y = 0;
	const placed: ChartRow[] = rows.map((row) => {
		const label = wrapText(row.label, maxChars).map((text) => {
			y += lineHeight;
			return { x: x0, y: round(y - (lineHeight - fontSize)), text };
		});
		const detail = (row.detail ? wrapText(row.detail, maxChars) : []).map((text) => {
			y += lineHeight;
			return { x: x0, y: round(y - (lineHeight - fontSize)), text };
		});
		y += labelGap;
		const barWidth = round(scale(row.value));
		const bar = { x: x0, y: round(y), width: barWidth, height: barHeight };
		// The value's baseline sits so that its digits are centred on the bar.
		const value = {
			x: round(x0 + barWidth + valueGap),
			y: round(y + barHeight / 2 + fontSize * 0.35),
			text: row.valueText,
		};
		y += barHeight + rowGap;
		return { label, detail, bar, value };
	});

	const axisY = round(y - rowGap / 2);
	const ticks = tickValues(max, options.tickCount).map((value) => ({
		x: round(x0 + scale(value)),
		value,
		text: formatNumber(value, undefined, options.locale),
	}));
	const tickEnd = axisY + layout.tickLength;
	const labelY = round(tickEnd + fontSize);
	const caption = { x: x0, y: round(labelY + lineHeight), text: options.axisCaption };
	const height = Math.ceil(caption.y + (lineHeight - fontSize) + 2);

	return {
		width,
		height,
		viewBox: `0 0 ${String(width)} ${String(height)}`,
		rows: placed,
		plot: { x: x0, length: round(plotLength) },
		axis: { y: axisY, tickEnd, labelY, ticks, caption },
	};
}
