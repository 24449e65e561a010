import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_CONTENT, buildSite, copyContent, type BuildResult } from '../helpers/build-site.ts';
import { all, attr, one, readPage, text } from '../helpers/html.ts';

/** A chart of dates added to the copy of the base content, beside its chart of values. */
const DATES_CHART = `kind: dates
title: Тестовый путь договора
description: От подписания до вступления в силу прошло 97 дней.
bars:
  - label: Подписан
    date: 2024-12-06
    sources: [sample-kremlin]
  - label: Вступил в силу
    date: 2025-03-13
    sources: [sample-kremlin, sample-agency]
`;

/** A horizontal length or position, written as a percentage of the chart's width. */
function share(element: Element, name: string): number {
	const value = attr(element, name) ?? '';
	expect(value).toMatch(/^\d+(?:\.\d+)?%$/);
	return Number.parseFloat(value);
}

describe('charts in a build of the base fixture content', () => {
	let result: BuildResult;
	let page: Root;

	beforeAll(async () => {
		const contentDir = await copyContent(BASE_CONTENT);
		await writeFile(join(contentDir, 'charts/sample-path.yaml'), DATES_CHART);
		await appendFile(join(contentDir, 'articles/sample-news.md'), '\n::chart{#sample-path}\n');
		// A time zone far from Moscow: dates and numbers must not move with the machine.
		result = await buildSite({
			contentDir,
			env: { TZ: 'Pacific/Kiritimati', LANG: 'en_US.UTF-8' },
		});
		expect(result.exitCode, result.output).toBe(0);
		page = await readPage(result.outDir, 'articles/sample-news/index.html');
	});

	it('builds', () => {
		expect(result.output).toContain('Complete!');
		expect(result.exitCode).toBe(0);
	});

	it('renders a figure captioned by the chart title', () => {
		const figure = one(page, 'figure.chart#chart-sample-trade');
		expect(attr(figure, 'ariaLabelledBy')).toBe('chart-sample-trade-title');
		expect(text(one(figure, 'figcaption#chart-sample-trade-title'))).toBe(
			'Тестовая диаграмма товарооборота',
		);
	});

	it('draws an inline SVG image labelled by its own title and description', () => {
		const figure = one(page, 'figure#chart-sample-trade');
		const svg = one(figure, 'svg');
		expect(attr(svg, 'role')).toBe('img');
		const labelledBy = attr(svg, 'ariaLabelledBy')?.split(' ') ?? [];
		expect(labelledBy).toHaveLength(2);
		const [titleId, descId] = labelledBy;
		const title = one(svg, `title#${titleId!}`);
		const desc = one(svg, `desc#${descId!}`);
		expect(text(title)).toBe('Тестовая диаграмма товарооборота');
		expect(text(desc)).toBe('Два значения одного показателя по двум статистикам.');
		// Fluid: as wide as the column, its text in CSS pixels (no viewBox to scale it).
		expect(attr(svg, 'viewBox')).toBeUndefined();
		expect(attr(svg, 'width')).toBe('100%');
		expect(Number(attr(svg, 'height'))).toBeGreaterThan(0);
	});

	it('draws one bar per value, the largest filling the plot and the other in proportion', () => {
		const svg = one(page, 'figure#chart-sample-trade svg');
		const bars = all(svg, 'rect.chart__bar');
		expect(bars).toHaveLength(2);
		const [first, second] = bars.map((bar) => share(bar, 'width'));
		expect(first! / second!).toBeCloseTo(50 / 51.8, 2);
		const values = all(svg, 'text.chart__value').map(text);
		expect(values).toEqual(['50 млрд долларов', '51,8 млрд долларов']);
		expect(all(svg, 'text.chart__label').map(text)).toEqual([
			'Первая статистика',
			'Вторая статистика',
		]);
		// Colours come from the stylesheet, not from the markup.
		expect(bars.every((bar) => attr(bar, 'fill') === undefined)).toBe(true);
	});

	it('gives the numbers as a table, formatted in Russian, with each source publisher and its kind', () => {
		const table = one(page, 'figure#chart-sample-trade table.chart__table');
		expect(all(table, 'thead th').map(text)).toEqual(['Показатель', 'млрд долларов', 'Источник']);
		const rows = all(table, 'tbody tr').map((row) => [
			text(one(row, 'th')),
			...all(row, 'td').map(text),
		]);
		expect(rows).toEqual([
			['Первая статистика', '50', 'Кремль (официальный источник)'],
			['Вторая статистика', '51,8', 'Тестовое агентство (государственное СМИ)'],
		]);
		expect(attr(one(table, 'tbody tr a'), 'href')).toBe('https://example.org/kremlin');
	});

	it('draws a chart of dates as days since the first date, dated in Moscow terms', () => {
		const figure = one(page, 'figure.chart#chart-sample-path');
		const widths = all(figure, 'rect.chart__bar').map((bar) => share(bar, 'width'));
		expect(widths).toHaveLength(2);
		expect(widths[0]).toBe(0);
		expect(widths[1]).toBeGreaterThan(0);
		expect(all(figure, 'text.chart__value').map(text)).toEqual(['6 декабря 2024', '13 марта 2025']);
		expect(text(one(figure, 'text.chart__axis-caption'))).toBe('дней с 6 декабря 2024');
		const rows = all(figure, 'tbody tr').map((row) => all(row, 'td').map(text));
		expect(rows).toEqual([
			['6 декабря 2024', '0', 'Кремль (официальный источник)'],
			[
				'13 марта 2025',
				'97',
				'Кремль (официальный источник), Тестовое агентство (государственное СМИ)',
			],
		]);
		expect(all(figure, 'tbody time').map((time) => attr(time, 'dateTime'))).toEqual([
			'2024-12-06',
			'2025-03-13',
		]);
	});

	it('ships no script and no inline style with a chart', () => {
		for (const figure of all(page, 'figure.chart')) {
			expect(all(figure, 'script')).toEqual([]);
			const styled = all(figure, '[style]');
			expect(styled).toEqual([]);
		}
	});
});
