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
			// An English page links the English pages (issue 20).
			const prefix = path.startsWith('en/') ? '/en' : '';
			const footer = all(page, '.site-footer a').map((link) => attr(link, 'href'));
			if (!footer.includes(`${prefix}/about/`) || !footer.includes(`${prefix}/corrections/`))
				problems.push(`${path}: footer ${JSON.stringify(footer)}`);
			if (/^(en\/)?articles\//.test(path)) {
				const byline = all(page, '.article__byline a').map((link) => attr(link, 'href'));
				if (!byline.some((href) => href?.startsWith(`${prefix}/about/`)))
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

	it('writes JSON-LD that parses on every page', async () => {
		const problems: string[] = [];
		let scripts = 0;
		for (const path of htmlPages(outDir)) {
			const page = await readPage(outDir, path);
			for (const script of all(page, 'script[type="application/ld+json"]')) {
				scripts++;
				try {
					JSON.parse(text(script));
				} catch (error) {
					problems.push(`${path}: ${String(error)}`);
				}
			}
		}

		expect(scripts).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});

	it('reviews each rated claim of the fact-check as a ClaimReview pointing at its section', async () => {
		const page = await readPage(outDir, 'articles/how-we-checked-the-report/index.html');
		const ids = new Set(all(page, '[id]').map((element) => attr(element, 'id')));

		const reviews = jsonLdOf(page).filter((item) => item['@type'] === 'ClaimReview');

		expect(reviews.length).toBeGreaterThanOrEqual(5);
		for (const review of reviews) {
			expect(review).toEqual(
				expect.objectContaining({
					claimReviewed: expect.any(String) as string,
					url: expect.stringMatching(`^${SITE.url}/articles/how-we-checked-the-report/#`) as string,
					author: expect.objectContaining({ name: SITE.title }) as object,
					itemReviewed: expect.objectContaining({ '@type': 'Claim' }) as object,
				}),
			);
			const rating = review['reviewRating'] as Record<string, unknown>;
			expect(rating['ratingValue']).toBeGreaterThanOrEqual(1);
			expect(rating['ratingValue']).toBeLessThanOrEqual(5);
			expect(rating['alternateName']).toMatch(/^[А-ЯЁ]/);
			expect(ids, String(review['url'])).toContain(String(review['url']).split('#')[1]);
		}
	});

	it('points the publisher’s principles, corrections policy and contact at sections of /about/', async () => {
		const home = await readPage(outDir, 'index.html');
		const about = await readPage(outDir, 'about/index.html');
		const ids = new Set(all(about, '[id]').map((element) => attr(element, 'id')));

		const site = jsonLdOf(home).find((item) => item['@type'] === 'WebSite')!;
		const publisher = site['publisher'] as Record<string, unknown>;
		const contact = publisher['contactPoint'] as Record<string, unknown>;
		const links = [
			publisher['publishingPrinciples'],
			publisher['correctionsPolicy'],
			contact['url'],
		];

		expect(contact['email']).toBe(SITE.contactEmail);
		for (const link of links) {
			const url = new URL(String(link));
			expect(url.pathname).toBe('/about/');
			expect(ids).toContain(url.hash.slice(1));
		}
	});
});

/** Every JSON-LD object of a page, arrays flattened. */
function jsonLdOf(page: Awaited<ReturnType<typeof readPage>>): Record<string, unknown>[] {
	return all(page, 'script[type="application/ld+json"]').flatMap((script) => {
		const value = JSON.parse(text(script)) as Record<string, unknown> | Record<string, unknown>[];
		return Array.isArray(value) ? value : [value];
	});
}
