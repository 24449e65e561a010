import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	BASE_CONTENT,
	buildSite,
	copyContent,
	readTree,
	type BuildResult,
} from '../helpers/build-site.ts';
import { all, attr, one, readPage, text } from '../helpers/html.ts';
import { pngSize } from '../helpers/png.ts';
import { validateXml } from '../helpers/xml.ts';

/**
 * Link previews, structured data, sitemap and robots.txt of a real build of the base fixture
 * (an article with an update and a correction, a draft, a timeline, a person, a topic), on a
 * site URL set through RAZBOR_SITE_URL: every absolute URL must use it.
 */
const SITE_URL = 'https://news.example.org';

/** `content` of the meta tags with a `property` (Open Graph) or `name`, in document order. */
function meta(page: Root, key: string): string[] {
	return all(page, 'head meta')
		.filter((element) => (attr(element, 'property') ?? attr(element, 'name')) === key)
		.map((element) => attr(element, 'content') ?? '');
}

/** The JSON-LD objects of a page, parsed. */
function structuredData(page: Root): Record<string, unknown>[] {
	return all(page, 'script[type="application/ld+json"]').map(
		(script) => JSON.parse(text(script)) as Record<string, unknown>,
	);
}

function ofType(page: Root, type: string): Record<string, unknown> | undefined {
	return structuredData(page).find((data) => data['@type'] === type);
}

/** The built file a URL on the site points at (`/x/` → `x/index.html`). */
function fileOf(url: string): string {
	const { pathname } = new URL(url);
	expect(url.startsWith(`${SITE_URL}/`)).toBe(true);
	return pathname.endsWith('/') ? `${pathname.slice(1)}index.html` : pathname.slice(1);
}

/** The path a built HTML file is served at (`x/index.html` → `/x/`). */
function pathOf(file: string): string {
	return `/${file.replace(/index\.html$/, '')}`;
}

