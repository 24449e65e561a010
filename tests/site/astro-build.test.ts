import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, BASE_CONTENT, type BuildResult } from '../helpers/build-site.ts';
import { all, attr, readPage } from '../helpers/html.ts';
import { indexedPages } from '../helpers/search-index.ts';
import { validateXml } from '../helpers/xml.ts';

/**
 * `astro build` alone, into an empty folder, with no wrapper and no step before or after it:
 * the site it makes is complete, share images and search index included (src/integrations/).
 */

let result: BuildResult;

beforeAll(async () => {
	result = await astroBuild({ contentDir: BASE_CONTENT });
});

/** Every HTML page of the build, as paths relative to its folder. */
async function htmlPages(): Promise<string[]> {
	const entries = await readdir(result.outDir, { recursive: true });
	return entries.filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/')).sort();
}

describe('astro build, on its own', () => {
	it('succeeds', () => {
		expect(result.output).toContain('Complete!');
		expect(result.exitCode).toBe(0);
	});

	it('writes the share image of every page that names one', async () => {
		const images = new Set<string>();
		for (const file of await htmlPages()) {
			const page = await readPage(result.outDir, file);
			for (const meta of all(page, 'meta[property="og:image"]'))
				images.add(new URL(attr(meta, 'content') ?? '').pathname);
		}

		expect([...images]).toEqual(expect.arrayContaining(['/og/site.png']));
		expect(images.size).toBeGreaterThan(1);
		for (const image of images) {
			const png = await readFile(join(result.outDir, image));
			expect(png.subarray(1, 4).toString(), image).toBe('PNG');
		}
	});

	it('writes a search index that finds the words of an article', async () => {
		expect(existsSync(join(result.outDir, 'pagefind/pagefind.js'))).toBe(true);
		const pages = await indexedPages(result.outDir);
		const article = pages.find(({ url }) => url.startsWith('/articles/'));

		expect(article?.content).toMatch(/переговор/i);
	});

	it('writes feeds that parse as RSS, Atom and JSON Feed 1.1', async () => {
		for (const [file, type] of [
			['rss.xml', 'rss'],
			['atom.xml', 'atom'],
		] as const) {
			const xml = await readFile(join(result.outDir, file), 'utf8');
			expect(validateXml(xml), file).toBe(true);
			const feed = parseFeed(xml);
			expect(feed.meta.type, file).toBe(type);
			expect(feed.items.length, file).toBeGreaterThan(0);
		}
		const json = JSON.parse(await readFile(join(result.outDir, 'feed.json'), 'utf8')) as {
			version: string;
			items: unknown[];
		};
		expect(json.version).toBe('https://jsonfeed.org/version/1.1');
		expect(json.items.length).toBeGreaterThan(0);
	});
});
