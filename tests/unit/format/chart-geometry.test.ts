import { describe, expect, test } from 'vitest';
import {
	CHART_LAYOUT,
	daysBetween,
	formatDays,
	layoutBarChart,
	linearScale,
	textWidth,
	tickValues,
	wrapText,
	type ChartRowInput,
} from '../../../src/format/chart-geometry.ts';

const NBSP = '\u00a0';

function row(label: string, value: number, valueText = String(value)): ChartRowInput {
	return { label, value, valueText };
}

describe('layoutBarChart in English', () => {
	test('labels fractional ticks with a decimal point', () => {
		const rows = [row('a', 0.5), row('b', 0.25)];

		const english = layoutBarChart(rows, { axisCaption: 'share', locale: 'en' });
		const russian = layoutBarChart(rows, { axisCaption: 'доля' });

		expect(english.axis.ticks.map((tick) => tick.text)).toContain('0.1');
		expect(russian.axis.ticks.map((tick) => tick.text)).toContain('0,1');
	});
});

describe('formatDays and daysBetween', () => {
	test.each([
		[1, `1${NBSP}день`],
		[3, `3${NBSP}дня`],
		[5, `5${NBSP}дней`],
		[21, `21${NBSP}день`],
		[61, `61${NBSP}день`],
		[97, `97${NBSP}дней`],
		[111, `111${NBSP}дней`],
	])('%d → «%s»', (days, expected) => {
		expect(formatDays(days)).toBe(expected);
	});

	test.each([
		[1, `1${NBSP}day`],
		[3, `3${NBSP}days`],
		[21, `21${NBSP}days`],
		[1200, `1,200${NBSP}days`],
	])('%d → “%s” in English', (days, expected) => {
		expect(formatDays(days, 'en')).toBe(expected);
	});

	test('counts whole calendar days across months, years and a leap day', () => {
		expect(daysBetween('2024-12-06', '2024-12-06')).toBe(0);
		expect(daysBetween('2024-12-06', '2025-02-05')).toBe(61);
		expect(daysBetween('2024-12-06', '2025-03-13')).toBe(97);
		expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
		// The Moscow time change of old is irrelevant: days are counted in UTC.
		expect(daysBetween('2010-03-27', '2010-03-29')).toBe(2);
	});
});

