import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeOpaquePng } from '../../src/og/png.ts';
import { decodeOpaquePng } from '../helpers/png.ts';
import { BASE_CONTENT, buildSite, copyContent, type BuildResult } from '../helpers/build-site.ts';
import { all, attr, one, readPage, text } from '../helpers/html.ts';

/** Size of the photo the test makes: wider than the column, as a real one would be. */
const WIDTH = 1200;
const HEIGHT = 675;

/** An opaque gradient PNG: the edition has no photos, so the test draws one. */
function testPhoto(): Buffer {
	const pixels = new Uint8Array(WIDTH * HEIGHT * 4);
	for (let y = 0; y < HEIGHT; y += 1)
		for (let x = 0; x < WIDTH; x += 1) {
			const at = (y * WIDTH + x) * 4;
			pixels.set([(x * 255) / WIDTH, (y * 255) / HEIGHT, 128, 255], at);
		}
	return encodeOpaquePng({ width: WIDTH, height: HEIGHT, pixels });
}

const HERO = `hero:
  src: ./images/test-photo.png
  alt: Цветной градиент, нарисованный тестом
  caption: Тестовая подпись к снимку
  credit: Фото — тест
`;

/** An image of the body, after the first paragraph, from the same folder as the hero. */
const BODY_IMAGE =
	'\n![Градиент в тексте статьи](./images/body-photo.png "Подпись из заголовка")\n';

