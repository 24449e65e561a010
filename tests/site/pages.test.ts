import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, inject, it } from 'vitest';
import { parseArticleFile } from '../../src/loaders/parse-entry.ts';
import { selectLeadStory, selectPublishedArticles } from '../../src/model/articles.ts';
import { all, attr, one, readPage, text } from '../helpers/html.ts';
import { indexedPages } from '../helpers/search-index.ts';

/** The element without its parts in a language other than Russian (`lang="en"`): typeset as written. */
function russianOnly(element: Element): Element {
	return {
		...element,
		children: element.children.flatMap((child): ElementContent[] => {
			if (child.type !== 'element') return [child];
			const lang = child.properties['lang'];
			return typeof lang === 'string' && !lang.startsWith('ru') ? [] : [russianOnly(child)];
		}),
	};
}

/** An element's text with runs of ordinary whitespace collapsed, non-breaking spaces kept. */
function typesetText(element: Element): string {
	return toText(element)
		.replace(/[ \t\r\n]+/g, ' ')
		.trim();
}

/** A one-letter Russian word («в», «и», «с», «о», «к», «у», «а») followed by an ordinary space. */
const LOOSE_SHORT_WORD = /(?<![\p{L}\p{N}])[вискоуаВИСКОУА] /u;

/** The article the home page leads with, worked out from the files of content/articles/. */
function expectedLead(): string {
	const folder = 'content/articles';
	const articles = readdirSync(folder)
		.filter((name) => name.endsWith('.md'))
		.flatMap((name) => {
			const parsed = parseArticleFile(
				`${folder}/${name}`,
				readFileSync(join(folder, name), 'utf8'),
				{
					imageFileExists: () => true,
				},
			);
			return parsed.ok ? [{ id: name.replace(/\.md$/, ''), data: parsed.value.data }] : [];
		});
	return selectLeadStory(selectPublishedArticles(articles))!.id;
}