describe('tickValues', () => {
	test.each([
		[86.82, [0, 20, 40, 60, 80]],
		[51.8, [0, 10, 20, 30, 40, 50]],
		[97, [0, 20, 40, 60, 80]],
		[100, [0, 20, 40, 60, 80, 100]],
		[1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
		[0.3, [0, 0.1, 0.2, 0.3]],
		[7, [0, 2, 4, 6]],
	])('for a maximum of %d: %j', (max, expected) => {
		expect(tickValues(max)).toEqual(expected);
	});

	test('gives zero alone when there is nothing to scale', () => {
		expect(tickValues(0)).toEqual([0]);
		expect(tickValues(-5)).toEqual([0]);
		expect(tickValues(Number.NaN)).toEqual([0]);
	});

	test('never goes beyond the maximum', () => {
		for (const max of [0.7, 3.3, 12.95, 49, 51.8, 86.82, 97, 1234]) {
			const ticks = tickValues(max);
			expect(ticks[0]).toBe(0);
			expect(Math.max(...ticks)).toBeLessThanOrEqual(max);
		}
	});
});

describe('linearScale', () => {
	test('maps zero to zero and the maximum to the full length, linearly between', () => {
		const scale = linearScale(50, 200);
		expect(scale(0)).toBe(0);
		expect(scale(50)).toBe(200);
		expect(scale(25)).toBe(100);
		expect(scale(12.5)).toBe(50);
	});

	test('clamps values outside the range', () => {
		const scale = linearScale(50, 200);
		expect(scale(-10)).toBe(0);
		expect(scale(80)).toBe(200);
	});

	test('maps everything to zero when the maximum is zero', () => {
		const scale = linearScale(0, 200);
		expect(scale(0)).toBe(0);
		expect(scale(3)).toBe(0);
	});
});

describe('wrapText', () => {
	test('keeps a short label on one line', () => {
		expect(wrapText('Лукашенко', 30)).toEqual(['Лукашенко']);
	});

	test('breaks at spaces, never at a no-break space', () => {
		expect(wrapText('Путин подписал закон о ратификации', 20)).toEqual([
			'Путин подписал закон',
			'о ратификации',
		]);
		expect(wrapText(`закон №${NBSP}12-ФЗ`, 9)).toEqual(['закон', `№${NBSP}12-ФЗ`]);
	});

	test('gives a word longer than a line a line of its own', () => {
		expect(wrapText('очень длинноесловодлиннее строки', 10)).toEqual([
			'очень',
			'длинноесловодлиннее',
			'строки',
		]);
	});
});

describe('layoutBarChart', () => {
	const rows = [
		row('Лукашенко', 86.82, '86,82 %'),
		row('Сыранков', 3.21, '3,21 %'),
		row('Ноль', 0, '0 %'),
	];
	const chart = layoutBarChart(rows, { axisCaption: '% голосов' });

	test('lets the largest value fill the plot, which leaves room for the widest printed value', () => {
		const { width, padding, valueGap } = CHART_LAYOUT;
		const largest = chart.rows[0]!;
		expect(largest.bar.x).toBe(padding);
		expect(largest.bar.width).toBe(chart.plot.length);
		expect(chart.plot.length).toBeCloseTo(width - 2 * padding - valueGap - textWidth('86,82 %'), 1);
		expect(largest.value.x + textWidth('86,82 %')).toBeLessThanOrEqual(width - padding + 0.01);
	});

	test('scales the other bars in proportion and draws zero as an empty bar', () => {
		const [largest, small, zero] = chart.rows;
		expect(small!.bar.width).toBeCloseTo((largest!.bar.width * 3.21) / 86.82, 1);
		expect(zero!.bar.width).toBe(0);
		expect(chart.rows).toHaveLength(3);
	});

	test('prints each value just after the end of its bar, centred on it', () => {
		for (const placed of chart.rows) {
			expect(placed.value.x).toBeCloseTo(
				placed.bar.x + placed.bar.width + CHART_LAYOUT.valueGap,
				1,
			);
			expect(placed.value.y).toBeGreaterThan(placed.bar.y);
			expect(placed.value.y).toBeLessThan(placed.bar.y + placed.bar.height);
		}
		expect(chart.rows.map((placed) => placed.value.text)).toEqual(['86,82 %', '3,21 %', '0 %']);
	});

	test('puts each label above its bar and each row below the previous one', () => {
		let bottom = 0;
		for (const placed of chart.rows) {
			const [first] = placed.label;
			expect(first!.y).toBeGreaterThan(bottom);
			expect(first!.y).toBeLessThan(placed.bar.y);
			bottom = placed.bar.y + placed.bar.height;
		}
	});

	test('wraps a long label and puts its detail line under it', () => {
		const [placed] = layoutBarChart(
			[
				{
					label: 'Лукашенко подписал белорусский закон о ратификации договора',
					detail: 'по сообщению агентства',
					value: 1,
					valueText: '1',
				},
			],
			{ axisCaption: 'дней' },
		).rows;
		expect(placed!.label.length).toBeGreaterThan(1);
		expect(placed!.detail.map((line) => line.text)).toEqual(['по сообщению агентства']);
		const lines = [...placed!.label, ...placed!.detail].map((line) => line.y);
		expect(lines).toEqual([...lines].sort((a, b) => a - b));
		expect(lines.at(-1)).toBeLessThan(placed!.bar.y);
	});

	test('puts the ticks on the same scale as the bars and the caption below the axis', () => {
		expect(chart.axis.ticks.map((tick) => tick.text)).toEqual(['0', '20', '40', '60', '80']);
		const [zero, , forty] = chart.axis.ticks;
		expect(zero!.x).toBe(CHART_LAYOUT.padding);
		expect(forty!.x).toBeCloseTo(CHART_LAYOUT.padding + (chart.plot.length * 40) / 86.82, 1);
		const lastBar = chart.rows.at(-1)!.bar;
		expect(chart.axis.y).toBeGreaterThan(lastBar.y + lastBar.height);
		expect(chart.axis.labelY).toBeGreaterThan(chart.axis.y);
		expect(chart.axis.caption).toMatchObject({ text: '% голосов' });
		expect(chart.axis.caption.y).toBeGreaterThan(chart.axis.labelY);
		expect(chart.height).toBeGreaterThan(chart.axis.caption.y);
		expect(chart.viewBox).toBe(`0 0 ${String(CHART_LAYOUT.width)} ${String(chart.height)}`);
	});

	test('draws every bar empty when all values are zero', () => {
		const empty = layoutBarChart([row('А', 0), row('Б', 0)], { axisCaption: 'x' });
		expect(empty.rows.map((placed) => placed.bar.width)).toEqual([0, 0]);
		expect(empty.axis.ticks.map((tick) => tick.text)).toEqual(['0']);
	});

	test('is deterministic', () => {
		expect(layoutBarChart(rows, { axisCaption: '% голосов' })).toEqual(chart);
	});
});
