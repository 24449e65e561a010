import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typographText } from '../../src/format/typography.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { BASE_CONTENT, copyContent, ROOT, temporaryDirectory } from '../helpers/build-site.ts';
import { startNpm, type NpmServer } from '../helpers/npm.ts';
import { COLOR_SCHEMES } from './site.ts';

/**
 * An editor's session: `npm run dev` on a copy of the fixture content, an article open in
 * Chromium, files saved while it stays open. A content mistake must replace the page with
 * Astro's error overlay naming the file and line in the build's Russian words (status 500, never
 * the last good page), and the fixed file must bring the page back in the same tab, with no
 * reload by the test and no restart of the server (src/integrations/content-problems/). A draft
 * is shown, under the «Черновик» banner, and marked on its card.
 */

const ARTICLE_PATH = '/articles/sample-news/';
const ARTICLE_TITLE = typographText('Тестовая новость о переговорах');

let contentDir: string;
let cacheDir: string;
let server: NpmServer;
let browser: Browser;

/**
 * Axe's results for the page `builder` checks. A fresh dev server (CI's is always fresh) may reload
 * the first pages it serves once Vite has optimised the browser's dependencies; when the reload
 * lands while axe runs, axe is run again on the reloaded page.
 */
async function analyzeSettled(page: Page, builder: () => AxeBuilder) {
	try {
		return await builder().analyze();
	} catch (error) {
		if (!String(error).includes('Execution context was destroyed')) throw error;
		await page.waitForLoadState('load');
		return builder().analyze();
	}
}

/** Whether `response` is a load of the article page itself (the first one, or a reload). */
function isArticleLoad(response: Response): boolean {
	return (
		response.request().isNavigationRequest() && new URL(response.url()).pathname === ARTICLE_PATH
	);
}

/** What the tab shows: the article's heading, and what Astro's error overlay says, if any. */
interface Shown {
	heading: string | null;
	overlay: { title: string; file: string; message: string } | null;
}

/** What the tab shows now; `null` while it is between two documents. */
async function shown(page: Page): Promise<Shown | null> {
	return page
		.evaluate(() => {
			const root = document.querySelector('vite-error-overlay')?.shadowRoot;
			const text = (selector: string) => root?.querySelector(selector)?.textContent ?? '';
			return {
				heading: document.querySelector('article h1')?.textContent ?? null,
				overlay: root
					? {
							title: text('#title'),
							file: text('#code header h2'),
							message: text('#message-content'),
						}
					: null,
			};
		})
		.catch(() => null);
}

/**
 * Opens the article, saves `broken` over `file`, checks what the browser shows, then saves the
 * original text again and checks that the article comes back in the same tab.
 */
async function breakAndFix(
	file: string,
	broken: (text: string) => string,
	expected: { file: string; line: string },
): Promise<void> {
	const original = await readFile(file, 'utf8');
	const mistake = broken(original);
	expect(mistake, 'the edit applies').not.toBe(original);
	// A test before may have put its file back a moment ago: start from the article served whole.
	await expect
		.poll(async () => (await fetch(`${server.origin}${ARTICLE_PATH}`)).status, { timeout: 30_000 })
		.toBe(200);
	const page = await browser.newPage({ baseURL: server.origin });
	// Every load of the article, the test's own and the dev server's reloads, by status.
	const loads: number[] = [];
	page.on('response', (response) => {
		if (isArticleLoad(response)) loads.push(response.status());
	});
	try {
		await page.goto(ARTICLE_PATH);
		// Vite may reload a fresh page once, when it has optimised the browser's dependencies.
		await expect.poll(async () => (await shown(page))?.heading).toBe(ARTICLE_TITLE);
		expect(loads, server.output()).not.toContain(500);

		// A save may reach the server as two changes (emptied, then written): wait for the last.
		await writeFile(file, mistake);
		await expect
			.poll(async () => (await shown(page))?.overlay?.message, { timeout: 30_000 })
			.toBe(`Ошибки в материалах (1):\n  ${expected.line}`);
		const failure = await shown(page);

		expect(loads.length).toBeGreaterThan(1);
		expect(loads.at(-1)).toBe(500);
		expect(failure?.heading).toBeNull();
		expect(failure?.overlay?.title).toBe('Ошибка в материалах');
		expect(failure?.overlay?.file).toBe(expected.file);

		const loadsBeforeFix = loads.length;
		await writeFile(file, original);
		await expect
			.poll(() => shown(page), { timeout: 30_000 })
			.toEqual({ heading: ARTICLE_TITLE, overlay: null });

		expect(loads.length).toBeGreaterThan(loadsBeforeFix);
		expect(loads.at(-1)).toBe(200);
	} finally {
		await writeFile(file, original);
		await page.close();
	}
}

