import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useSite } from './site.ts';

/** Share controls and deep links to places in an article, in real Chromium. */

const site = useSite();
const ARTICLE = '/articles/kremlin-talks/';
/** The URL readers share: the canonical one, on the configured site, not the test server. */
const CANONICAL = 'https://razbor.example/articles/kremlin-talks/';
/** The open share block at the end of an article; the one near the top is a «Поделиться» toggle. */
const END = 'section.share';
const TOP = 'details.share--top';

/** Whether an element is inside the viewport. */
function inViewport(page: Page, selector: string): Promise<boolean> {
	return page.locator(selector).evaluate((element) => {
		const { top, bottom } = element.getBoundingClientRect();
		return top >= 0 && top < window.innerHeight && bottom > 0;
	});
}

describe('sharing an article', () => {
	it('copies the canonical link and says so', async () => {
		const opened = await openPage(site);
		const { page, context } = opened;
		try {
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
				origin: site.server.url,
			});
			await page.goto(ARTICLE);
			const copy = page.getByRole('button', { name: 'Копировать ссылку' });
			expect(await copy.isVisible()).toBe(true);

			await copy.click();

			await expect
				.poll(() => page.locator(`${END} [data-share-status]`).textContent())
				.toBe('Ссылка скопирована');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CANONICAL);
		} finally {
			await opened.close();
		}
	});

	it('opens the system share sheet with the URL and the share title where the browser has one', async () => {
		const opened = await openPage(site);
		const { page } = opened;
		try {
			// Chromium on Linux has no share sheet; stand in for one that records what it gets.
			await page.addInitScript(() => {
				Object.defineProperty(Navigator.prototype, 'share', {
					configurable: true,
					value(data: ShareData) {
						(window as unknown as { shared: ShareData[] }).shared = [
							...((window as unknown as { shared?: ShareData[] }).shared ?? []),
							data,
						];
						return Promise.resolve();
					},
				});
			});
			await page.goto(ARTICLE);
			// The share title, as the link preview's og:title has it: a chat cuts a long headline.
			const title = await page.locator('meta[property="og:title"]').getAttribute('content');
			const headline = (await page.locator('h1').textContent())?.trim();
			expect(title?.replace(/\u00a0/g, ' ')).not.toBe(headline?.replace(/\u00a0/g, ' '));

			await page.getByRole('button', { name: 'Другие приложения…' }).click();

			const shared = await page.evaluate(
				() => (window as unknown as { shared?: ShareData[] }).shared,
			);
			expect(shared).toHaveLength(1);
			expect(shared![0]!.url).toBe(CANONICAL);
			expect(shared![0]!.title?.replace(/\u00a0/g, ' ')).toBe(title?.replace(/\u00a0/g, ' '));
		} finally {
			await opened.close();
		}
	});

	it('hides the share-sheet button where the browser has no Web Share API', async () => {
		const opened = await openPage(site);
		const { page } = opened;
		try {
			await page.addInitScript(() => {
				delete (Navigator.prototype as Partial<Navigator>).share;
			});
			await page.goto(ARTICLE);

			expect(await page.locator(`${END} [data-share-native]`).isHidden()).toBe(true);
			expect(await page.locator(`${END} [data-share-copy]`).isVisible()).toBe(true);
		} finally {
			await opened.close();
		}
	});

	it('keeps the plain share links, and shows no dead button, without JavaScript', async () => {
		const opened = await openPage(site, { javaScriptEnabled: false });
		const { page } = opened;
		try {
			await page.goto(ARTICLE);
			const links = page.locator(`${END} a.share__link`);

			expect(await links.count()).toBe(5);
			for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
			expect(await page.locator('.share button:visible').count()).toBe(0);
			const telegram = new URL((await links.first().getAttribute('href'))!);
			expect(telegram.origin).toBe('https://t.me');
			expect(telegram.searchParams.get('url')).toBe(CANONICAL);
		} finally {
			await opened.close();
		}
	});
});