describe('a hero image and an image of the body in a build of the base fixture content', () => {
	let result: BuildResult;
	let page: Root;

	beforeAll(async () => {
		const contentDir = await copyContent(BASE_CONTENT);
		await mkdir(join(contentDir, 'articles/images'), { recursive: true });
		await writeFile(join(contentDir, 'articles/images/test-photo.png'), testPhoto());
		await writeFile(join(contentDir, 'articles/images/body-photo.png'), testPhoto());
		const file = join(contentDir, 'articles/sample-news.md');
		const article = await readFile(file, 'utf8');
		await writeFile(
			file,
			article
				.replace('kind: news\n', `kind: news\n${HERO}`)
				.replace('\n## Цифры\n', `${BODY_IMAGE}\n## Цифры\n`),
		);
		result = await buildSite({ contentDir });
		expect(result.exitCode, result.output).toBe(0);
		page = await readPage(result.outDir, 'articles/sample-news/index.html');
	});

	it('builds', () => {
		expect(result.output).toContain('Complete!');
		expect(result.exitCode).toBe(0);
	});

	it('shows it as a picture with AVIF and WebP in several widths, sized for the column', () => {
		const picture = one(page, 'figure.hero picture');
		const sources = all(picture, 'source');
		expect(sources.map((source) => attr(source, 'type'))).toEqual(['image/avif', 'image/webp']);
		for (const source of sources) {
			const widths = (attr(source, 'srcSet') ?? '').split(', ').map((entry) => entry.split(' ')[1]);
			expect(widths).toEqual(['360w', '720w', '1080w']);
			expect(attr(source, 'sizes')).toBe('(min-width: 46rem) 42rem, calc(100vw - 2rem)');
		}
		const img = one(picture, 'img');
		expect(attr(img, 'alt')).toBe('Цветной градиент, нарисованный тестом');
		expect(Number(attr(img, 'width')) / Number(attr(img, 'height'))).toBeCloseTo(WIDTH / HEIGHT, 2);
		expect(attr(img, 'loading')).toBe('eager');
		expect(attr(img, 'fetchPriority')).toBe('high');
	});

	it('writes every image the picture names into the site', () => {
		const picture = one(page, 'figure.hero picture');
		const urls = [
			...all(picture, 'source').flatMap((source) =>
				(attr(source, 'srcSet') ?? '').split(', ').map((entry) => entry.split(' ')[0]!),
			),
			attr(one(picture, 'img'), 'src')!,
		];
		for (const url of urls) {
			expect(url).toMatch(/^\/_astro\/[^/]+\.(?:avif|webp|png)$/);
			expect(existsSync(join(result.outDir, url))).toBe(true);
		}
	});

	it('puts it on the first screen, under the header, with its caption and credit', () => {
		const figure = one(page, 'figure.hero');
		expect(text(one(figure, 'figcaption'))).toMatch(
			/^Тестовая подпись к\s+снимку\s*Фото\s+—\s+тест$/u,
		);
		const article = one(page, 'article');
		const order = all(article, 'header, figure.hero, .key-points').map(
			(element) => element.tagName + (attr(element, 'className') ?? ''),
		);
		expect(order[0]).toMatch(/^header/);
		expect(order[1]).toMatch(/^figure.*hero/);
	});

	it('makes the photo the share card’s figure, and says so in the image’s alt', async () => {
		const card = decodeOpaquePng(
			await readFile(join(result.outDir, 'og/articles/sample-news.png')),
		);
		// The card's right edge, halfway down: the photo (red rises to the right, green downwards).
		const at = (300 * card.width + 1190) * 4;
		const [red, green, blue] = card.pixels.subarray(at, at + 3);

		expect(red).toBeGreaterThan(170);
		expect(green).toBeGreaterThan(90);
		expect(green).toBeLessThan(170);
		expect(blue).toBeGreaterThan(100);
		expect(blue).toBeLessThan(160);
		const alt = all(page, 'meta')
			.filter((meta) => attr(meta, 'property') === 'og:image:alt')
			.map((meta) => attr(meta, 'content'));
		expect(alt).toEqual([expect.stringContaining('Цветной градиент, нарисованный тестом')]);
	});

	it('shows an image of the body as a lazy picture through astro:assets, not the file as written', () => {
		// Where the editor put it: in its paragraph of the body, not in the hero's figure.
		const picture = one(page, 'article p > picture');
		const img = one(picture, 'img');
		const sources = all(picture, 'source');
		expect(sources.map((source) => attr(source, 'type'))).toEqual(['image/avif', 'image/webp']);
		for (const source of sources) {
			const widths = (attr(source, 'srcSet') ?? '').split(', ').map((entry) => entry.split(' ')[1]);
			expect(widths).toEqual(['360w', '720w', '1080w']);
			expect(attr(source, 'sizes')).toBe('(min-width: 46rem) 42rem, calc(100vw - 2rem)');
		}
		expect(attr(img, 'alt')).toBe('Градиент в тексте статьи');
		expect(attr(img, 'title')).toBe('Подпись из заголовка');
		expect(Number(attr(img, 'width')) / Number(attr(img, 'height'))).toBeCloseTo(WIDTH / HEIGHT, 2);
		expect(attr(img, 'loading')).toBe('lazy');
		const urls = [
			...sources.flatMap((source) =>
				(attr(source, 'srcSet') ?? '').split(', ').map((entry) => entry.split(' ')[0]!),
			),
			attr(img, 'src')!,
		];
		for (const url of urls) {
			expect(url).toMatch(/^\/_astro\/[^/]+\.(?:avif|webp|png)$/);
			expect(existsSync(join(result.outDir, url))).toBe(true);
		}
		// The placeholder never reaches the page, and the original is not published under its name.
		expect(all(page, 'img[data-body-image]')).toEqual([]);
		expect(existsSync(join(result.outDir, 'images/body-photo.png'))).toBe(false);
	});

	it('carries the image of the body into the feeds as the same picture, with absolute addresses', async () => {
		const xml = await readFile(join(result.outDir, 'rss.xml'), 'utf8');
		const item = parseFeed(xml).items.find((entry) =>
			entry.url?.endsWith('/articles/sample-news/'),
		);
		const content = fromHtml(item?.content ?? '', { fragment: true });

		const img = one(content, 'p > picture img');
		expect(attr(img, 'alt')).toBe('Градиент в тексте статьи');
		const src = new URL(attr(img, 'src')!);
		expect(src.pathname).toMatch(/^\/_astro\/[^/]+\.(?:webp|png)$/);
		expect(existsSync(join(result.outDir, src.pathname))).toBe(true);
	});
});