describe('sharing metadata of a build of the base fixture', () => {
	let result: BuildResult;
	let files: Map<string, Buffer>;
	let pages: string[];

	beforeAll(async () => {
		result = await buildSite({
			contentDir: await copyContent(BASE_CONTENT),
			env: { RAZBOR_SITE_URL: SITE_URL },
		});
		expect(result.exitCode, result.output).toBe(0);
		files = await readTree(result.outDir);
		pages = [...files.keys()].filter((file) => file.endsWith('.html') && file !== '404.html');
	});

	it('builds a page of every type', () => {
		expect(pages).toEqual(
			expect.arrayContaining([
				'index.html',
				'articles/sample-news/index.html',
				'timelines/index.html',
				'timelines/sample-visit/index.html',
				'people/index.html',
				'people/putin/index.html',
				'topics/index.html',
				'topics/union-state/index.html',
				'glossary/index.html',
				'sources/index.html',
				'search/index.html',
			]),
		);
	});

	it('gives every page a title, a description and its absolute canonical URL on the site', async () => {
		const titles = new Set<string>();
		for (const file of pages) {
			const page = await readPage(result.outDir, file);
			const canonical = all(page, 'link[rel="canonical"]');

			expect(canonical, file).toHaveLength(1);
			expect(attr(canonical[0]!, 'href'), file).toBe(`${SITE_URL}${pathOf(file)}`);
			expect(text(one(page, 'title')), file).toMatch(/\S/);
			expect(meta(page, 'description'), file).toEqual([expect.stringMatching(/\S{3}/)]);
			titles.add(text(one(page, 'title')));
		}
		expect(titles.size).toBe(pages.length);
	});

	it('gives every page the full Open Graph and X card set, with an image that exists', async () => {
		for (const file of pages) {
			const page = await readPage(result.outDir, file);
			const canonical = attr(one(page, 'link[rel="canonical"]'), 'href');

			expect(meta(page, 'og:title'), file).toEqual([expect.stringMatching(/\S/)]);
			// Link previews cut longer titles.
			expect(meta(page, 'og:title')[0]!.length, file).toBeLessThanOrEqual(70);
			expect(meta(page, 'twitter:title'), file).toEqual(meta(page, 'og:title'));
			expect(meta(page, 'og:description'), file).toEqual(meta(page, 'description'));
			expect(meta(page, 'og:url'), file).toEqual([canonical]);
			expect(meta(page, 'og:site_name'), file).toEqual(['Разбор']);
			expect(meta(page, 'og:locale'), file).toEqual(['ru_RU']);
			expect(meta(page, 'og:image:width'), file).toEqual(['1200']);
			expect(meta(page, 'og:image:height'), file).toEqual(['630']);
			expect(meta(page, 'og:image:alt'), file).toEqual([expect.stringMatching(/\S{3}/)]);
			expect(meta(page, 'twitter:card'), file).toEqual(['summary_large_image']);
			expect(meta(page, 'twitter:image'), file).toEqual(meta(page, 'og:image'));

			const [image] = meta(page, 'og:image');
			const png = files.get(fileOf(image!));
			expect(png, `${file}: ${image}`).toBeDefined();
			expect(pngSize(png!)).toEqual({ width: 1200, height: 630 });
			expect(png!.length).toBeLessThan(300 * 1024);
		}
	});

	it('marks an article as og:type article with its own image, dates, section and tags', async () => {
		const page = await readPage(result.outDir, 'articles/sample-news/index.html');

		expect(meta(page, 'og:type')).toEqual(['article']);
		// The title and dek as the page shows them, typeset where the content is parsed.
		expect(meta(page, 'og:title')).toEqual(['Тестовая новость о\u00A0переговорах']);
		expect(meta(page, 'og:description')).toEqual([
			'Короткое описание тестовой новости для\u00A0проверки сборки.',
		]);
		expect(meta(page, 'og:image')).toEqual([`${SITE_URL}/og/articles/sample-news.png`]);
		expect(meta(page, 'og:image:alt')[0]).toContain('Тестовая новость о\u00A0переговорах');
		expect(meta(page, 'article:published_time')).toEqual(['2025-03-13T12:00:00+03:00']);
		// The last entry of the updates log, not the build's clock.
		expect(meta(page, 'article:modified_time')).toEqual(['2025-03-14T09:30:00+03:00']);
		expect(meta(page, 'article:section')).toEqual(['Союзное государство']);
		expect(meta(page, 'article:tag')).toEqual(['Союзное государство', 'Владимир Путин']);
	});

	it('gives pages other than articles og:type website, and the site image where they have no card', async () => {
		const own: Record<string, string> = {
			'timelines/sample-visit/index.html': '/og/timelines/sample-visit.png',
			'people/putin/index.html': '/og/people/putin.png',
			'topics/union-state/index.html': '/og/topics/union-state.png',
			'glossary/index.html': '/og/glossary.png',
		};
		for (const file of pages.filter((name) => !name.startsWith('articles/'))) {
			const page = await readPage(result.outDir, file);

			expect(meta(page, 'og:type'), file).toEqual(['website']);
			expect(meta(page, 'og:image'), file).toEqual([`${SITE_URL}${own[file] ?? '/og/site.png'}`]);
			expect(meta(page, 'article:published_time'), file).toEqual([]);
		}
	});

	it('gives timelines, people, topics and the glossary cards of their own, drawn at 1200×630', async () => {
		for (const [file, image] of [
			['timelines/sample-visit/index.html', 'og/timelines/sample-visit.png'],
			['people/putin/index.html', 'og/people/putin.png'],
			['topics/union-state/index.html', 'og/topics/union-state.png'],
			['glossary/index.html', 'og/glossary.png'],
		] as const) {
			const page = await readPage(result.outDir, file);
			const png = files.get(image);

			expect(meta(page, 'og:image'), file).toEqual([`${SITE_URL}/${image}`]);
			expect(meta(page, 'og:image:alt')[0], file).toMatch(/\S{3}/);
			expect(png, image).toBeDefined();
			expect(pngSize(png!)).toEqual({ width: 1200, height: 630 });
			// Not the site card under another name.
			expect(png!.equals(files.get('og/site.png')!), image).toBe(false);
		}
	});

	it('describes the article as a NewsArticle with its corrections', async () => {
		const page = await readPage(result.outDir, 'articles/sample-news/index.html');
		const article = ofType(page, 'NewsArticle');

		expect(article).toMatchObject({
			'@context': 'https://schema.org',
			headline: 'Тестовая новость о переговорах',
			description: 'Короткое описание тестовой новости для проверки сборки.',
			url: `${SITE_URL}/articles/sample-news/`,
			datePublished: '2025-03-13T12:00:00+03:00',
			dateModified: '2025-03-14T09:30:00+03:00',
			author: [{ '@type': 'Organization', name: 'Редакция «Разбора»' }],
			publisher: {
				name: 'Разбор',
				logo: { '@type': 'ImageObject', url: `${SITE_URL}/favicon.svg` },
			},
			image: [`${SITE_URL}/og/articles/sample-news.png`],
			inLanguage: 'ru',
			articleSection: 'Союзное государство',
			keywords: ['Союзное государство', 'Владимир Путин'],
			// Only the update marked as a correction.
			correction: [
				{
					'@type': 'CorrectionComment',
					text: 'Исправлена дата в третьем абзаце.',
					datePublished: '2025-03-14T09:30:00+03:00',
				},
			],
		});
		expect(files.has('favicon.svg')).toBe(true);
	});

	it('gives every page but the home page a breadcrumb trail ending at itself', async () => {
		for (const file of pages.filter((name) => name !== 'index.html')) {
			const page = await readPage(result.outDir, file);
			const trail = ofType(page, 'BreadcrumbList') as
				{ itemListElement: { position: number; name: string; item: string }[] } | undefined;

			expect(trail, file).toBeDefined();
			const items = trail!.itemListElement;
			expect(items[0], file).toMatchObject({ position: 1, name: 'Разбор', item: `${SITE_URL}/` });
			expect(items.at(-1)!.item, file).toBe(`${SITE_URL}${pathOf(file)}`);
			expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
		}
		const person = await readPage(result.outDir, 'people/putin/index.html');
		expect(
			(
				ofType(person, 'BreadcrumbList') as { itemListElement: { name: string }[] }
			).itemListElement.map((item) => item.name),
		).toEqual(['Разбор', 'Люди', 'Владимир Путин']);
	});

	it('describes the site as a WebSite on the home page', async () => {
		const home = await readPage(result.outDir, 'index.html');

		expect(ofType(home, 'WebSite')).toMatchObject({
			name: 'Разбор',
			url: `${SITE_URL}/`,
			inLanguage: 'ru',
			potentialAction: { target: `${SITE_URL}/search/?q={search_term_string}` },
		});
		expect(ofType(home, 'BreadcrumbList')).toBeUndefined();
	});

	it('titles the home page in previews with what the site explains, not the bare site name', async () => {
		const home = await readPage(result.outDir, 'index.html');

		expect(text(one(home, 'title'))).toBe('Разбор');
		expect(meta(home, 'og:title')).toEqual([
			'Разбор: визит Лукашенко в\u00A0Москву 13–14 марта 2025 года',
		]);
	});

	it('announces the feeds on every page, and the topic feeds on the topic page', async () => {
		for (const file of [...pages, '404.html']) {
			const page = await readPage(result.outDir, file);
			const feeds = all(page, 'link[rel="alternate"]').map((link) => attr(link, 'href')!);

			expect(feeds.slice(0, 3), file).toEqual([
				`${SITE_URL}/rss.xml`,
				`${SITE_URL}/atom.xml`,
				`${SITE_URL}/feed.json`,
			]);
			for (const feed of feeds) expect(files.has(fileOf(feed)), `${file}: ${feed}`).toBe(true);
		}
		const topic = await readPage(result.outDir, 'topics/union-state/index.html');
		expect(
			all(topic, 'link[rel="alternate"]').map((link) => [attr(link, 'type'), attr(link, 'href')]),
		).toEqual(
			expect.arrayContaining([
				['application/rss+xml', `${SITE_URL}/topics/union-state/rss.xml`],
				['application/atom+xml', `${SITE_URL}/topics/union-state/atom.xml`],
				['application/feed+json', `${SITE_URL}/topics/union-state/feed.json`],
			]),
		);
	});

	it('gives every page the icons, the web app manifest, theme colours and large previews', async () => {
		for (const file of pages) {
			const page = await readPage(result.outDir, file);
			const links = all(page, 'head link[rel]').map(
				(link) => `${attr(link, 'rel')} ${attr(link, 'href')}`,
			);

			expect(meta(page, 'robots'), file).toEqual(['max-image-preview:large']);
			expect(links, file).toEqual(
				expect.arrayContaining([
					'icon /favicon.svg',
					'icon /icon-192.png',
					'apple-touch-icon /apple-touch-icon.png',
					'manifest /manifest.webmanifest',
				]),
			);
			expect(
				all(page, 'head meta[name="theme-color"]').map((tag) => attr(tag, 'media')),
				file,
			).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
		}
		const manifest = JSON.parse(files.get('manifest.webmanifest')!.toString()) as {
			name: string;
			lang: string;
			icons: { src: string; sizes: string }[];
		};
		expect(manifest).toMatchObject({ name: 'Разбор', lang: 'ru' });
		for (const icon of manifest.icons) expect(files.has(icon.src.slice(1)), icon.src).toBe(true);
		for (const [file, size] of [
			['icon-192.png', 192],
			['icon-512.png', 512],
			['apple-touch-icon.png', 180],
		] as const)
			expect(pngSize(files.get(file)!), file).toEqual({ width: size, height: size });
	});

	it('keeps the 404 page out of indexes: noindex, no canonical URL', async () => {
		const page = await readPage(result.outDir, '404.html');

		expect(meta(page, 'robots')).toEqual(['noindex']);
		expect(all(page, 'link[rel="canonical"]')).toEqual([]);
		expect(meta(page, 'og:url')).toEqual([]);
		expect(ofType(page, 'BreadcrumbList')).toBeUndefined();
	});

	it('lists exactly the public pages in the sitemap, dated by their content', async () => {
		const xml = await readFile(join(result.outDir, 'sitemap.xml'), 'utf8');
		expect(validateXml(xml)).toBe(true);
		const { urlset } = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as {
			urlset: { url: { loc: string; lastmod: string }[] };
		};
		const entries = new Map(urlset.url.map((entry) => [entry.loc, entry.lastmod]));

		expect([...entries.keys()].sort()).toEqual(
			pages.map((file) => `${SITE_URL}${pathOf(file)}`).sort(),
		);
		expect(entries.has(`${SITE_URL}/articles/sample-draft/`)).toBe(false);
		expect(entries.get(`${SITE_URL}/articles/sample-news/`)).toBe('2025-03-14T09:30:00+03:00');
		// Every date comes from the content, so none is the day of the build.
		const today = new Date().toISOString().slice(0, 10);
		for (const [loc, lastmod] of entries) {
			expect(lastmod, loc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
			expect(lastmod.startsWith(today), loc).toBe(false);
		}
	});

	it('points robots.txt at the absolute sitemap URL', async () => {
		const robots = await readFile(join(result.outDir, 'robots.txt'), 'utf8');

		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE_URL}/sitemap\\.xml$`, 'm'));
		expect(files.has('sitemap.xml')).toBe(true);
	});

	it('offers share links with the encoded URL and title of the article', async () => {
		const page = await readPage(result.outDir, 'articles/sample-news/index.html');
		// The open block at the end; the toggle near the top holds the same links.
		const links = all(page, 'section.share a.share__link');
		expect(all(page, 'details.share--top a.share__link').map((link) => attr(link, 'href'))).toEqual(
			links.map((link) => attr(link, 'href')),
		);
		const url = `${SITE_URL}/articles/sample-news/`;
		const title = 'Тестовая новость о\u00A0переговорах';

		expect(links.map((link) => text(link))).toEqual([
			'Telegram',
			'ВКонтакте',
			'WhatsApp',
			'X',
			'Почта',
		]);
		for (const link of links) {
			const href = attr(link, 'href')!;
			const decoded = [...new URL(href).searchParams.values()].join(' ');
			expect(decoded, href).toContain(url);
			expect(decoded, href).toContain(title);
			if (!href.startsWith('mailto:')) expect(attr(link, 'rel')).toBe('noopener noreferrer');
		}
		// The copy and system-share buttons wait for the script to show them, in both blocks.
		expect(all(page, '.share [data-share-copy][hidden]')).toHaveLength(2);
		expect(all(page, '.share [data-share-native][hidden]')).toHaveLength(2);
	});

	it('gives every heading and fact box of an article a unique id and a «#» link to it', async () => {
		const page = await readPage(result.outDir, 'articles/sample-news/index.html');
		const body = one(page, '.article__body');
		const ids = all(page, '[id]').map((element) => attr(element, 'id'));

		expect(new Set(ids).size).toBe(ids.length);
		// Headings written in the Markdown and fact box titles; timelines are checked below.
		const headings = all(body, '.heading > :is(h2, h3, h4)');
		expect(headings.length).toBeGreaterThanOrEqual(2);
		expect(all(body, ':is(h2, h3, h4)').length).toBe(
			headings.length + all(body, '.timeline :is(h2, h3, h4)').length,
		);
		for (const heading of headings) {
			expect(attr(heading, 'id'), text(heading)).toMatch(/^[a-z0-9-]+$/);
		}
		for (const event of all(body, '.timeline__event')) {
			const id = attr(event, 'id')!;
			expect(id).toMatch(/^[a-z0-9-]+$/);
			expect(all(event, `a.anchor[href="#${id}"]`)).toHaveLength(1);
		}
		expect(attr(one(body, 'h2:not(.fact-box__title)'), 'id')).toBe('tsifry');
		expect(all(body, '.heading > a.anchor').map((link) => attr(link, 'href'))).toEqual(
			expect.arrayContaining(['#tsifry', '#fact-trade']),
		);
		expect(all(body, 'a.anchor[href="#fact-trade-title"]')).toEqual([]);
		// The contents list, if any, uses the same ids.
		for (const link of all(page, '.toc a')) {
			expect(ids).toContain(attr(link, 'href')!.slice(1));
		}
	});
});