describe('a deep link into an article', () => {
	it('lands on a section and highlights it; its «#» link gives that address', async () => {
		const opened = await openPage(site, { viewport: { width: 390, height: 844 } });
		const { page } = opened;
		try {
			await page.goto(`${ARTICLE}#chto-podpisali`);
			const heading = page.locator('[id="chto-podpisali"]');

			expect(await heading.evaluate((element) => element.matches('h2:target'))).toBe(true);
			await expect.poll(() => inViewport(page, '[id="chto-podpisali"]')).toBe(true);
			const highlight = await page
				.locator('.heading:has(> [id="chto-podpisali"])')
				.evaluate((element) => getComputedStyle(element).backgroundColor);
			expect(highlight).not.toBe('rgba(0, 0, 0, 0)');

			const anchor = page.locator('.heading:has(> [id="prilyot-vo-vnukovo"]) > a.anchor');
			expect(await anchor.isVisible()).toBe(true);
			await anchor.click();
			await page.waitForURL((url) => url.hash === '#prilyot-vo-vnukovo');
		} finally {
			await opened.close();
		}
	});

	it('lands on a fact box as a whole', async () => {
		const opened = await openPage(site, { viewport: { width: 390, height: 844 } });
		const { page } = opened;
		try {
			await page.goto(`${ARTICLE}#fact-signed-march-13`);

			expect(
				await page
					.locator('[id="fact-signed-march-13"]')
					.evaluate((element) => element.matches('aside.fact-box:target')),
			).toBe(true);
			await expect.poll(() => inViewport(page, '[id="fact-signed-march-13"]')).toBe(true);
			expect(await page.locator('[id="fact-signed-march-13"] a.anchor').getAttribute('href')).toBe(
				'#fact-signed-march-13',
			);
		} finally {
			await opened.close();
		}
	});

	it('opens the share controls near the top, each the same size, and says «Ссылка скопирована» there', async () => {
		const opened = await openPage(site, { viewport: { width: 390, height: 844 } });
		const { page, context } = opened;
		try {
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
				origin: site.server.url,
			});
			await page.goto(ARTICLE);
			const top = page.locator(TOP);
			const toggle = top.locator('summary');
			const bodyTop = await page
				.locator('.article__body')
				.evaluate((e) => e.getBoundingClientRect().top);
			expect(await toggle.evaluate((e) => e.getBoundingClientRect().bottom)).toBeLessThan(bodyTop);
			expect(await top.locator('.share__link').first().isVisible()).toBe(false);

			await toggle.focus();
			await page.keyboard.press('Enter');

			const controls = top.locator(
				'.share__list .share__link:visible, .share__list .share__button:visible',
			);
			const boxes = await controls.evaluateAll((elements) =>
				elements.map((element) => {
					const { width, height } = element.getBoundingClientRect();
					return { width: Math.round(width), height: Math.round(height) };
				}),
			);
			expect(boxes.length).toBeGreaterThanOrEqual(6);
			expect(new Set(boxes.map((box) => box.height)).size, JSON.stringify(boxes)).toBe(1);
			expect(new Set(boxes.map((box) => box.width)).size, JSON.stringify(boxes)).toBe(1);
			expect(boxes[0]!.height).toBeGreaterThanOrEqual(44);

			await top.getByRole('button', { name: 'Копировать ссылку' }).click();
			const status = top.locator('[data-share-status]');
			await expect.poll(() => status.textContent()).toBe('Ссылка скопирована');
			expect(await status.isVisible()).toBe(true);
			expect(await status.getAttribute('role')).toBe('status');
		} finally {
			await opened.close();
		}
	});
});

describe('the subscribe page', () => {
	it('copies a feed address with the share script, and says so', async () => {
		const opened = await openPage(site);
		const { page, context } = opened;
		try {
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
				origin: site.server.url,
			});
			await page.goto('/subscribe/');
			const copy = page.getByRole('button', { name: 'Копировать адрес RSS', exact: true });

			await copy.click();

			const block = page.locator('[data-share]').first();
			await expect
				.poll(() => block.locator('[data-share-status]').textContent())
				.toBe('Ссылка скопирована');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				'https://razbor.example/rss.xml',
			);
		} finally {
			await opened.close();
		}
	});

	it('shows the addresses as selectable text and no dead button without JavaScript', async () => {
		const opened = await openPage(site, { javaScriptEnabled: false });
		const { page } = opened;
		try {
			await page.goto('/subscribe/');

			expect(await page.locator('.feeds__url').first().textContent()).toBe(
				'https://razbor.example/rss.xml',
			);
			expect(await page.locator('.feeds__url').first().isVisible()).toBe(true);
			for (const button of await page.locator('[data-share-copy]').all())
				expect(await button.isHidden()).toBe(true);
		} finally {
			await opened.close();
		}
	});
});
