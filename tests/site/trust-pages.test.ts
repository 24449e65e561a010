import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { all, attr, one, readPage, text } from '../helpers/html.ts';

/** Every HTML page of a built site, as paths relative to it. */
function htmlPages(outDir: string): string[] {
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html'))
		.sort();
}

describe('/about/ and /corrections/ in the built edition', () => {
	const outDir = inject('editionDir');

	it('says on /about/ how facts are checked, sources labelled and errors corrected, with the editors’ address', async () => {
		const page = await readPage(outDir, 'about/index.html');

		const ids = all(page, 'h2').map((heading) => attr(heading, 'id'));
		const mail = all(page, 'a').filter((link) => attr(link, 'href')?.startsWith('mailto:'));

		expect(ids).toEqual(
			expect.arrayContaining(['methods', 'sources', 'ratings', 'corrections', 'contact']),
		);
		expect(mail.map((link) => attr(link, 'href'))).toContain(`mailto:${SITE.contactEmail}`);
		expect(text(one(page, 'main'))).toMatch(/копия \(агрегатор\)/);
		expect(text(one(page, 'main'))).toMatch(/Опровергнуто/);
	});

	it('lists every correction newest first on /corrections/, each linking to its entry in «Что изменилось»', async () => {
		const page = await readPage(outDir, 'corrections/index.html');

		const entries = all(page, '.corrections > li');
		const times = entries.map((entry) => attr(one(entry, 'time'), 'datetime')!);
		const marked = await Promise.all(
			htmlPages(outDir)
				.filter((path) => path.startsWith('articles/'))
				.map(async (path) => {
					const article = await readPage(outDir, path);
					return all(article, '.article__updates li').filter((item) =>
						text(item).includes('исправление:'),
					).length;
				}),
		);

		expect(entries.length).toBe(marked.reduce((sum, count) => sum + count, 0));
		expect(entries.length).toBeGreaterThan(0);
		expect(times).toEqual([...times].sort().reverse());
		for (const entry of entries) {
			const href = attr(all(entry, 'a').at(-1)!, 'href')!;
			const [path, anchor] = href.split('#');
			const article = await readPage(outDir, `${path!.slice(1)}index.html`);
			const target = all(article, '.article__updates li').find(
				(item) => attr(item, 'id') === anchor,
			);
			expect(target, href).toBeDefined();
			expect(text(target!)).toContain('исправление:');
		}
	});

	it('links every page’s footer to /about/ and /corrections/, and every article’s byline to /about/', async () => {
		const problems: string[] = [];
		for (const path of htmlPages(outDir)) {
			const page = await readPage(outDir, path);
			const footer = all(page, '.site-footer a').map((link) => attr(link, 'href'));
			if (!footer.includes('/about/') || !footer.includes('/corrections/'))
				problems.push(`${path}: footer ${JSON.stringify(footer)}`);
			if (path.startsWith('articles/')) {
				const byline = all(page, '.article__byline a').map((link) => attr(link, 'href'));
				if (!byline.some((href) => href?.startsWith('/about/')))
					problems.push(`${path}: byline ${JSON.stringify(byline)}`);
			}
		}

		expect(problems).toEqual([]);
	});

	it('lists both pages in the sitemap', () => {
		const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');

		expect(sitemap).toContain(`<loc>${SITE.url}/about/</loc>`);
		expect(sitemap).toContain(`<loc>${SITE.url}/corrections/</loc>`);
	});
});
