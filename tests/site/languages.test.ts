import { access, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
	BASE_CONTENT,
	buildSite,
	copyContent,
	ROOT,
	type BuildResult,
} from '../helpers/build-site.ts';
import { all, attr, one, readPage, text } from '../helpers/html.ts';
import { SITE } from '../../src/site.ts';

/**
 * The two editions of issue 20 over real builds: the edition in content/, where every page has
 * its English counterpart, and the base fixture with its partial English translation
 * (tests/fixtures/content/english/), where only translated ids get an English page. Pages are
 * linked both ways (switcher, hreflang, sitemap alternates), the chrome speaks the page's language,
 * and the English pages carry the key facts of the visit.
 */

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** Every HTML page of a built site, relative to its folder. */
async function htmlPages(outDir: string): Promise<string[]> {
	const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
		.sort();
}

/** Whether a built file is one of the two 404 pages, which answer any address. */
function isNotFound(file: string): boolean {
	return file === '404.html' || file === 'en/404/index.html';
}

/** The built file of a URL on the site (`https://…/en/x/` → `en/x/index.html`). */
function fileOf(url: string): string {
	const { pathname } = new URL(url);
	return pathname.endsWith('/') ? `${pathname.slice(1)}index.html` : pathname.slice(1);
}

/** The path a built HTML file is served at (`en/x/index.html` → `/en/x/`). */
function pathOf(file: string): string {
	return `/${file.replace(/index\.html$/, '')}`;
}

async function exists(path: string): Promise<boolean> {
	return access(path).then(
		() => true,
		() => false,
	);
}

/** The page's hreflang set, `hreflang → href`. */
function hreflangs(page: Root): Record<string, string> {
	return Object.fromEntries(
		all(page, 'head link[rel="alternate"][hreflang]').map(
			(link) => [attr(link, 'hrefLang') ?? '', attr(link, 'href') ?? ''] as const,
		),
	);
}

/** A copy of an element without the parts that say they are in a language of their own. */
function withoutOtherLanguages(element: Element): Element {
	return {
		...element,
		children: element.children
			.filter((child) => child.type !== 'element' || attr(child, 'lang') === undefined)
			.map((child) => (child.type === 'element' ? withoutOtherLanguages(child) : child)),
	};
}

/**
 * The words of a page's chrome: the skip link, header, navigation and footer, with the language
 * switcher's links (each marked with its own language) left out, and every `aria-label`.
 */
function chrome(page: Root): { texts: string[]; labels: string[] } {
	const parts = all(page, 'body > .skip-link, header.site-header, footer.site-footer');
	return {
		texts: parts.flatMap((part) =>
			all(withoutOtherLanguages(part), 'a, summary, p').map((element) => text(element)),
		),
		labels: all(page, '[aria-label]').map((element) => attr(element, 'aria-label') ?? ''),
	};
}

