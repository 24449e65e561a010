import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	COLOR_SCHEMES,
	openPage,
	PAGE_TYPES,
	SCREENSHOTS,
	useSite,
	VIEWPORTS,
	visit,
} from './site.ts';

/**
 * Every page type as a browser loads it: nothing from another origin, nothing missing, no script
 * errors, no sideways scrolling on a narrow phone, and screenshots for a person to look at.
 */

const site = useSite();

describe('every page type', () => {
	for (const type of PAGE_TYPES) {
		it(`${type.name} (${type.path}) requests nothing from another origin and loads whole`, async () => {
			const opened = await openPage(site);
			try {
				await visit(opened.page, type);
				// Scroll through, so anything loaded lazily is requested too.
				await opened.page.evaluate(async () => {
					for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
						window.scrollTo(0, y);
						await new Promise((done) => setTimeout(done, 20));
					}
				});
				await opened.page.waitForLoadState('networkidle');
				expect(opened.requests.all.length).toBeGreaterThan(0);
				expect(opened.requests.foreign, 'requests to another origin').toEqual([]);
				// The not-found page itself is meant to answer 404 (and Chromium logs that); nothing else may.
				const ownUrl = new URL(type.path, site.server.url).href;
				const failures = opened.failures.filter((failure) => failure !== `404 ${ownUrl}`);
				expect(failures, 'failed requests').toEqual([]);
				const errors = opened.errors.filter(
					(error) => !(type.status === 404 && /status of 404/.test(error)),
				);
				expect(errors, 'script errors').toEqual([]);
			} finally {
				await opened.close();
			}
		});
	}
});

describe('at 320 px wide', () => {
	for (const type of PAGE_TYPES) {
		it(`${type.name} (${type.path}) has no horizontal scroll`, async () => {
			const opened = await openPage(site, { viewport: { width: 320, height: 640 } });
			try {
				await visit(opened.page, type);
				const { scrollWidth, overflowing } = await opened.page.evaluate(() => {
					const width = document.documentElement.clientWidth;
					const label = (element: Element) =>
						element.tagName.toLowerCase() +
						(element.id ? `#${element.id}` : '') +
						[...element.classList].map((name) => `.${name}`).join('');
					// The outermost elements sticking out: their parent still fits.
					const overflowing = [...document.body.querySelectorAll('*')]
						.filter((element) => element.getBoundingClientRect().right > width + 0.5)
						.filter(
							(element) =>
								!element.parentElement ||
								element.parentElement.getBoundingClientRect().right <= width + 0.5,
						)
						.slice(0, 10)
						.map(
							(element) =>
								`${label(element)} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`,
						);
					return { scrollWidth: document.documentElement.scrollWidth, overflowing };
				});
				expect(scrollWidth, `too wide: ${overflowing.join('; ')}`).toBeLessThanOrEqual(320);
			} finally {
				await opened.close();
			}
		});
	}
});

describe('on a phone with scripts on', () => {
	for (const type of PAGE_TYPES) {
		it(`${type.name} (${type.path}) does not move once painted (no layout shift)`, async () => {
			const opened = await openPage(site, { viewport: VIEWPORTS[0] });
			const { page } = opened;
			try {
				// Record every shift from the first paint on, before the page's own scripts run.
				await page.addInitScript(() => {
					const shifts: string[] = [];
					Object.assign(window, { layoutShifts: shifts });
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & {
							value: number;
							hadRecentInput: boolean;
							sources: { node?: Node | null }[];
						})[])
							if (!entry.hadRecentInput)
								shifts.push(
									`${entry.value.toFixed(4)}: ${entry.sources.map((source) => (source.node instanceof Element ? `${source.node.tagName.toLowerCase()}.${source.node.className}` : source.node?.nodeName)).join(', ')}`,
								);
					}).observe({ type: 'layout-shift', buffered: true });
				});
				await visit(page, type);
				await page.waitForLoadState('networkidle');
				const shifts = await page.evaluate(
					() => (window as unknown as { layoutShifts: string[] }).layoutShifts,
				);
				// Under 0.01 in all: a shift of the menu toggle by 0.003 was seen once on /timelines/
				// on a clean clone and never again; the subscribe page's 0.05 and a shared search
				// link's 0.34, the shifts this test was written for, stay far above it. Lighthouse
				// calls under 0.1 good; every shift is listed when the sum is over.
				const total = shifts.reduce((sum, shift) => sum + Number.parseFloat(shift), 0);
				expect(total, shifts.join('\n')).toBeLessThan(0.01);
			} finally {
				await opened.close();
			}
		});
	}
});

describe('screenshots', () => {
	beforeAll(async () => {
		await mkdir(SCREENSHOTS, { recursive: true });
	});

	for (const type of PAGE_TYPES) {
		it(`of ${type.name} (${type.path}) at ${VIEWPORTS.map(({ width, height }) => `${width}×${height}`).join(' and ')}, light and dark`, async () => {
			for (const viewport of VIEWPORTS) {
				const opened = await openPage(site, { viewport });
				try {
					await visit(opened.page, type);
					for (const colorScheme of COLOR_SCHEMES) {
						await opened.page.emulateMedia({ colorScheme });
						const path = join(SCREENSHOTS, `${type.name}-${viewport.width}-${colorScheme}.png`);
						const image = await opened.page.screenshot({ path, fullPage: true });
						expect(image.length).toBeGreaterThan(1000);
					}
				} finally {
					await opened.close();
				}
			}
		});
	}
});
