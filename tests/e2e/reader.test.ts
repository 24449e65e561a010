import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, searchSettled, useSite, type OpenedPage } from './site.ts';

/** What a reader does on the site, in real Chromium, with and without JavaScript. */

const site = useSite();

/** Whether the element's top edge is inside the viewport. */
function inViewport(locator: Locator): Promise<boolean> {
	return locator.evaluate((element) => {
		const { top, bottom } = element.getBoundingClientRect();
		return top >= 0 && top < window.innerHeight && bottom > 0;
	});
}

/** `[id="…"]`: ids may start with a digit, which `#…` cannot express. */
function byId(page: Page, id: string): Locator {
	return page.locator(`[id="${id}"]`);
}

/** Clicks a link and waits for the navigation it starts. */
async function follow(page: Page, link: Locator): Promise<void> {
	const href = await link.getAttribute('href');
	if (!href) throw new Error('the link has no href');
	const expected = new URL(href, page.url());
	await Promise.all([page.waitForURL((url) => url.href === expected.href), link.click()]);
}

/** Nothing the page loaded came from elsewhere, failed, or threw. */
function expectCleanRun(opened: OpenedPage): void {
	expect(opened.requests.foreign, 'requests to another origin').toEqual([]);
	expect(opened.failures, 'failed requests').toEqual([]);
	expect(opened.errors, 'script errors').toEqual([]);
}