// Astro runs one dev server per project at a time: this one stops before the next starts.
describe('astro dev on the fixture content', () => {
	beforeAll(async () => {
		[contentDir, cacheDir] = await Promise.all([
			copyContent(BASE_CONTENT),
			temporaryDirectory('razbor-dev-cache-'),
		]);
		[server, browser] = await Promise.all([
			startNpm('npm run dev', {
				env: { RAZBOR_CONTENT_DIR: contentDir, RAZBOR_CACHE_DIR: cacheDir },
			}),
			launchBrowser(),
		]);
		// A fresh server (CI's always is) optimises the browser's dependencies on the first page it
		// serves and may reload it: one visit here, before any test measures a page.
		const warm = await browser.newPage({ baseURL: server.origin });
		await warm.goto(ARTICLE_PATH);
		await warm.waitForLoadState('networkidle');
		await warm.close();
	}, 240_000);

	afterAll(async () => {
		await browser.close();
		await server.stop();
		await rm(dirname(contentDir), { recursive: true, force: true });
		await rm(cacheDir, { recursive: true, force: true });
	});

	// Drafts first: a page opened after the editing cases may still be told of their last error
	// (and reload, as src/integrations/content-problems/ has it), which would stop axe midway.
	describe('with a draft', () => {
		for (const colorScheme of COLOR_SCHEMES) {
			it(`shows the draft under a «Черновик» note that axe finds nothing wrong with (${colorScheme})`, async () => {
				// AxeBuilder needs a page of a context of its own.
				const context = await browser.newContext({ baseURL: server.origin, colorScheme });
				const page = await context.newPage();
				try {
					const response = await page.goto('/articles/sample-draft/');
					const banner = page.locator('main > [role="note"]:first-child');
					const results = await analyzeSettled(page, () =>
						new AxeBuilder({ page })
							.include('.draft-banner')
							.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']),
					);

					expect(response?.status(), server.output()).toBe(200);
					expect(await banner.getAttribute('aria-labelledby')).toBe('draft-banner-title');
					expect(await page.locator('#draft-banner-title').textContent()).toBe('Черновик');
					expect(await banner.textContent()).toContain('draft: false');
					expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
					expect(results.violations.map((violation) => violation.id)).toEqual([]);
				} finally {
					await context.close();
				}
			});
		}

		it('shows no banner on a published article', async () => {
			const page = await browser.newPage({ baseURL: server.origin });
			try {
				await page.goto(ARTICLE_PATH);

				expect(await page.locator('article h1').textContent()).toBe(ARTICLE_TITLE);
				expect(await page.locator('.draft-banner').count()).toBe(0);
			} finally {
				await page.close();
			}
		});

		it('marks the draft on the home page — its card, or the lead when it is the newest piece — and nothing else', async () => {
			const page = await browser.newPage({ baseURL: server.origin });
			try {
				await page.goto('/');
				const marked = await page
					.locator('.card:has(mark), .lead:has(mark)')
					.evaluateAll((blocks) =>
						blocks.map((block) => [
							block.querySelector('mark')?.textContent,
							block.querySelector('.card__title a, h2 a')?.getAttribute('href'),
						]),
					);

				expect(marked).toEqual([['Черновик', '/articles/sample-draft/']]);
			} finally {
				await page.close();
			}
		});
	});

	describe('while an editor saves files', () => {
		it('shows an unknown source in :cite with its file and line, then the article again', async () => {
			const file = join(contentDir, 'articles/sample-news.md');

			await breakAndFix(
				file,
				(text) => text.replace('Кремле :cite{#sample-kremlin}', 'Кремле :cite{#no-such-source}'),
				{
					file: 'articles/sample-news.md:21:28',
					line: `${relative(ROOT, file)}:21:28 нет записи «no-such-source» в content/sources/ (файла no-such-source.yaml) [razbor:unknown-reference]`,
				},
			);
		});

		it('shows a YAML syntax error in a timeline the article embeds, then the article again', async () => {
			const file = join(contentDir, 'timelines/sample-visit.yaml');

			await breakAndFix(
				file,
				(text) => text.replace('title: Тестовая хроника', 'title: "Тестовая хроника'),
				{
					file: 'timelines/sample-visit.yaml:1:8',
					line: `${relative(ROOT, file)}:1:8 не закрыта кавычка ": допишите её в конце значения [razbor:yaml]`,
				},
			);
		});
	});
});

describe('astro dev started on broken content', () => {
	it('starts, shows the problem on every page, and the site once the file is fixed', async () => {
		const brokenDir = await copyContent(BASE_CONTENT);
		const brokenCache = await temporaryDirectory('razbor-dev-cache-');
		const file = join(brokenDir, 'timelines/sample-visit.yaml');
		const original = await readFile(file, 'utf8');
		await writeFile(file, original.replace('title: Тестовая', 'title: "Тестовая'));
		// `/` answers 500 while the content is broken; a file of public/ says the server is up.
		const broken = await startNpm('npm run dev', {
			env: { RAZBOR_CONTENT_DIR: brokenDir, RAZBOR_CACHE_DIR: brokenCache },
			readyPath: '/favicon.svg',
		});
		try {
			const home = await fetch(`${broken.origin}/`);
			const article = await fetch(`${broken.origin}${ARTICLE_PATH}`);

			expect(home.status, broken.output()).toBe(500);
			expect(article.status).toBe(500);
			expect(broken.output()).toContain(
				`${relative(ROOT, file)}:1:8 не закрыта кавычка ": допишите её в конце значения [razbor:yaml]`,
			);

			await writeFile(file, original);

			await expect
				.poll(async () => (await fetch(`${broken.origin}${ARTICLE_PATH}`)).status, {
					timeout: 30_000,
				})
				.toBe(200);
		} finally {
			await broken.stop();
			await rm(dirname(brokenDir), { recursive: true, force: true });
			await rm(brokenCache, { recursive: true, force: true });
		}
	});
});
