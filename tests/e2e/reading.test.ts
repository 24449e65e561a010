import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VERDICT_LABELS } from '../../src/format/verdicts.ts';
import { SOURCE_KIND_LABELS } from '../../src/model/labels.ts';
import { openPage, PAGE_TYPES, searchSettled, useSite, visit } from './site.ts';

/**
 * The reader's page, second edition (issue 18), in real Chromium: citation markers that stay with
 * their word and open a card from the keyboard, a one-row phone header, «#» links that show only
 * when wanted, contents beside the text on wide screens, search as you type, and print on A4.
 */

const site = useSite();
const LEAD = '/articles/kremlin-talks/';
const ARTICLES = [
	LEAD,
	'/articles/what-we-know/',
	'/articles/visit-in-numbers/',
	'/articles/how-we-checked-the-report/',
	'/articles/why-the-visit-mattered/',
	'/articles/russia-belarus-chronology/',
];

/**
 * Markers that start a line: the last visible character before a marker must sit on the marker's
 * line (their boxes overlap vertically) and to its left. Returns the offending markers' text.
 */
function markersStartingLines(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const bad: string[] = [];
		for (const marker of document.querySelectorAll('.article__body sup.cite')) {
			const box = marker.getClientRects()[0];
			if (!box) continue;
			// The text just before the marker, skipping empty and joiner-only nodes.
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			walker.currentNode = marker;
			let previous: Text | null = null;
			while (walker.previousNode()) {
				const node = walker.currentNode as Text;
				if (marker.contains(node)) continue;
				if (node.data.replace(/[\s\u2060]/g, '') !== '') {
					previous = node;
					break;
				}
			}
			if (!previous) continue;
			const end = previous.data.replace(/[\s\u2060]+$/, '').length;
			const range = document.createRange();
			range.setStart(previous, end - 1);
			range.setEnd(previous, end);
			const rects = range.getClientRects();
			const char = rects[rects.length - 1];
			if (!char) continue;
			const sameLine = box.top < char.bottom && box.bottom > char.top && char.left <= box.left;
			if (!sameLine) bad.push(`${previous.data.slice(-20)}|${marker.textContent}`);
		}
		return bad;
	});
}

