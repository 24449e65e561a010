import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeOpaquePng } from '../../src/og/png.ts';
import { seededRandom } from '../bench/seeded-random.ts';
import { astroBuild, BASE_CONTENT, copyContent } from '../helpers/build-site.ts';
import { startNginx, stopNginx, type NginxServer } from '../helpers/nginx.ts';
import {
	COLOR_SCHEMES,
	openPage,
	PAGE_TYPES,
	SCREENSHOTS,
	useSite,
	VIEWPORTS,
	visit,
	type PageType,
	type Site,
} from './site.ts';

/**
 * Images at phone width (issue 18: «images add at most 150 KB to any page at phone width»): every
 * page type of the edition, and an article with a lead photo, opened as a 390 × 844 phone at its
 * device scale factor of 3 and scrolled to the end. The bytes of every image response are
 * summed; the lead photo must be eager and sized for the screen, and an image below the first
 * screen must wait until the reader gets near it.
 */

const site = useSite();

/** A 390 × 844 phone (iPhone 12 to 14) draws three device pixels per CSS pixel. */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 } as const;

/** The budget of issue 18 for the images of one page. */
const IMAGE_BUDGET = 150 * 1024;

/** Width and height of the test photo: the width a news desk exports, more than any srcset width. */
const PHOTO_WIDTH = 1600;
const PHOTO_HEIGHT = 900;

/**
 * A deterministic stand-in for a news photo, as the edition has none: fractal value noise, with
 * detail at every scale, which compresses about as a detailed photograph does (about 60 KB as the
 * 1,080 px AVIF a 3× phone takes), where a gradient would shrink to almost nothing and prove
 * nothing about the budget.
 */
function testPhoto(): Buffer {
	const random = seededRandom(18);
	const light = new Float32Array(PHOTO_WIDTH * PHOTO_HEIGHT);
	for (let cell = 512; cell >= 2; cell /= 2) {
		const columns = Math.ceil(PHOTO_WIDTH / cell) + 2;
		const rows = Math.ceil(PHOTO_HEIGHT / cell) + 2;
		const grid = Float32Array.from({ length: columns * rows }, () => random.next() - 0.5);
		const amplitude = (cell / 512) ** 0.35;
		for (let y = 0; y < PHOTO_HEIGHT; y++) {
			const row = Math.floor(y / cell);
			const fy = y / cell - row;
			const sy = fy * fy * (3 - 2 * fy);
			for (let x = 0; x < PHOTO_WIDTH; x++) {
				const column = Math.floor(x / cell);
				const fx = x / cell - column;
				const sx = fx * fx * (3 - 2 * fx);
				const at = row * columns + column;
				const top = grid[at]! + (grid[at + 1]! - grid[at]!) * sx;
				const bottom = grid[at + columns]! + (grid[at + columns + 1]! - grid[at + columns]!) * sx;
				light[y * PHOTO_WIDTH + x]! += amplitude * (top + (bottom - top) * sy);
			}
		}
	}
	const pixels = new Uint8Array(PHOTO_WIDTH * PHOTO_HEIGHT * 4);
	for (let index = 0; index < light.length; index++) {
		const value = 128 + light[index]! * 300;
		const tint = ((index % PHOTO_WIDTH) / PHOTO_WIDTH) * 40;
		// Clamped: a Uint8Array would wrap 256 round to 0, drawing edges no photo has.
		const channel = (level: number) => Math.max(0, Math.min(255, Math.round(level)));
		pixels.set([channel(value + 20), channel(value), channel(value - 25 + tint), 255], index * 4);
	}
	return encodeOpaquePng({ width: PHOTO_WIDTH, height: PHOTO_HEIGHT, pixels });
}

const HERO = `hero:
  src: ./images/test-photo.png
  alt: Зернистая текстура, нарисованная тестом вместо снимка
  caption: Тестовая подпись к снимку
  credit: Фото — тест
`;

/** What a page's images cost a phone: every image response and the bytes of each. */
interface ImageLoad {
	total: number;
	responses: string[];
}

/**
 * Opens `type` on a phone, scrolls to the end so that lazy images load too, and sums the bytes
 * of every image the page received.
 */
async function imagesOf(target: Site, type: PageType): Promise<ImageLoad> {
	const opened = await openPage(target, PHONE);
	const bodies: Promise<string>[] = [];
	opened.page.on('response', (response) => {
		if (response.request().resourceType() !== 'image') return;
		bodies.push(
			response.body().then((body) => `${body.byteLength} ${new URL(response.url()).pathname}`),
		);
	});
	try {
		await visit(opened.page, type);
		await scrollThrough(opened.page);
		await opened.page.waitForLoadState('networkidle');
		const responses = await Promise.all(bodies);
		const total = responses.reduce((sum, line) => sum + Number(line.split(' ')[0]), 0);
		return { total, responses };
	} finally {
		await opened.close();
	}
}

/** Scrolls a screen at a time to the end of the page, as a reader would. */
async function scrollThrough(page: Page): Promise<void> {
	await page.evaluate(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
			window.scrollTo(0, y);
			await new Promise((done) => setTimeout(done, 50));
		}
	});
}

/**
 * The images of the first load, before any scroll: where each sits, how it loads and whether
 * the browser has fetched it. An image is on the first screen when its top is above the fold.
 */
function imagesOnLoad(page: Page) {
	return page.locator('img').evaluateAll((images) =>
		images.map((image) => {
			const img = image as HTMLImageElement;
			return {
				alt: img.alt,
				firstScreen: img.getBoundingClientRect().top < window.innerHeight,
				loading: img.getAttribute('loading') ?? 'eager',
				fetched: performance
					.getEntriesByType('resource')
					.some((entry) => img.currentSrc !== '' && entry.name === img.currentSrc),
			};
		}),
	);
}