describe('the reader’s pages built from content/', () => {
	const editionDir = inject('editionDir');

	it('leads the home page with the newest change, its «Главное» and a schedule teaser deep-linking events', async () => {
		const home = await readPage(editionDir, 'index.html');

		expect(attr(one(home, '.lead h2 a'), 'href')).toBe(`/articles/${expectedLead()}/`);
		expect(all(home, '.lead .key-points li').length).toBeGreaterThanOrEqual(3);
		const teaser = all(home, '.teaser__events a').map((link) => attr(link, 'href'));
		expect(teaser.length).toBeGreaterThan(0);
		for (const href of teaser)
			expect(href).toMatch(/^\/timelines\/visit-schedule\/#visit-schedule-[a-z0-9-]+$/);
		expect(all(home, '.article-list .card').length).toBe(5);
	});

	it('gives every article a reading time, and long ones a table of contents whose links resolve', async () => {
		const page = await readPage(editionDir, 'articles/kremlin-talks/index.html');

		expect(text(one(page, '.article__dates'))).toMatch(/\d+ минут[аы]? чтения/);
		const contents = all(page, '.toc a').map((link) => attr(link, 'href')!.slice(1));
		expect(contents.length).toBeGreaterThanOrEqual(3);
		const ids = new Set(all(page, '[id]').map((element) => attr(element, 'id')));
		for (const id of contents) expect(ids).toContain(decodeURIComponent(id));
	});

	it('links related articles and the previous and next pieces of the story', async () => {
		const page = await readPage(editionDir, 'articles/visit-in-numbers/index.html');

		expect(all(page, '.related .card').length).toBeGreaterThan(0);
		expect(attr(one(page, '.story-nav a[rel=prev]'), 'href')).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
		expect(attr(one(page, '.story-nav a[rel=next]'), 'href')).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
	});

	it('groups a timeline page by year, each event with a visible anchor to itself', async () => {
		const page = await readPage(editionDir, 'timelines/russia-belarus/index.html');

		const years = all(page, '.timeline__year-title').map(text);
		expect(years).toEqual([...years].sort());
		expect(years).toContain('1996');
		for (const event of all(page, 'li.timeline__event')) {
			expect(attr(one(event, 'a.anchor'), 'href')).toBe(`#${attr(event, 'id')}`);
		}
	});

	it('shows a person with the articles and events that mention them', async () => {
		const page = await readPage(editionDir, 'people/lukashenko/index.html');

		expect(text(one(page, 'h1'))).toBe('Александр Лукашенко');
		expect(all(page, '#person-articles ~ .card, section .card').length).toBeGreaterThan(0);
		expect(all(page, '.event-links a').length).toBeGreaterThan(0);
	});

	it('lists every topic with its articles', async () => {
		const page = await readPage(editionDir, 'topics/union-state/index.html');

		expect(all(page, '.card').length).toBeGreaterThan(0);
		expect(existsSync(join(editionDir, 'topics/index.html'))).toBe(true);
	});

	it('lists every source with the places it is cited', async () => {
		const page = await readPage(editionDir, 'sources/index.html');

		const kremlin = one(page, '#r11-kremlin-talks');
		expect(all(kremlin, '.meta a').length).toBeGreaterThan(0);
	});

	it('writes a Pagefind index for Russian and a search page that works without JavaScript', async () => {
		expect(existsSync(join(editionDir, 'pagefind/pagefind.js'))).toBe(true);
		const page = await readPage(editionDir, 'search/index.html');
		expect(attr(one(page, 'form.search input'), 'name')).toBe('q');
		expect(text(one(page, 'main noscript'))).toContain(
			'Поиск работает только в браузере с включённым JavaScript',
		);
		// The parser keeps <noscript> as text (scripting on), so the link is read from the file.
		const html = await readFile(join(editionDir, 'search/index.html'), 'utf8');
		expect(html).toMatch(/<main[\s\S]*<noscript>[\s\S]*?href="\/archive\/"[\s\S]*?<\/noscript>/);
		// The index is loaded only by the search page.
		const article = await readPage(editionDir, 'articles/kremlin-talks/index.html');
		expect(all(article, 'script[src*="pagefind"]')).toEqual([]);
	});

	it('has a Russian 404 page with a way back', async () => {
		const page = await readPage(editionDir, '404.html');

		expect(text(one(page, 'h1'))).toBe('Страница не найдена');
		expect(attr(one(page, 'main a[href="/"]'), 'href')).toBe('/');
	});

	it('gives every page one h1 and headings that never skip a level going down', async () => {
		const pages = (await readdir(editionDir, { recursive: true })).filter((path) =>
			path.endsWith('.html'),
		);
		expect(pages.length).toBeGreaterThan(30);
		const problems: string[] = [];
		for (const path of pages) {
			const page = await readPage(editionDir, path);
			const levels = all(page, 'h1, h2, h3, h4, h5, h6').map((heading) =>
				Number(heading.tagName.slice(1)),
			);
			if (levels.filter((level) => level === 1).length !== 1 || levels[0] !== 1)
				problems.push(`${path}: ${levels.join(' ')}`);
			levels.forEach((level, index) => {
				const previous = levels[index - 1];
				if (previous !== undefined && level > previous + 1)
					problems.push(`${path}: h${previous} → h${level}`);
			});
		}
		expect(problems).toEqual([]);
	});

	it('keeps copies out of the search index: embedded timelines and article source lists', async () => {
		const article = await readPage(editionDir, 'articles/kremlin-talks/index.html');
		const timeline = await readPage(editionDir, 'timelines/visit-schedule/index.html');

		expect(all(article, '.article__body section.timeline').length).toBeGreaterThan(0);
		expect(all(article, '.article__body section.timeline:not([data-pagefind-ignore])')).toEqual([]);
		expect(all(article, '.article__sources[data-pagefind-ignore]')).toHaveLength(1);
		// Only the «#» links are left out of a timeline's own page: their text is for screen readers.
		expect(all(timeline, '[data-pagefind-ignore]:not(a.anchor)')).toEqual([]);
		expect(all(timeline, 'main[data-pagefind-body]')).toHaveLength(1);
	});

	it('keeps the home page out of the search index; what it shows is indexed on its own pages', async () => {
		const pages = await indexedPages(editionDir);
		const lead = pages.find((page) => page.url === '/articles/kremlin-talks/')?.content ?? '';
		const schedule = pages.find((page) => page.url === '/timelines/visit-schedule/')?.content ?? '';

		expect(pages.map((page) => page.url)).not.toContain('/');
		expect(lead).toContain('Главное');
		expect(schedule).toContain('Внуково');
	});

	it('cites every source of an article on /sources/ in the same words', async () => {
		const article = await readPage(editionDir, 'articles/how-we-checked-the-report/index.html');
		const sources = await readPage(editionDir, 'sources/index.html');
		const entries = all(article, '.source-list li');

		expect(entries.length).toBeGreaterThan(0);
		for (const entry of entries) {
			const id = attr(entry, 'id')!.replace(/^source-/, '');
			expect(text(one(sources, `li[id="${id}"] > p`)).startsWith(text(entry)), id).toBe(true);
		}
	});

	it('never glues a word to the link or code that follows it, in either language', async () => {
		const files = (await readdir(editionDir, { recursive: true })).filter((file) =>
			file.endsWith('.html'),
		);
		const glued: string[] = [];
		for (const file of files) {
			const html = await readFile(join(editionDir, file), 'utf8');
			for (const [match] of html.matchAll(/[\p{L}](?:<a |<code>)/gu))
				glued.push(`${file}: ${match}`);
		}

		expect(files.length).toBeGreaterThan(80);
		expect(glued).toEqual([]);
	});

	it('sets the site’s own text and the content’s in Russian typography: footer, chart, sources, timeline', async () => {
		const article = await readPage(editionDir, 'articles/visit-in-numbers/index.html');
		const timeline = await readPage(editionDir, 'timelines/russia-belarus/index.html');

		const footer = all(article, '.site-footer p').map(typesetText);
		const caption = typesetText(one(article, '#chart-trade-2024-by-basis-title'));
		// A title in another language keeps its own typography, so only the Russian text is checked.
		const sources = all(article, '.article__sources li').map((item) =>
			typesetText(russianOnly(item)),
		);
		const events = all(timeline, '.timeline__event-title').map(typesetText);

		expect(footer[1]).toBe(
			'Все факты, цифры и\u00A0цитаты\u00A0— из\u00A0опубликованных источников; у\u00A0каждого числа и\u00A0события указан источник.',
		);
		expect(caption).toBe(
			'Товарооборот России и\u00A0Белоруссии в\u00A02024\u00A0году по\u00A0разным данным',
		);
		expect(sources).toContain(
			'Лента.ру. «В\u00A0Кремле назвали дату переговоров Путина с\u00A0президентом соседней страны», 12 марта 2025\u00A0— негосударственное СМИ',
		);
		expect(events).toContain('Подписан Договор о\u00A0создании Союзного государства');
		// Nowhere in them does a one-letter word stay at the end of a line.
		for (const line of [...footer, caption, ...sources, ...events])
			expect(line, line).not.toMatch(LOOSE_SHORT_WORD);
	});
});