describe('citation markers', () => {
	for (const path of ARTICLES) {
		it(`never start a line at 320 px: ${path}`, async () => {
			const opened = await openPage(site, { viewport: { width: 320, height: 700 } });
			try {
				await opened.page.goto(path);
				expect(await opened.page.locator('.article__body sup.cite').count()).toBeGreaterThan(0);
				expect(await markersStartingLines(opened.page)).toEqual([]);
			} finally {
				await opened.close();
			}
		});
	}

	it('group neighbouring citations into one marker «[4, 5]»', async () => {
		const opened = await openPage(site);
		try {
			await opened.page.goto('/articles/what-we-know/');
			const groups = opened.page.locator('sup.cite:has(a + a)');
			expect(await groups.count()).toBeGreaterThan(0);
			expect((await groups.first().textContent())?.replace('\u2060', '')).toMatch(
				/^\[\d+(, \d+)+\]$/,
			);
			// No two markers side by side any more, with or without a space between.
			const adjacent = await opened.page.evaluate(
				() =>
					[...document.querySelectorAll('sup.cite')].filter((marker) => {
						let previous = marker.previousSibling;
						if (previous?.nodeType === Node.TEXT_NODE && previous.textContent?.trim() === '')
							previous = previous.previousSibling;
						return previous instanceof Element && previous.matches('sup.cite');
					}).length,
			);
			expect(adjacent).toBe(0);
		} finally {
			await opened.close();
		}
	});

	it('opens the source card from the keyboard, and Escape closes it', async () => {
		const opened = await openPage(site, { viewport: { width: 390, height: 844 } });
		const { page } = opened;
		try {
			await page.goto(LEAD);
			const marker = page.locator('.article__body sup.cite a').first();
			const fragment = (await marker.getAttribute('href'))!;
			// Focus what comes just before the marker in tab order, then Tab onto the marker.
			await page.evaluate(() => {
				const first = document.querySelector<HTMLAnchorElement>('.article__body sup.cite a')!;
				const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, summary')];
				focusable[focusable.indexOf(first) - 1]!.focus();
			});
			await page.keyboard.press('Tab');
			expect(await marker.evaluate((element) => element === document.activeElement)).toBe(true);

			const card = page.getByRole('tooltip');
			await expect.poll(() => card.isVisible()).toBe(true);
			expect(await marker.getAttribute('aria-describedby')).toBe(await card.getAttribute('id'));
			const source = (await page.locator(`[id="${fragment.slice(1)}"]`).innerText()).trim();
			const publisher = source.split('.')[0]!;
			// The source as the list gives it: publisher, title, date and kind.
			const shown = (await card.innerText()).replace(/\s+/g, ' ');
			expect(shown).toContain(publisher);
			const title = source
				.slice(publisher.length + 1)
				.replace(/\s+/g, ' ')
				.trim()
				.slice(0, 30);
			expect(shown).toContain(title);
			expect(shown).toMatch(/\d{1,2} [а-я]+ \d{4}/);
			const kinds = Object.values(SOURCE_KIND_LABELS).map((label) => label.replace(/\s/g, ' '));
			expect(
				kinds.some((kind) => shown.includes(kind)),
				shown,
			).toBe(true);
			// The card stays inside the screen.
			const { left, right } = await card.evaluate((element) => element.getBoundingClientRect());
			expect(left).toBeGreaterThanOrEqual(0);
			expect(right).toBeLessThanOrEqual(390);

			await page.keyboard.press('Escape');
			await expect.poll(() => card.isVisible()).toBe(false);
			expect(await marker.getAttribute('aria-describedby')).toBeNull();
			expect(opened.errors).toEqual([]);
		} finally {
			await opened.close();
		}
	});

	it('opens the source card under the pointer, and closes it when the pointer leaves', async () => {
		const opened = await openPage(site);
		const { page } = opened;
		try {
			await page.goto(LEAD);
			const marker = page.locator('.article__body sup.cite a').nth(2);
			const card = page.getByRole('tooltip');
			await marker.hover();
			await expect.poll(() => card.isVisible()).toBe(true);
			expect(await marker.getAttribute('aria-describedby')).toBe(await card.getAttribute('id'));

			await page.locator('.article__header h1').hover();
			await expect.poll(() => card.isVisible()).toBe(false);
			expect(opened.errors).toEqual([]);
		} finally {
			await opened.close();
		}
	});

	it('still jump to the sources list without JavaScript', async () => {
		const opened = await openPage(site, { javaScriptEnabled: false });
		const { page } = opened;
		try {
			await page.goto(LEAD);
			const marker = page.locator('.article__body sup.cite a').first();
			const fragment = (await marker.getAttribute('href'))!;
			await marker.click();
			await page.waitForURL((url) => url.hash === fragment);
			expect(await page.locator(`.source-list li[id="${fragment.slice(1)}"]`).count()).toBe(1);
		} finally {
			await opened.close();
		}
	});
});

/**
 * Number ranges («13–14 марта», «11:40–12:00») whose dash ends a line: the dash and the digit
 * after it must sit on one line. Returns each offending range with its neighbourhood.
 */
function rangesBrokenAfterDash(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const bad: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		while (walker.nextNode()) {
			const node = walker.currentNode as Text;
			if (!node.parentElement?.checkVisibility()) continue;
			for (const match of node.data.matchAll(/\d([–—])\u2060?\d/g)) {
				const dash = match.index + 1;
				const box = (start: number) => {
					const range = document.createRange();
					range.setStart(node, start);
					range.setEnd(node, start + 1);
					return range.getClientRects()[0];
				};
				const before = box(dash);
				const after = box(dash + match[0].length - 2);
				if (!before || !after) continue;
				if (!(after.top < before.bottom && after.bottom > before.top))
					bad.push(node.data.slice(Math.max(0, dash - 12), dash + 12));
			}
		}
		return bad;
	});
}