describe('the edition in content/ in both languages', () => {
	const editionDir = inject('editionDir');

	it('has an English page for every Russian page and a Russian page for every English one', async () => {
		const pages = (await htmlPages(editionDir)).filter((file) => !isNotFound(file));
		const russian = pages.filter((file) => !file.startsWith('en/'));
		const english = pages.filter((file) => file.startsWith('en/')).map((file) => file.slice(3));

		expect(russian.length).toBeGreaterThan(40);
		expect(english).toEqual(russian);
	});

	it('links every page to its counterpart, which exists and links back', async () => {
		for (const file of await htmlPages(editionDir)) {
			if (isNotFound(file)) continue;
			const page = await readPage(editionDir, file);
			const links = hreflangs(page);
			const locale = file.startsWith('en/') ? 'en' : 'ru';

			expect([file, Object.keys(links).sort()]).toEqual([file, ['en', 'ru', 'x-default']]);
			expect([file, new URL(links[locale]!).pathname]).toEqual([file, pathOf(file)]);
			expect([file, links['x-default']]).toEqual([file, links['ru']]);
			for (const href of Object.values(links)) {
				const target = fileOf(href);
				expect([file, href, await exists(join(editionDir, target))]).toEqual([file, href, true]);
				expect([file, hreflangs(await readPage(editionDir, target))]).toEqual([file, links]);
			}
		}
	});

	it('leads the switcher to the same page in the other language, in that language', async () => {
		for (const file of await htmlPages(editionDir)) {
			if (isNotFound(file)) continue;
			const page = await readPage(editionDir, file);
			const other = file.startsWith('en/') ? 'ru' : 'en';
			const link = one(page, '.language-switcher a');

			expect([file, attr(link, 'href')]).toEqual([file, new URL(hreflangs(page)[other]!).pathname]);
			expect([file, attr(link, 'hrefLang')]).toEqual([file, other]);
			expect([file, all(page, '.language-switcher__note').length]).toEqual([file, 0]);
		}
	});

	it('says each page’s language to browsers and link previews', async () => {
		for (const file of await htmlPages(editionDir)) {
			const page = await readPage(editionDir, file);
			const english = file.startsWith('en/');
			const locales = all(page, 'meta[property^="og:locale"]').map((meta) => [
				attr(meta, 'property'),
				attr(meta, 'content'),
			]);

			expect([file, attr(one(page, 'html'), 'lang')]).toEqual([file, english ? 'en' : 'ru']);
			expect([file, locales[0]]).toEqual([file, ['og:locale', english ? 'en_US' : 'ru_RU']]);
			if (!isNotFound(file))
				expect([file, locales.slice(1)]).toEqual([
					file,
					[['og:locale:alternate', english ? 'ru_RU' : 'en_US']],
				]);
		}
	});

	it('marks every Russian word on an English page as Russian (sources are shown as published)', async () => {
		const english = (await htmlPages(editionDir)).filter((file) => file.startsWith('en/'));

		expect(english.length).toBeGreaterThan(40);
		for (const file of english) {
			const body = one(await readPage(editionDir, file), 'body');
			// What is left once every element in a language of its own is taken out.
			const unmarked = text(withoutOtherLanguages(body))
				.split(/\s+/)
				.filter((word) => CYRILLIC.test(word));
			expect([file, unmarked]).toEqual([file, []]);
		}
	});

	it('shows no Cyrillic in the English chrome and no Latin-only chrome in the Russian', async () => {
		for (const file of await htmlPages(editionDir)) {
			const { texts, labels } = chrome(await readPage(editionDir, file));

			expect(texts.length).toBeGreaterThan(10);
			if (file.startsWith('en/')) {
				expect([file, [...texts, ...labels].filter((words) => CYRILLIC.test(words))]).toEqual([
					file,
					[],
				]);
			} else {
				// «Разбор — …» and every link name Russian words; none is Latin alone.
				const latinOnly = [...texts, ...labels].filter(
					(words) => LATIN.test(words) && !CYRILLIC.test(words),
				);
				expect([file, latinOnly]).toEqual([file, []]);
			}
		}
	});

	it('names the Russian original of every English article in its JSON-LD', async () => {
		const articles = (await htmlPages(editionDir)).filter((file) =>
			/^en\/articles\/[^/]+\/index\.html$/.test(file),
		);

		expect(articles).toHaveLength(6);
		for (const file of articles) {
			const page = await readPage(editionDir, file);
			const article = all(page, 'script[type="application/ld+json"]')
				.map((script) => JSON.parse(text(script)) as Record<string, unknown>)
				.find((data) => data['@type'] === 'NewsArticle');

			expect([file, article?.['inLanguage']]).toEqual([file, 'en']);
			expect(article?.['translationOfWork']).toMatchObject({
				url: hreflangs(page)['ru'],
				inLanguage: 'ru',
			});
			// The site under its English name, and where it says how it works in English.
			expect(article?.['publisher']).toMatchObject({
				name: 'Razbor',
				url: `${SITE.url}/en/`,
				publishingPrinciples: `${SITE.url}/en/about/#methods`,
			});
		}
	});

	it('lists both editions in the sitemap, each URL with its alternates', async () => {
		const sitemap = new XMLParser({
			ignoreAttributes: false,
			isArray: (name) => name === 'url' || name === 'xhtml:link',
		}).parse(await readFile(join(editionDir, 'sitemap.xml'), 'utf8')) as {
			urlset: {
				url: { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[];
			};
		};
		const urls = sitemap.urlset.url;
		const locs = new Set(urls.map((url) => url.loc));
		const pages = (await htmlPages(editionDir)).filter((file) => !isNotFound(file));

		expect([...locs].filter((loc) => loc.includes('/en/')).length).toBe(locs.size / 2);
		expect(pages.filter((file) => ![...locs].some((loc) => fileOf(loc) === file))).toEqual([]);
		for (const url of urls) {
			const alternates = Object.fromEntries(
				url['xhtml:link'].map((link) => [link['@_hreflang'], link['@_href']]),
			);
			expect(Object.keys(alternates).sort()).toEqual(['en', 'ru', 'x-default']);
			expect(Object.values(alternates)).toContain(url.loc);
			for (const href of Object.values(alternates))
				expect([url.loc, locs.has(href)]).toEqual([url.loc, true]);
		}
	});

	it('says the key facts of the visit on the English pages', async () => {
		const main = async (path: string) =>
			text(one(await readPage(editionDir, `${path.slice(1)}index.html`), 'main'));
		const numbers = await main('/en/articles/visit-in-numbers/');
		const talks = await main('/en/articles/kremlin-talks/');

		expect(numbers).toContain('Lukashenko won 86.82% of the vote');
		expect(numbers).toMatch(
			/The treaty on security guarantees, signed on 6 December 2024, came into force on 13 March 2025/,
		);
		expect(talks).toContain(
			'Late in the evening Putin received the US special envoy Steve Witkoff',
		);
		expect(talks).toMatch(/Asked whether Belarus had received Oreshnik/);
		expect(talks).toContain('On 14 March Lukashenko addressed Russia’s Federation Council');
	});
});

describe('a partial English translation (the base fixture with tests/fixtures/content/english/)', () => {
	let result: BuildResult;

	beforeAll(async () => {
		const contentDir = await copyContent(
			BASE_CONTENT,
			join(ROOT, 'tests/fixtures/content/english'),
		);
		result = await buildSite({ contentDir });
	});

	it('builds', () => {
		expect(result.output).toContain('Complete!');
		expect(result.exitCode).toBe(0);
	});

	it('makes an English page only for the ids that have an English entry', async () => {
		const english = (await htmlPages(result.outDir)).filter((file) => file.startsWith('en/'));

		expect(english).toContain('en/articles/sample-news/index.html');
		expect(english).toContain('en/people/putin/index.html');
		expect(english).toContain('en/timelines/sample-visit/index.html');
		// The topic has no English words: no page, and no link to one from the English article.
		expect(english).not.toContain('en/topics/union-state/index.html');
		const article = await readPage(result.outDir, 'en/articles/sample-news/index.html');
		expect(all(article, 'a').map((a) => attr(a, 'href'))).not.toContain('/en/topics/union-state/');
	});

	it('links a term of an English article to its English entry in the English glossary', async () => {
		const article = await readPage(result.outDir, 'en/articles/sample-news/index.html');
		const glossary = await readPage(result.outDir, 'en/glossary/index.html');

		expect(attr(one(article, 'a.term'), 'href')).toBe('/en/glossary/#union-state');
		expect(text(one(glossary, '[id="union-state"]'))).toContain('Union State');
	});

	it('sends the switcher of a page without a counterpart to the English home page, saying so', async () => {
		const page = await readPage(result.outDir, 'topics/union-state/index.html');
		const link = one(page, '.language-switcher a');

		expect(attr(link, 'href')).toBe('/en/');
		expect(text(one(page, '.language-switcher__note'))).toBe(
			'(home page: this page is not in English yet)',
		);
		expect(attr(one(page, '.language-switcher > span'), 'lang')).toBe('en');
		expect(hreflangs(page)).toEqual({});
		expect(all(page, 'meta[property="og:locale:alternate"]')).toEqual([]);
	});

	it('links a translated page to its counterpart and back', async () => {
		const russian = await readPage(result.outDir, 'articles/sample-news/index.html');
		const english = await readPage(result.outDir, 'en/articles/sample-news/index.html');

		expect(attr(one(russian, '.language-switcher a'), 'href')).toBe('/en/articles/sample-news/');
		expect(attr(one(english, '.language-switcher a'), 'href')).toBe('/articles/sample-news/');
		expect(hreflangs(english)).toEqual(hreflangs(russian));
		expect(Object.keys(hreflangs(russian)).sort()).toEqual(['en', 'ru', 'x-default']);
	});
});