describe('a reader', () => {
	it('goes from the home page to the lead story and follows a citation to its source', async () => {
		const opened = await openPage(site);
		const { page } = opened;
		try {
			await page.goto('/');
			const lead = page.locator('.lead__title a');
			const leadTitle = (await lead.textContent())?.trim();
			expect(leadTitle).toBeTruthy();
			await follow(page, lead);
			expect(new URL(page.url()).pathname).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
			expect((await page.locator('h1').textContent())?.trim()).toBe(leadTitle);

			const citation = page.locator('sup.cite a', { hasText: '[1]' }).first();
			const fragment = await citation.getAttribute('href');
			expect(fragment).toMatch(/^#source-[a-z0-9-]+$/);
			await citation.click();
			await page.waitForURL((url) => url.hash === fragment);
			const source = byId(page, fragment!.slice(1));
			expect(await source.evaluate((element) => element.tagName)).toBe('LI');
			expect(await source.evaluate((element) => element.closest('.source-list') !== null)).toBe(
				true,
			);
			await expect.poll(() => inViewport(source), { timeout: 5_000 }).toBe(true);
			expect((await source.textContent())?.trim()).not.toBe('');
			expectCleanRun(opened);
		} finally {
			await opened.close();
		}
	});

	it('opens a timeline event from a deep link and sees it highlighted', async () => {
		const opened = await openPage(site, { viewport: { width: 390, height: 844 } });
		const { page } = opened;
		try {
			const id = 'visit-schedule-press-conference';
			await page.goto(`/timelines/visit-schedule/#${id}`);
			const event = byId(page, id);
			expect(await event.count()).toBe(1);
			expect(await event.evaluate((element) => element.matches('li.timeline__event'))).toBe(true);
			expect(await event.evaluate((element) => element.matches(':target'))).toBe(true);
			await expect.poll(() => inViewport(event), { timeout: 5_000 }).toBe(true);

			const look = (locator: Locator) =>
				locator.evaluate((element) => {
					const style = getComputedStyle(element);
					return {
						outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
						background: `${style.backgroundColor} ${style.backgroundImage}`,
						border: `${style.borderLeftStyle} ${style.borderLeftWidth} ${style.borderLeftColor}`,
						boxShadow: style.boxShadow,
					};
				});
			const other = page.locator('li.timeline__event:not(:target)').first();
			const highlighted = await look(event);
			const plain = await look(other);
			expect(
				highlighted.outline !== plain.outline || highlighted.background !== plain.background,
				`the target event looks like the others: ${JSON.stringify({ highlighted, plain })}`,
			).toBe(true);

			// The event's own anchor link moves the highlight to another event.
			const next = page.locator(`[id="${id}"] + li.timeline__event`);
			const nextId = await next.getAttribute('id');
			await next.locator('a.anchor').click();
			await page.waitForURL((url) => url.hash === `#${nextId}`);
			expect(await next.evaluate((element) => element.matches(':target'))).toBe(true);
			expect(await event.evaluate((element) => element.matches(':target'))).toBe(false);
			expectCleanRun(opened);
		} finally {
			await opened.close();
		}
	});

	for (const query of ['Орешник', 'перемирие']) {
		it(`searches for «${query}» and finds articles`, async () => {
			const opened = await openPage(site);
			const { page } = opened;
			try {
				await page.goto('/search/');
				const input = page.locator('input[name="q"]');
				await input.fill(query);
				await input.press('Enter');
				await searchSettled(page);
				expect(await page.locator('[data-search-status]').textContent()).toMatch(/^Найдено: \d+/);
				expect(new URL(page.url()).searchParams.get('q')).toBe(query);

				const links = page.locator('[data-search-results] li a');
				const hrefs = await links.evaluateAll((anchors) =>
					anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
				);
				const articles = hrefs.filter((href) => /^\/articles\/[a-z0-9-]+\/$/.test(href));
				expect(articles.length, `result links: ${hrefs.join(', ')}`).toBeGreaterThan(0);

				// A result leads to its article.
				const first = page.locator(`[data-search-results] li a[href="${articles[0]!}"]`).first();
				await follow(page, first);
				expect(await page.locator('h1').count()).toBe(1);
				expect(await page.locator('main').textContent()).toMatch(
					new RegExp(query.slice(0, 6), 'i'),
				);
				expectCleanRun(opened);
			} finally {
				await opened.close();
			}
		});
	}

	it('searches the English edition in English: English words, English pages only', async () => {
		const opened = await openPage(site);
		const { page } = opened;
		try {
			await page.goto('/en/search/');
			const input = page.locator('input[name="q"]');
			await input.fill('Oreshnik');
			await input.press('Enter');
			await searchSettled(page);
			const status = (await page.locator('[data-search-status]').textContent()) ?? '';
			expect(status).toMatch(/^Found: \d+\u00A0results?\.$/);

			const hrefs = await page
				.locator('[data-search-results] li a')
				.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
			expect(
				hrefs.filter((href) => /^\/en\/articles\/[a-z0-9-]+\/$/.test(href)).length,
			).toBeGreaterThan(0);
			// Pagefind keeps one index per language: no Russian page among the results.
			expect(hrefs.filter((href) => !href.startsWith('/en/'))).toEqual([]);
			expect(await page.locator('[data-search-results]').textContent()).not.toMatch(/[А-Яа-яЁё]/);

			expectCleanRun(opened);
		} finally {
			await opened.close();
		}
	});

	it('gets search results from a shared link with ?q=', async () => {
		const opened = await openPage(site);
		const { page } = opened;
		try {
			await page.goto(`/search/?q=${encodeURIComponent('Орешник')}`);
			await searchSettled(page);
			expect(await page.locator('input[name="q"]').inputValue()).toBe('Орешник');
			expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
			expectCleanRun(opened);
		} finally {
			await opened.close();
		}
	});
});

describe('a reader with JavaScript off', () => {
	/** Every same-site link in `main`, resolved: pages answer 200 and fragments exist there. */
	async function brokenLinks(page: Page): Promise<string[]> {
		const hrefs = await page
			.locator('main a[href]')
			.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
		const origin = new URL(page.url()).origin;
		const pages = new Map<string, Promise<{ status: number; body: string }>>();
		const broken: string[] = [];
		for (const href of new Set(hrefs)) {
			const url = new URL(href);
			if (url.origin !== origin) continue;
			const document = url.origin + url.pathname + url.search;
			let answer = pages.get(document);
			if (!answer) {
				answer = page.request
					.get(document)
					.then(async (response) => ({ status: response.status(), body: await response.text() }));
				pages.set(document, answer);
			}
			const { status, body } = await answer;
			if (status !== 200) broken.push(`${href}: ${status}`);
			else if (url.hash) {
				const id = decodeURIComponent(url.hash.slice(1));
				if (!body.includes(`id="${id}"`)) broken.push(`${href}: no element with id «${id}»`);
			}
		}
		return broken;
	}

	const pages = [
		{ name: 'home', path: '/', link: '.lead__title a' },
		{ name: 'article', path: '/articles/kremlin-talks/', link: 'sup.cite a' },
		{ name: 'timeline', path: '/timelines/visit-schedule/', link: 'li.timeline__event a.anchor' },
		{ name: 'people', path: '/people/', link: 'main a[href^="/people/"]' },
		{ name: 'person', path: '/people/lukashenko/', link: 'main a[href^="/articles/"]' },
	];
	for (const { name, path, link } of pages) {
		it(`reads the ${name} page (${path}) and its links work`, async () => {
			const opened = await openPage(site, { javaScriptEnabled: false });
			const { page } = opened;
			try {
				const response = await page.goto(path);
				expect(response?.status()).toBe(200);
				const heading = page.locator('h1');
				expect(await heading.count()).toBe(1);
				expect(await heading.isVisible()).toBe(true);
				expect((await heading.textContent())?.trim()).not.toBe('');
				const text = (await page.locator('main').innerText()).trim();
				expect(text.length, `main text of ${path}: ${text}`).toBeGreaterThan(200);

				expect(await brokenLinks(page)).toEqual([]);

				const target = page.locator(link).first();
				expect(await target.isVisible(), `${link} is visible`).toBe(true);
				await follow(page, target);
				const url = new URL(page.url());
				if (url.hash) {
					expect(await byId(page, decodeURIComponent(url.hash.slice(1))).count()).toBe(1);
				} else {
					expect(await page.locator('h1').isVisible()).toBe(true);
				}
				expectCleanRun(opened);
			} finally {
				await opened.close();
			}
		});
	}

	it('sees the search page explain how to find things without JavaScript', async () => {
		const opened = await openPage(site, { javaScriptEnabled: false });
		const { page } = opened;
		try {
			expect((await page.goto('/search/'))?.status()).toBe(200);
			// Playwright's text selectors skip <noscript>, so read it as a reader sees it.
			const note = page.locator('main noscript p');
			expect(await note.count()).toBe(1);
			expect(await note.isVisible()).toBe(true);
			const text = (await note.innerText()).replace(/\s+/g, ' ').trim();
			expect(text).toContain('Поиск работает только в браузере с включённым JavaScript.');
			// The list of all materials first, then every section as a separate word.
			expect(await note.locator('a').first().getAttribute('href')).toBe('/archive/');
			expect(text).toContain('откройте список всех материалов или разделы:');
			expect(text).toMatch(/разделы: хроники, люди, темы, словарь и источники\.$/);
			// No form that could only reload this page empty.
			expect(await page.locator('form[data-search]').isVisible()).toBe(false);
			expect(await brokenLinks(page)).toEqual([]);
			expectCleanRun(opened);
		} finally {
			await opened.close();
		}
	});
});

describe('a reader who prints or prefers less motion', () => {
	it('prints a clean article: no navigation, the sources kept with their addresses', async () => {
		const opened = await openPage(site);
		const { page } = opened;
		try {
			await page.goto('/articles/kremlin-talks/');
			await page.emulateMedia({ media: 'print' });

			const shown = (selector: string) =>
				page
					.locator(selector)
					.first()
					.evaluate((element) => getComputedStyle(element).display !== 'none');
			expect(await shown('.site-nav')).toBe(false);
			expect(await shown('.toc')).toBe(false);
			expect(await shown('.story-nav')).toBe(false);
			expect(await shown('.article__body')).toBe(true);
			expect(await shown('.article__sources')).toBe(true);
			const link = page.locator('.source-list a[href^="https://"]').first();
			const href = await link.getAttribute('href');
			const printedAfter = await link.evaluate(
				(element) => getComputedStyle(element, '::after').content,
			);
			expect(printedAfter).toContain(href);
			expectCleanRun(opened);
		} finally {
			await opened.close();
		}
	});

	it('gets no smooth scrolling when the system asks for reduced motion', async () => {
		const opened = await openPage(site);
		const { page } = opened;
		try {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto('/articles/kremlin-talks/');

			const behaviours = await page.evaluate(() =>
				[document.documentElement, document.body].map(
					(element) => getComputedStyle(element).scrollBehavior,
				),
			);
			expect(behaviours).toEqual(['auto', 'auto']);
		} finally {
			await opened.close();
		}
	});
});