describe('number ranges', () => {
	for (const type of PAGE_TYPES) {
		it(`never break after the dash at 320 px: ${type.name}`, async () => {
			const opened = await openPage(site, { viewport: { width: 320, height: 700 } });
			try {
				await visit(opened.page, type);
				expect(await rangesBrokenAfterDash(opened.page)).toEqual([]);
			} finally {
				await opened.close();
			}
		});
	}

	it('are found where they are: the lead article has some', async () => {
		const opened = await openPage(site, { viewport: { width: 320, height: 700 } });
		try {
			await opened.page.goto(LEAD);
			const ranges = await opened.page.evaluate(
				() => document.body.innerText.match(/\d[–—]\u2060?\d/g)?.length ?? 0,
			);
			expect(ranges).toBeGreaterThan(3);
		} finally {
			await opened.close();
		}
	});
});

describe('the phone header', () => {
	for (const type of PAGE_TYPES) {
		it(`is one row within 84 px of a 390 × 844 screen: ${type.name}`, async () => {
			const opened = await openPage(site, { viewport: { width: 390, height: 844 } });
			try {
				await opened.page.goto(type.path);
				const header = opened.page.locator('.site-header');
				const height = await header.evaluate((element) => element.getBoundingClientRect().height);
				expect(height).toBeLessThanOrEqual(84);
				// The sections are behind the menu, not in a second row.
				expect(await opened.page.locator('.site-nav a').first().isVisible()).toBe(false);
			} finally {
				await opened.close();
			}
		});
	}

	it('opens its menu without JavaScript and lists every section', async () => {
		const opened = await openPage(site, {
			viewport: { width: 390, height: 844 },
			javaScriptEnabled: false,
		});
		const { page } = opened;
		try {
			await page.goto('/');
			await page.locator('.site-nav summary').click();
			const links = page.locator('.site-nav a');
			expect(await links.count()).toBe(7);
			for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
		} finally {
			await opened.close();
		}
	});

	it('shows the sections in the row on a laptop, with no menu button', async () => {
		const opened = await openPage(site);
		try {
			await opened.page.goto('/');
			expect(await opened.page.locator('.site-nav summary').isVisible()).toBe(false);
			expect(await opened.page.locator('.site-nav a').first().isVisible()).toBe(true);
		} finally {
			await opened.close();
		}
	});
});

