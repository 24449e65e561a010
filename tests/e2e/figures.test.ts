import { describe, expect, it } from 'vitest';
import { openPage, useSite } from './site.ts';

/**
 * The pictures of the site as Chromium draws them: the visit map on the home page and the lead
 * article, and the charts, on a phone and on a laptop.
 */

const site = useSite();

/** What the browser made of one SVG figure. */
interface DrawnFigure {
	/** Box of the SVG on screen, in CSS pixels. */
	width: number;
	height: number;
	/** Width of the text column the figure sits in. */
	columnWidth: number;
	/** The text alternative: the SVG's accessible name parts, and the figure caption. */
	title: string;
	description: string;
	caption: string;
	/** On-screen font size of every label, in CSS pixels. */
	labelSizes: number[];
	/** Labels whose box leaves the SVG's box. */
	labelsOutside: string[];
}

async function drawnFigure(
	page: import('playwright-core').Page,
	selector: string,
	labels: string,
): Promise<DrawnFigure> {
	const figure = page.locator(selector).first();
	await figure.scrollIntoViewIfNeeded();
	return figure.evaluate((element, labelSelector) => {
		const svg = element.querySelector('svg')!;
		const box = svg.getBoundingClientRect();
		const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
		const byId = (id: string | undefined) =>
			(id ? document.getElementById(id)?.textContent : '')?.trim() ?? '';
		const texts = [...svg.querySelectorAll<SVGTextElement>(labelSelector)];
		// The rendered size of a label: its font size times the SVG's scale on screen.
		const scale = svg.getScreenCTM()?.a ?? 1;
		return {
			width: box.width,
			height: box.height,
			columnWidth: element.parentElement!.getBoundingClientRect().width,
			title: byId(ids[0]),
			description: byId(ids[1]),
			caption: element.querySelector('figcaption')?.textContent.trim() ?? '',
			labelSizes: texts.map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale),
			labelsOutside: texts
				.filter((text) => {
					const label = text.getBoundingClientRect();
					return label.left < box.left - 1 || label.right > box.right + 1;
				})
				.map((text) => text.textContent),
		};
	}, labels);
}

describe('the visit map', () => {
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1366, height: 900 },
	]) {
		for (const path of ['/', '/articles/kremlin-talks/']) {
			it(`renders on ${path} at ${viewport.width} px, visible, with its text alternative`, async () => {
				const opened = await openPage(site, { viewport });
				try {
					await opened.page.goto(path, { waitUntil: 'load' });
					const map = opened.page.locator('figure.map svg').first();
					await expect.poll(() => map.isVisible()).toBe(true);

					const drawn = await drawnFigure(opened.page, 'figure.map', '.map__label');

					expect(drawn.width).toBeGreaterThan(200);
					expect(drawn.height).toBeGreaterThan(100);
					expect(drawn.width).toBeLessThanOrEqual(viewport.width);
					expect(drawn.title).toBe('Где проходил визит');
					expect(drawn.caption).toBe('Где проходил визит');
					expect(drawn.description).toMatch(/Минска\s+в\s+Москву/u);
					expect(drawn.labelSizes).toHaveLength(3);
					for (const size of drawn.labelSizes) {
						expect(size).toBeGreaterThanOrEqual(12);
						expect(size).toBeLessThanOrEqual(26);
					}
					expect(drawn.labelsOutside).toEqual([]);
					const list = opened.page.locator('figure.map .map__places').first();
					await expect.poll(() => list.isVisible()).toBe(true);
				} finally {
					await opened.close();
				}
			});
		}
	}
});

describe('the charts', () => {
	for (const viewport of [
		{ width: 320, height: 640 },
		{ width: 1366, height: 900 },
	]) {
		it(`fill the column at ${viewport.width} px with labels at the page's size, inside the drawing`, async () => {
			const opened = await openPage(site, { viewport });
			try {
				await opened.page.goto('/articles/visit-in-numbers/', { waitUntil: 'load' });
				const count = await opened.page.locator('figure.chart').count();
				expect(count).toBeGreaterThan(0);

				for (let index = 0; index < count; index += 1) {
					const drawn = await drawnFigure(
						opened.page,
						`figure.chart >> nth=${String(index)}`,
						'text',
					);

					expect(drawn.width).toBeCloseTo(drawn.columnWidth, 0);
					expect(drawn.labelSizes.length).toBeGreaterThan(0);
					for (const size of drawn.labelSizes) expect(size).toBeCloseTo(15, 0);
					expect(drawn.labelsOutside).toEqual([]);
				}
			} finally {
				await opened.close();
			}
		});
	}
});
