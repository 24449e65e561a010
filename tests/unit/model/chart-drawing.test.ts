import { describe, expect, test } from 'vitest';
import { chartDrawing } from '../../../src/model/chart-drawing.ts';
import { ChartSchema } from '../../../src/schemas/chart.ts';

const VALUES = ChartSchema.parse({
	title: 'Товарооборот',
	description: 'Два значения.',
	unit: 'млрд долларов',
	suffix: 'млрд $',
	bars: [
		{ label: 'Российская статистика', value: 50, sources: ['kremlin'], basis: 'со слов Путина' },
		{ label: 'Посол', value: 49, qualifier: 'almost', sources: ['belta'] },
	],
});

const DATES = ChartSchema.parse({
	kind: 'dates',
	title: 'Путь договора',
	description: 'Шаги.',
	bars: [
		{ label: 'Подписан', date: '2024-12-06', sources: ['kremlin'] },
		{ label: 'Ратифицирован', date: '2025-03-10', sources: ['belta'] },
	],
});

describe('chartDrawing', () => {
	test('gives a chart of values its table cells, qualifiers and suffix included', () => {
		const { rows, valueHeading } = chartDrawing(VALUES);

		expect(valueHeading).toBe('млрд долларов');
		expect(rows.map(({ cell, valueText, detail }) => ({ cell, valueText, detail }))).toEqual([
			{ cell: '50', valueText: '50\u00a0млрд $', detail: 'со\u00a0слов Путина' },
			{ cell: 'почти 49', valueText: 'почти 49\u00a0млрд $', detail: undefined },
		]);
	});

	test('measures a chart of dates in days since its first date', () => {
		const { rows, valueHeading, geometry } = chartDrawing(DATES);

		expect(valueHeading).toBe('Дата');
		expect(rows.map(({ value, days, datetime }) => ({ value, days, datetime }))).toEqual([
			{ value: 0, days: '0', datetime: '2024-12-06' },
			{ value: 94, days: '94', datetime: '2025-03-10' },
		]);
		expect(geometry.axis.caption.text).toBe('дней с\u00a06 декабря 2024');
	});

	test('lays a chart out once and gives the same drawing for the same chart again', () => {
		const first = chartDrawing(VALUES);

		expect(chartDrawing(VALUES)).toBe(first);
		expect(chartDrawing(structuredClone(VALUES))).not.toBe(first);
		expect(chartDrawing(structuredClone(VALUES))).toEqual(first);
	});
});

describe('chartDrawing in English', () => {
	const PERCENT = ChartSchema.parse({
		title: 'Election',
		description: 'Votes.',
		unit: '% of votes',
		suffix: '%',
		decimals: 2,
		bars: [
			{ label: 'Lukashenko', value: 86.82, sources: ['cec'] },
			{ label: 'Against all', value: 3.6, qualifier: 'about', sources: ['cec'] },
		],
	});

	test('writes figures the English way, the percent sign close up', () => {
		const { rows } = chartDrawing(PERCENT, 'en');

		expect(rows.map(({ cell, valueText }) => ({ cell, valueText }))).toEqual([
			{ cell: '86.82', valueText: '86.82%' },
			{ cell: 'about 3.60', valueText: 'about 3.60%' },
		]);
	});

	test('measures a chart of dates in English days, apart from the Russian drawing', () => {
		const russian = chartDrawing(DATES);
		const { rows, valueHeading, geometry } = chartDrawing(DATES, 'en');

		expect(valueHeading).toBe('Date');
		expect(rows.map((row) => row.cell)).toEqual(['6 December 2024', '10 March 2025']);
		expect(geometry.axis.caption.text).toBe('days since 6 December 2024');
		expect(chartDrawing(DATES)).toBe(russian);
	});
});
