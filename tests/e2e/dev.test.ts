import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startNpm, type NpmServer } from '../helpers/npm.ts';
import { searchSettled } from './site.ts';

/**
 * `npm run dev` with nothing built before: search answers from an index of the current content
 * and share images are drawn on request (src/integrations/search/, src/pages/og/).
 */

let server: NpmServer;
let browser: Browser;

beforeAll(async () => {
	[server, browser] = await Promise.all([startNpm('npm run dev'), launchBrowser()]);
});

afterAll(async () => {
	await browser.close();
	await server.stop();
});

describe('astro dev', () => {
	it('finds a word of an article on /search/', async () => {
		const page = await browser.newPage({ baseURL: server.origin });
		try {
			await page.goto(`/search/?q=${encodeURIComponent('Орешник')}`);
			await searchSettled(page);

			expect(await page.locator('[data-search-status]').textContent()).toMatch(/^Найдено: \d+/);
			const hrefs = await page
				.locator('[data-search-results] li a')
				.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
			expect(
				hrefs.some((href) => /^\/articles\/[a-z0-9-]+\/$/.test(href)),
				hrefs.join(' '),
			).toBe(true);
		} finally {
			await page.close();
		}
	});

	it('answers a share image URL with a PNG', async () => {
		for (const path of [
			'/og/site.png',
			'/og/articles/kremlin-talks.png',
			'/og/timelines/visit-schedule.png',
			'/og/people/lukashenko.png',
			'/og/topics/union-state.png',
			'/og/glossary.png',
			'/og/maps/visit-route.png',
		]) {
			const response = await fetch(`${server.origin}${path}`);
			const png = Buffer.from(await response.arrayBuffer());

			expect(response.status, path).toBe(200);
			expect(response.headers.get('content-type'), path).toBe('image/png');
			expect(png.subarray(1, 4).toString(), path).toBe('PNG');
		}
	});
});
