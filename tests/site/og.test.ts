import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	BASE_CONTENT,
	buildSite,
	copyContent,
	readTree,
	temporaryDirectory,
	type BuildResult,
} from '../helpers/build-site.ts';
import { decodeOpaquePng, pngSize } from '../helpers/png.ts';

/** The colour of the pixel at `x`, `y` of a drawn PNG, as `#rrggbb`. */
function pixelAt(png: Uint8Array, x: number, y: number): string {
	const { width, pixels } = decodeOpaquePng(png);
	const at = (y * width + x) * 4;
	return `#${[...pixels.subarray(at, at + 3)].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

/** Identity of each file in a cache folder: a file rewritten in place gets a new inode or mtime. */
async function cacheFiles(directory: string): Promise<Map<string, string>> {
	const files = new Map<string, string>();
	for (const name of (await readdir(directory)).sort()) {
		const { ino, mtimeMs } = await stat(join(directory, name));
		files.set(name, `${ino}:${mtimeMs}`);
	}
	return files;
}

function expectBuilt(result: BuildResult): void {
	expect(result.output).toContain('Complete!');
	expect(result.exitCode).toBe(0);
}

const NEWS = 'og/articles/sample-news.png';
const SECOND = 'og/articles/sample-second.png';
const SITE = 'og/site.png';

describe('share images in builds of the base fixture content', () => {
	let contentDir: string;
	let cacheDir: string;
	/** Built with `cacheDir`, then rebuilt into `edited` after one title changed. */
	let first: BuildResult;
	/** The same content built with a cache of its own, so every image is drawn again. */
	let fresh: BuildResult;
	let edited: BuildResult;
	let cacheAfterFirst: Map<string, string>;
	/** The images in the cache after the first build, before the edit's build swept one. */
	let cachedImages: Buffer[];
	let cacheAfterEdit: Map<string, string>;

	beforeAll(async () => {
		contentDir = await copyContent(BASE_CONTENT);
		// A second published article, so that the edit below leaves one article image alone; it
		// opens with the fixture's map, which its card then shows.
		const news = await readFile(join(contentDir, 'articles/sample-news.md'), 'utf8');
		await writeFile(
			join(contentDir, 'articles/sample-second.md'),
			news
				.replace('title: Тестовая новость о переговорах', 'title: Вторая тестовая новость')
				.replace(/\n---\n\n/, '\n---\n\n::map{#sample-route}\n\n'),
		);
		cacheDir = await temporaryDirectory('razbor-og-cache-');
		[first, fresh] = await Promise.all([
			buildSite({ contentDir, cacheDir }),
			// Another machine, in effect: a time zone far from Moscow must not move the date.
			buildSite({
				contentDir,
				cacheDir: await temporaryDirectory('razbor-og-cache-'),
				env: { TZ: 'Pacific/Kiritimati' },
			}),
		]);
		cacheAfterFirst = await cacheFiles(join(cacheDir, 'og'));
		cachedImages = [...(await readTree(join(cacheDir, 'og'))).values()];

		await writeFile(
			join(contentDir, 'articles/sample-news.md'),
			news.replace(
				'title: Тестовая новость о переговорах',
				'title: Тестовая новость о переговорах в Кремле',
			),
		);
		edited = await buildSite({ contentDir, cacheDir });
		cacheAfterEdit = await cacheFiles(join(cacheDir, 'og'));
	});

	it('builds', () => {
		expectBuilt(first);
		expectBuilt(fresh);
		expectBuilt(edited);
	});

	it.each([NEWS, SECOND, SITE])('writes %s as a 1200×630 PNG under 300 KB', async (path) => {
		const png = await readFile(join(first.outDir, path));

		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(png.length).toBeLessThan(300 * 1024);
	});

	it('draws no image for a draft', () => {
		expect(existsSync(join(first.outDir, 'og/articles/sample-draft.png'))).toBe(false);
		expect(existsSync(join(first.outDir, 'articles/sample-draft'))).toBe(false);
	});

	it('writes only the share images under og/', async () => {
		const files = [...(await readTree(join(first.outDir, 'og'))).keys()];

		expect(files).toEqual([
			'articles/sample-news.png',
			'articles/sample-second.png',
			'charts/sample-trade.png',
			'glossary.png',
			'maps/sample-route.png',
			'people/putin.png',
			'site.png',
			'timelines/sample-visit.png',
			'topics/union-state.png',
		]);
	});

	it('draws the map an article opens with on its card, at the right edge, and the chart otherwise', async () => {
		const [news = Buffer.alloc(0), second = Buffer.alloc(0), map = Buffer.alloc(0)] =
			await Promise.all(
				[NEWS, SECOND, 'og/maps/sample-route.png'].map((path) =>
					readFile(join(first.outDir, path)),
				),
			);
		// The card's paper beside the right margin; on a map card, the map's land or sea.
		const paper = '#f6f4ef';
		const mapColours = ['#e6dfcf', '#cddbe2'];

		expect(pixelAt(news, 1190, 300)).toBe(paper);
		expect(mapColours).toContain(pixelAt(second, 1190, 300));
		expect(mapColours).toContain(pixelAt(map, 1190, 300));
		// The chart's panel in the accent where the map card shows the map.
		expect([paper, ...mapColours]).not.toContain(pixelAt(news, 1000, 470));
	});

	it('draws byte-identical images in two builds of the same content', async () => {
		const drawn = await readTree(join(first.outDir, 'og'));
		const drawnAgain = await readTree(join(fresh.outDir, 'og'));

		expect(drawnAgain).toEqual(drawn);
	});

	it('keeps each image in the cache under the SHA-256 of its render input', () => {
		expect([...cacheAfterFirst.keys()]).toHaveLength(9);
		for (const name of cacheAfterFirst.keys()) expect(name).toMatch(/^[0-9a-f]{64}\.png$/);
	});

	it('serves the cached file as the image', async () => {
		const served = [...(await readTree(join(first.outDir, 'og'))).values()];

		expect(new Set(cachedImages.map((png) => png.toString('base64')))).toEqual(
			new Set(served.map((png) => png.toString('base64'))),
		);
	});

	it('draws only the edited article again when one title changes, and sweeps its old image', () => {
		const added = [...cacheAfterEdit.keys()].filter((name) => !cacheAfterFirst.has(name));
		const removed = [...cacheAfterFirst.keys()].filter((name) => !cacheAfterEdit.has(name));

		expect(added).toHaveLength(1);
		expect(removed).toHaveLength(1);
		// The other images were read back, not drawn and written again.
		for (const [name, identity] of cacheAfterFirst)
			if (!removed.includes(name)) expect(cacheAfterEdit.get(name)).toBe(identity);
	});

	it('changes the edited article image and no other', async () => {
		const before = await readTree(join(first.outDir, 'og'));
		const after = await readTree(join(edited.outDir, 'og'));

		expect(after.get('articles/sample-news.png')).not.toEqual(
			before.get('articles/sample-news.png'),
		);
		expect(after.get('articles/sample-second.png')).toEqual(
			before.get('articles/sample-second.png'),
		);
		expect(after.get('site.png')).toEqual(before.get('site.png'));
	});
});