describe('images at phone width (390 × 844, 3×)', () => {
	for (const type of PAGE_TYPES) {
		it(`${type.name} (${type.path}) loads at most 150 KB of images`, async () => {
			const { total, responses } = await imagesOf(site, type);
			expect(total, responses.join('\n')).toBeLessThanOrEqual(IMAGE_BUDGET);
		});
	}

	it('every image below the first screen of every page type is lazy, and waits', async () => {
		for (const type of PAGE_TYPES) {
			const opened = await openPage(site, PHONE);
			try {
				await visit(opened.page, type);
				const below = (await imagesOnLoad(opened.page)).filter((image) => !image.firstScreen);
				expect(
					below.filter((image) => image.loading !== 'lazy' || image.fetched),
					type.path,
				).toEqual([]);
			} finally {
				await opened.close();
			}
		}
	});
});

describe('an article with a lead photo, at phone width', () => {
	const ARTICLE: PageType = { name: 'article-photo', path: '/articles/sample-news/', status: 200 };
	let server: NginxServer | undefined;
	let scratch: string | undefined;
	const photoSite = (): Site => ({ server: server!, browser: site.browser });

	beforeAll(async () => {
		const contentDir = await copyContent(BASE_CONTENT);
		scratch = contentDir;
		await mkdir(join(contentDir, 'articles/images'), { recursive: true });
		await writeFile(join(contentDir, 'articles/images/test-photo.png'), testPhoto());
		const file = join(contentDir, 'articles/sample-news.md');
		const article = await readFile(file, 'utf8');
		await writeFile(file, article.replace('kind: news\n', `kind: news\n${HERO}`));
		const result = await astroBuild({
			contentDir,
			outDir: join(dirname(contentDir), 'dist'),
			cacheDir: join(dirname(contentDir), 'cache'),
		});
		if (result.exitCode !== 0) throw new Error(`The build with a photo failed:\n${result.output}`);
		server = await startNginx(result.outDir);
	});

	afterAll(async () => {
		await stopNginx(server);
		if (scratch) await rm(dirname(scratch), { recursive: true, force: true });
	});

	it('loads at most 150 KB of images, the photo among them', async () => {
		const { total, responses } = await imagesOf(photoSite(), ARTICLE);
		console.log(`Картинки статьи со снимком на телефоне: ${responses.join(', ')}`);

		expect(
			responses.some((line) => /\/_astro\/.+\.avif$/.test(line)),
			responses.join('\n'),
		).toBe(true);
		expect(total, responses.join('\n')).toBeLessThanOrEqual(IMAGE_BUDGET);
	});

	it('shows the photo on the first screen, eager, in the smallest width that is sharp', async () => {
		const opened = await openPage(photoSite(), PHONE);
		const { page } = opened;
		try {
			await visit(page, ARTICLE);
			const img = page.locator('figure.hero img');
			expect(await img.getAttribute('loading')).toBe('eager');
			expect(await img.getAttribute('fetchpriority')).toBe('high');
			const shown = await img.evaluate((element) => {
				const image = element as HTMLImageElement;
				// Every candidate the picture offers, by URL: its width descriptor.
				const candidates = new Map<string, number>();
				for (const source of image.parentElement!.querySelectorAll('source, img'))
					for (const entry of (source.getAttribute('srcset') ?? '').split(', ')) {
						const [url, width] = entry.trim().split(' ');
						if (url && width) candidates.set(new URL(url, location.href).href, parseInt(width));
					}
				const type = image.currentSrc.split('.').pop();
				return {
					top: image.getBoundingClientRect().top,
					width: image.getBoundingClientRect().width,
					taken: candidates.get(image.currentSrc),
					offered: [...candidates]
						.filter(([url]) => url.endsWith(`.${type}`))
						.map(([, width]) => width),
				};
			});
			expect(shown.top).toBeLessThan(844);
			// The browser took the narrowest candidate that covers the column's device pixels: the
			// `sizes` attribute matches the layout, so no wider file is fetched than the screen needs.
			const needed = shown.width * PHONE.deviceScaleFactor;
			const narrowest = Math.min(...shown.offered.filter((width) => width >= needed));
			expect(shown.taken, JSON.stringify(shown)).toBe(narrowest);
			expect(opened.errors).toEqual([]);
		} finally {
			await opened.close();
		}
	});

	it('keeps every image below the first screen lazy', async () => {
		const opened = await openPage(photoSite(), PHONE);
		try {
			await visit(opened.page, ARTICLE);
			const images = await imagesOnLoad(opened.page);
			const first = images.filter((image) => image.firstScreen);
			expect(first.map((image) => image.alt.replace(/\s/g, ' '))).toContain(
				'Зернистая текстура, нарисованная тестом вместо снимка',
			);
			expect(images.filter((image) => !image.firstScreen && image.loading !== 'lazy')).toEqual([]);
		} finally {
			await opened.close();
		}
	});

	it('is photographed at 390 × 844 and 1366 × 900, light and dark, beside the other page types', async () => {
		await mkdir(SCREENSHOTS, { recursive: true });
		for (const viewport of VIEWPORTS) {
			const opened = await openPage(photoSite(), { viewport });
			try {
				await visit(opened.page, ARTICLE);
				for (const colorScheme of COLOR_SCHEMES) {
					await opened.page.emulateMedia({ colorScheme });
					const path = join(SCREENSHOTS, `${ARTICLE.name}-${viewport.width}-${colorScheme}.png`);
					const image = await opened.page.screenshot({ path, fullPage: true });
					expect(image.length).toBeGreaterThan(1000);
				}
			} finally {
				await opened.close();
			}
		}
	});
});