describe('headings and contents', () => {
	it('show a heading’s «#» only on hover or keyboard focus', async () => {
		const opened = await openPage(site);
		const { page } = opened;
		try {
			await page.goto(LEAD);
			const heading = page.locator('.article__body > .heading').first();
			const anchor = heading.locator('a.anchor');
			const opacity = () => anchor.evaluate((element) => getComputedStyle(element).opacity);
			expect(await opacity()).toBe('0');

			await heading.hover();
			await expect.poll(opacity).toBe('1');

			await page.mouse.move(0, 0);
			await expect.poll(opacity).toBe('0');
			await anchor.focus();
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.press('Tab');
			await expect.poll(opacity).toBe('1');
		} finally {
			await opened.close();
		}
	});

	it('show no heading «#» on a touch phone until the reader reaches for one', async () => {
		const opened = await openPage(site, { viewport: { width: 390, height: 844 }, touch: true });
		const { page } = opened;
		try {
			await page.goto(LEAD);
			expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
			const opacities = await page
				.locator('.article__body > .heading > a.anchor')
				.evaluateAll((anchors) => anchors.map((anchor) => getComputedStyle(anchor).opacity));
			expect(opacities.length).toBeGreaterThan(3);
			expect(new Set(opacities)).toEqual(new Set(['0']));
		} finally {
			await opened.close();
		}
	});

	it('keep the numbered contents aligned when an item wraps', async () => {
		const opened = await openPage(site, { viewport: { width: 320, height: 700 } });
		try {
			await opened.page.goto(LEAD);
			const starts = await opened.page
				.locator('.toc a')
				.evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().left)));
			expect(starts.length).toBeGreaterThan(3);
			expect(new Set(starts).size).toBe(1);
		} finally {
			await opened.close();
		}
	});

	it('keep the contents in view beside the text on a wide screen, the column unchanged', async () => {
		const opened = await openPage(site, { viewport: { width: 1366, height: 900 } });
		const { page } = opened;
		try {
			await page.goto(LEAD);
			const toc = page.locator('.toc');
			const body = page.locator('.article__body');
			const column = await body.evaluate((element) => element.getBoundingClientRect());
			const side = await toc.evaluate((element) => element.getBoundingClientRect());
			expect(side.left).toBeGreaterThanOrEqual(column.right);
			expect(Math.round(column.width)).toBe(672);

			await page.evaluate(() => {
				window.scrollTo(0, document.body.scrollHeight / 2);
			});
			const scrolled = await toc.evaluate((element) => element.getBoundingClientRect());
			expect(scrolled.top).toBeGreaterThanOrEqual(0);
			expect(scrolled.top).toBeLessThan(900);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				1366,
			);
		} finally {
			await opened.close();
		}
	});
});

describe('fact boxes and timelines in the text', () => {
	it('put a fact box’s title above its items, no smaller, and its verdict as a badge with its word', async () => {
		const opened = await openPage(site, { viewport: { width: 390, height: 844 } });
		try {
			await opened.page.goto('/articles/what-we-know/');
			const boxes = await opened.page.locator('.article__body .fact-box').evaluateAll((asides) =>
				asides.map((aside) => {
					const title = aside.querySelector('.fact-box__title')!;
					const list = aside.querySelector('dl')!;
					const item = aside.querySelector('dd')!;
					const badge = aside.querySelector<HTMLElement>('.verdict');
					const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
					return {
						titleAbove: title.getBoundingClientRect().bottom <= list.getBoundingClientRect().top,
						titleSize: size(title),
						itemSize: size(item),
						badge: badge && {
							word: badge.innerText.replace(/\s+/g, ' ').trim(),
							colour: getComputedStyle(badge).color,
							background: getComputedStyle(badge).backgroundColor,
							text: getComputedStyle(aside).color,
						},
					};
				}),
			);
			expect(boxes.length).toBeGreaterThan(1);
			for (const box of boxes) {
				expect(box.titleAbove).toBe(true);
				expect(box.titleSize).toBeGreaterThanOrEqual(box.itemSize);
			}
			const badges = boxes.flatMap((box) => (box.badge ? [box.badge] : []));
			expect(badges.length).toBeGreaterThan(1);
			const words = Object.values(VERDICT_LABELS).map((word) => word.replace(/\s/g, ' '));
			for (const badge of badges) {
				// The word always; the colour only repeats it.
				expect(words.map((word) => badge.word.endsWith(word))).toContain(true);
				expect(badge.colour).not.toBe(badge.text);
			}
			expect(new Set(badges.map((badge) => `${badge.colour} ${badge.background}`)).size).toBe(
				new Set(badges.map((badge) => badge.word)).size,
			);
		} finally {
			await opened.close();
		}
	});

	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1366, height: 900 },
	])
		it(`give an embedded timeline the full width of the text column at ${viewport.width} px`, async () => {
			const opened = await openPage(site, { viewport });
			try {
				await opened.page.goto(LEAD);
				const widths = await opened.page.evaluate(() => {
					const body = document.querySelector('.article__body')!;
					const timeline = body.querySelector('.timeline')!;
					const paragraph = body.querySelector(':scope > p')!;
					return [timeline, paragraph].map((element) => {
						const { left, right } = element.getBoundingClientRect();
						return { left: Math.round(left), right: Math.round(right) };
					});
				});
				expect(widths[0]).toEqual(widths[1]);
			} finally {
				await opened.close();
			}
		});
});

