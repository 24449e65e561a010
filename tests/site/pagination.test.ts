import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_CONTENT, buildSite, copyContent, type BuildResult } from '../helpers/build-site.ts';
import { all, attr, one, readPage, text } from '../helpers/html.ts';
import { indexedPages } from '../helpers/search-index.ts';

/**
 * 55 more articles on the base fixture's topic: 56 published in all, three archive pages, and more
 * than a feed carries.
 */
const EXTRA = 55;

function article(index: number): string {
	const day = String(1 + (index % 28)).padStart(2, '0');
	const hour = String(index % 24).padStart(2, '0');
	return `---
title: Дополнительная новость номер ${index + 1}
dek: Подводка дополнительной новости для проверки страниц списка.
kind: news
published: 2025-02-${day}T${hour}:00:00+03:00
keyPoints:
  - Первый пункт.
  - Второй пункт.
  - Третий пункт.
topics: [union-state]
people: [putin]
---

Текст дополнительной новости :cite{#sample-kremlin}.
`;
}

describe('long lists in a build with many articles', () => {
	let result: BuildResult;

	beforeAll(async () => {
		const contentDir = await copyContent(BASE_CONTENT);
		for (let index = 0; index < EXTRA; index++) {
			await writeFile(join(contentDir, `articles/extra-${index + 1}.md`), article(index));
		}
		result = await buildSite({ contentDir });
		expect(result.exitCode, result.output).toBe(0);
	});

	it('shows the ten latest on the home page and links to the archive', async () => {
		const home = await readPage(result.outDir, 'index.html');

		expect(all(home, '.article-list .card')).toHaveLength(10);
		expect(all(home, '.article-list a[href="/archive/"]')).toHaveLength(1);
	});

	it('splits the archive into pages of 20, newest first, linked in both directions', async () => {
		const first = await readPage(result.outDir, 'archive/index.html');
		const second = await readPage(result.outDir, 'archive/page/2/index.html');
		const third = await readPage(result.outDir, 'archive/page/3/index.html');

		expect(all(first, '.card')).toHaveLength(20);
		expect(all(second, '.card')).toHaveLength(20);
		expect(all(third, '.card')).toHaveLength(16);
		expect(text(one(first, '.card__title'))).toBe('Тестовая новость о переговорах');
		expect(attr(one(first, '.pagination a[rel="next"]'), 'href')).toBe('/archive/page/2/');
		expect(all(first, '.pagination a[rel="prev"]')).toEqual([]);
		expect(attr(one(second, '.pagination a[rel="prev"]'), 'href')).toBe('/archive/');
		expect(attr(one(second, '.pagination a[rel="next"]'), 'href')).toBe('/archive/page/3/');
		expect(all(third, '.pagination a[rel="next"]')).toEqual([]);
		expect(text(one(second, 'h1'))).toBe('Все материалы — страница 2');
		expect(text(one(second, '[aria-current="page"].pagination__current'))).toBe('Страница 2 из 3');
	});

	it('pages a topic the same way, keeping its feeds on every page', async () => {
		const second = await readPage(result.outDir, 'topics/union-state/page/2/index.html');

		expect(all(second, '.card').length).toBeGreaterThan(0);
		expect(attr(one(second, '.pagination a[rel="prev"]'), 'href')).toBe('/topics/union-state/');
		expect(all(second, 'link[rel="alternate"]').map((link) => attr(link, 'href'))).toContain(
			'https://razbor.example/topics/union-state/rss.xml',
		);
		expect(attr(one(second, 'link[rel="canonical"]'), 'href')).toBe(
			'https://razbor.example/topics/union-state/page/2/',
		);
	});

	it("pages a person's articles, with the events on the first page only", async () => {
		const first = await readPage(result.outDir, 'people/putin/index.html');
		const third = await readPage(result.outDir, 'people/putin/page/3/index.html');

		expect(all(first, '#person-articles ~ .card, section .card')).toHaveLength(20);
		expect(all(first, '#person-events')).toHaveLength(1);
		expect(all(third, '#person-events')).toEqual([]);
		expect(attr(one(third, '.pagination a[rel="prev"]'), 'href')).toBe('/people/putin/page/2/');
		expect(text(one(third, 'h1'))).toBe('Владимир Путин — страница 3');
	});

	it('names the five newest citing articles under a source on /sources/ and counts the rest', async () => {
		const sources = await readPage(result.outDir, 'sources/index.html');
		const kremlin = one(sources, 'li#sample-kremlin');

		expect(all(kremlin, '.meta a[href^="/articles/"]')).toHaveLength(5);
		expect(text(one(kremlin, '.meta'))).toMatch(/и ещё 51 материал;? /);
	});

	it('carries only the 20 newest articles in the feeds', async () => {
		const rss = await readFile(join(result.outDir, 'rss.xml'), 'utf8');
		const topic = await readFile(join(result.outDir, 'topics/union-state/rss.xml'), 'utf8');
		const archive = [1, 2, 3].map((page) =>
			page === 1 ? 'archive/index.html' : `archive/page/${page}/index.html`,
		);
		const newest: string[] = [];
		for (const file of archive) {
			const page = await readPage(result.outDir, file);
			newest.push(...all(page, '.card__title a').map((link) => attr(link, 'href')!));
		}

		expect(rss.match(/<item>/g)).toHaveLength(20);
		expect(topic.match(/<item>/g)).toHaveLength(20);
		expect(rss).toContain(`<link>https://razbor.example${newest[19]!}</link>`);
		expect(rss).not.toContain(`<link>https://razbor.example${newest[20]!}</link>`);
	});

	it('indexes articles, people, the glossary and timelines for search, no hub and no copies of other pages', async () => {
		const pages = await indexedPages(result.outDir);
		const urls = pages.map((page) => page.url);
		const content = (url: string) => pages.find((page) => page.url === url)?.content ?? '';

		expect(urls.filter((url) => url.startsWith('/articles/'))).toHaveLength(EXTRA + 1);
		expect(urls).toEqual(expect.arrayContaining(['/people/putin/', '/glossary/']));
		// Hubs only repeat what the pages they list say (issue 18: they crowded the results).
		for (const hub of [
			'/',
			'/archive/',
			'/topics/',
			'/topics/union-state/',
			'/people/',
			'/timelines/',
			'/sources/',
		])
			expect(urls, hub).not.toContain(hub);
		expect(urls.filter((url) => url.includes('/page/'))).toEqual([]);
		// Each result says what it is, for the search page's groups.
		const kind = (url: string) => pages.find((page) => page.url === url)?.meta['kind'];
		expect(kind('/articles/extra-1/')).toBe('article');
		expect(kind('/people/putin/')).toBe('person');
		expect(kind('/glossary/')).toBe('term');
		expect(pages.every((page) => page.meta['kind'])).toBe(true);
		// No screen-reader-only text of the «#» links in what a result quotes.
		expect(pages.filter((page) => page.content.includes('Ссылка на'))).toEqual([]);
		// A person's page keeps its own words, not the titles and deks of the articles it lists.
		expect(content('/people/putin/')).toContain('Путин');
		expect(content('/people/putin/')).not.toContain('Дополнительная новость');
		// An article keeps its text; share buttons, dates, contents and «Читайте также» stay out.
		const article = content('/articles/extra-1/');
		expect(article).toContain('Текст дополнительной новости');
		for (const furniture of [
			'Поделиться',
			'Telegram',
			'Опубликовано',
			'Читайте также',
			'Дальше в сюжете',
		])
			expect(article, furniture).not.toContain(furniture);
	});

	it('lists every page of every list in the sitemap', async () => {
		const sitemap = await readFile(join(result.outDir, 'sitemap.xml'), 'utf8');

		for (const path of [
			'/archive/',
			'/archive/page/2/',
			'/archive/page/3/',
			'/topics/union-state/page/2/',
			'/topics/union-state/page/3/',
			'/people/putin/page/3/',
		]) {
			expect(sitemap).toContain(`<loc>https://razbor.example${path}</loc>`);
		}
		expect(sitemap).not.toContain('/archive/page/4/');
	});
});
