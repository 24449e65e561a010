import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { all, attr, one, readPage } from '../helpers/html.ts';

/**
 * The Russian edition while no page has an English counterpart (issue 20): every page says it is
 * Russian, and none links to a language version the build does not make — no hreflang set, no
 * `og:locale:alternate`, no language switcher.
 */

/** Every HTML page of a built site, relative to its folder. */
async function htmlPages(outDir: string): Promise<string[]> {
	const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
		.sort();
}

describe('the Russian edition before the English one', () => {
	const editionDir = inject('editionDir');

	it('marks every page Russian, for browsers and link previews', async () => {
		const pages = await htmlPages(editionDir);

		expect(pages.length).toBeGreaterThan(40);
		for (const path of pages) {
			const page = await readPage(editionDir, path);
			expect([path, attr(one(page, 'html'), 'lang')]).toEqual([path, 'ru']);
			expect([
				path,
				all(page, 'meta[property="og:locale"]').map((meta) => attr(meta, 'content')),
			]).toEqual([path, ['ru_RU']]);
		}
	});

	it('links no other language: no hreflang, no alternate locale, no switcher', async () => {
		for (const path of await htmlPages(editionDir)) {
			const page = await readPage(editionDir, path);

			expect([path, all(page, 'link[hreflang]').length]).toEqual([path, 0]);
			expect([path, all(page, 'meta[property="og:locale:alternate"]').length]).toEqual([path, 0]);
			expect([path, all(page, '.language-switcher').length]).toEqual([path, 0]);
		}
	});

	it('points the chrome’s links at the Russian pages, never under /en/', async () => {
		for (const path of await htmlPages(editionDir)) {
			const page = await readPage(editionDir, path);
			const hrefs = all(page, 'header a, footer.site-footer a').map((a) => attr(a, 'href'));

			expect([path, hrefs.filter((href) => href?.startsWith('/en/'))]).toEqual([path, []]);
		}
	});
});