describe('search', () => {
	it('shows results while the reader types, grouped by kind, with no hidden link text', async () => {
		const opened = await openPage(site, { viewport: { width: 390, height: 844 } });
		const { page } = opened;
		try {
			await page.goto('/search/');
			await page.locator('input[name="q"]').pressSequentially('Орешн', { delay: 50 });
			await searchSettled(page);

			expect(await page.locator('[data-search-status]').textContent()).toMatch(/^Найдено: \d+/);
			expect(new URL(page.url()).searchParams.get('q')).toBe('Орешн');
			const groups = await page.locator('.search__group > h2').allTextContents();
			expect(groups[0]).toBe('Материалы');
			expect(groups).toEqual(
				['Материалы', 'Люди', 'Словарь', 'События хроник'].filter((group) =>
					groups.includes(group),
				),
			);
			const hrefs = await page
				.locator('[data-search-results] a')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
			const hubs = hrefs.filter((href) =>
				/^\/(archive|topics|sources|timelines|people)?\/?$|^\/topics\//.test(href),
			);
			expect(hubs, hrefs.join(' ')).toEqual([]);
			const excerpts = await page.locator('[data-search-results] p').allTextContents();
			expect(excerpts.filter((excerpt) => excerpt.includes('Ссылка на'))).toEqual([]);
			expect(opened.errors).toEqual([]);
		} finally {
			await opened.close();
		}
	});
});

describe('print', () => {
	it('prints the lead article on A4, on at most six pages, without navigation', async () => {
		const opened = await openPage(site);
		const { page } = opened;
		try {
			await page.goto(LEAD);
			const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
				'latin1',
			);

			const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
			const boxes = [
				...pdf.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
			];
			expect(pages.length).toBeGreaterThan(0);
			expect(pages.length).toBeLessThanOrEqual(6);
			// A4 is 210 × 297 mm: 595 × 842 points.
			for (const box of boxes) {
				expect(Math.round(Number(box[3]))).toBe(595);
				expect(Math.round(Number(box[4]))).toBe(842);
			}
			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('.site-nav').isVisible()).toBe(false);
			expect(await page.locator('.share').first().isVisible()).toBe(false);
		} finally {
			await opened.close();
		}
	});

	it('keeps the figures and the sources on paper, and leaves off what only a screen uses', async () => {
		const opened = await openPage(site);
		const { page } = opened;
		try {
			await page.goto(LEAD);
			await page.emulateMedia({ media: 'print' });

			const printed = (selector: string) =>
				page.locator(selector).evaluateAll((elements) =>
					elements.map((element) => {
						const { width, height } = element.getBoundingClientRect();
						return width > 0 && height > 0;
					}),
				);
			// What the article is: its figures, fact boxes, timeline and sources.
			for (const selector of [
				'.article__body .map svg',
				'.article__body .fact-box',
				'.article__body .timeline',
				'.article__sources .source-list',
			]) {
				const shown = await printed(selector);
				expect(shown.length, selector).toBeGreaterThan(0);
				expect(shown, selector).not.toContain(false);
			}
			// What a page of paper cannot use: links to other pages, controls, the map's list of
			// places (the drawing shows them), the contents, the reading time.
			for (const selector of [
				'.site-nav',
				'.site-footer__links',
				'.toc',
				'.share',
				'.related',
				'.story-nav',
				'.article__subscribe',
				'.map__places',
				'.article__dates > :last-child',
			]) {
				const shown = await printed(selector);
				expect(shown.length, selector).toBeGreaterThan(0);
				expect(shown, selector).not.toContain(true);
			}
			expect(await page.locator('.article__dates').innerText()).not.toMatch(/чтения/);
		} finally {
			await opened.close();
		}
	});
});
