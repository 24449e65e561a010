import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	BASE_CONTENT,
	buildSite,
	copyContent,
	readTree,
	type BuildResult,
} from '../helpers/build-site.ts';
import { all, attr, one, readPage, text } from '../helpers/html.ts';
import { validateXml } from '../helpers/xml.ts';
import { indexedPages } from '../helpers/search-index.ts';
import { typographText } from '../../src/format/typography.ts';

/**
 * Text that passes validation but is hostile to every format it lands in: quotes, ampersands, a
 * CDATA end, a `<` before a space, the JavaScript line separator. Markup itself is refused by the
 * schemas and the Markdown guard (tests/fixtures/content/broken/active-*, html-in-*); this checks
 * that what is let through stays text in the page, the JSON-LD, the feeds and the share links.
 */
const HOSTILE_TITLE = 'Кавычки " и \' & ]]> — и 3 < 4 \u2028 конец';
const HOSTILE_DEK = 'Подводка с "кавычками", & и ]]> и 5 < 6 без тега';

const ARTICLE = `---
title: '${HOSTILE_TITLE.replaceAll("'", "''")}'
dek: '${HOSTILE_DEK}'
kind: news
published: 2025-03-15T10:00:00+03:00
keyPoints:
  - Первый пункт & второй.
  - Пункт с ]]> внутри.
  - Третий пункт.
---

Текст с & и ]]> и 3 < 4 :cite{#sample-kremlin}.
`;

/**
 * Valid content with things that must not reach readers as written: an editor's comment, a GFM
 * task list (a form control in GFM's HTML), plain raw HTML and links to its pages (an image of
 * the body: tests/site/hero.test.ts). The allow-list guard lets it through (tests/content-guard/ has the refused cases); this
 * checks what it becomes in the page, the feeds, the search index and the share image.
 */
const GUARDED = `---
title: Проверка допустимого содержимого
dek: Статья со всем, что охранник пропускает.
kind: news
published: 2025-03-16T10:00:00+03:00
keyPoints:
  - Первый пункт.
  - Второй пункт.
  - Третий пункт.
---

Оборот вырос на 5 % <!-- проверить цифру --> за год :cite{#sample-kremlin}.

<!--
Заметка для редакции: уточнить у источника.
-->

- [x] Договор подписан
- [ ] Соглашение ратифицировано

Термин <abbr title="Союзное государство">СГ</abbr>, м<sup>2</sup>, <kbd>Ctrl</kbd>.

См. [новость](/articles/sample-news/), [хронику](/timelines/sample-visit/#sample-visit-flight) и [глоссарий](/glossary/#union-state).
`;

describe('hostile but valid text in a build', () => {
	let result: BuildResult;
	let files: Map<string, Buffer>;

	beforeAll(async () => {
		const contentDir = await copyContent(BASE_CONTENT);
		await writeFile(join(contentDir, 'articles/hostile.md'), ARTICLE);
		await writeFile(join(contentDir, 'articles/guarded.md'), GUARDED);
		result = await buildSite({ contentDir });
		expect(result.exitCode, result.output).toBe(0);
		files = await readTree(result.outDir);
	});

	it('keeps the title as text in the page', async () => {
		const page = await readPage(result.outDir, 'articles/hostile/index.html');

		expect(text(one(page, 'h1')).replaceAll('\u00a0', ' ')).toBe(
			HOSTILE_TITLE.replace(' \u2028 ', ' '),
		);
	});

	it('cannot break out of the JSON-LD script, which parses back to the exact title', async () => {
		const html = await readFile(join(result.outDir, 'articles/hostile/index.html'), 'utf8');
		const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];

		expect(scripts.length).toBeGreaterThan(0);
		for (const [, json] of scripts) expect(json).not.toMatch(/[<>&\u2028]/);
		const article = JSON.parse(scripts[0]![1]!) as { headline: string; description: string };
		// The JSON-LD carries the title and dek as the page shows them, typeset when parsed.
		expect(article.headline).toBe(typographText(HOSTILE_TITLE));
		expect(article.description).toBe(typographText(HOSTILE_DEK));
	});

	it('keeps RSS and Atom well-formed, with the exact title and the text of the body', async () => {
		for (const feed of ['rss.xml', 'atom.xml']) {
			const xml = await readFile(join(result.outDir, feed), 'utf8');
			expect(validateXml(xml), feed).toBe(true);
			const parsed = parseFeed(xml);
			const item = parsed.items.find((entry) => entry.url?.endsWith('/articles/hostile/'));
			// Feeds carry the typographed title, as the page shows it.
			expect(item?.title?.replaceAll('\u00a0', ' '), feed).toBe(HOSTILE_TITLE);
			// The CDATA end in the text survived the trip through CDATA sections as text.
			expect(item?.content?.replaceAll('\u00a0', ' '), feed).toContain('Пункт с ]]> внутри.');
			expect(item?.content, feed).not.toContain('<script');
		}
	});

	it('keeps the JSON feed valid, with the exact title', async () => {
		const feed = JSON.parse(await readFile(join(result.outDir, 'feed.json'), 'utf8')) as {
			items: { url: string; title: string; summary: string }[];
		};
		const item = feed.items.find((entry) => entry.url.endsWith('/articles/hostile/'));

		expect(item?.title.replaceAll('\u00a0', ' ')).toBe(HOSTILE_TITLE);
		expect(item?.summary.replaceAll('\u00a0', ' ')).toBe(
			HOSTILE_DEK.replace('"кавычками"', '«кавычками»'),
		);
	});

	it('puts the title into share links only percent-encoded', async () => {
		const page = await readPage(result.outDir, 'articles/hostile/index.html');

		for (const link of all(page, '.share a')) {
			const href = attr(link, 'href')!;
			// `'` needs no escape inside Astro's double-quoted attributes; the rest would.
			expect(href).not.toMatch(/["<>\s]/);
			// Shared as the page shows it: typeset when parsed.
			expect([...new URL(href).searchParams.values()].join(' ')).toContain(
				typographText(HOSTILE_TITLE),
			);
		}
	});

	it('ships no inline script, no event handler and no javascript: URL on any page', () => {
		for (const [file, bytes] of files) {
			if (!file.endsWith('.html')) continue;
			const html = bytes.toString('utf8');
			const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
			for (const attributes of scripts) {
				expect(
					/type="application\/ld\+json"/.test(attributes) || /\bsrc="\/_astro\//.test(attributes),
					`${file}: <script${attributes}>`,
				).toBe(true);
			}
			expect(html, file).not.toMatch(/\son[a-z]+=/i);
			expect(html, file).not.toMatch(/(?:href|src)="\s*javascript:/i);
		}
	});

	it("keeps editors' comments out of the page, the feeds and the search index", async () => {
		const texts = [
			await readFile(join(result.outDir, 'articles/guarded/index.html'), 'utf8'),
			...(await Promise.all(
				['rss.xml', 'atom.xml', 'feed.json'].map((feed) =>
					readFile(join(result.outDir, feed), 'utf8'),
				),
			)),
			...(await indexedPages(result.outDir)).map((page) => page.content),
		];

		expect(texts.join('\n')).toContain('Договор подписан');
		for (const body of texts) {
			expect(body).not.toContain('проверить цифру');
			expect(body).not.toContain('Заметка для редакции');
		}
	});

	it('shows a task list as text marks, with no form control in the page or the feeds', async () => {
		const page = await readPage(result.outDir, 'articles/guarded/index.html');
		const rss = await readFile(join(result.outDir, 'rss.xml'), 'utf8');

		expect(all(page, 'input')).toEqual([]);
		expect(rss).not.toContain('&lt;input');
		expect(rss).not.toContain('<input');
		expect(text(one(page, '.task-list-item')).replaceAll('\u00a0', ' ')).toBe('☑ Договор подписан');
	});

	it('ships the plain raw HTML and the links to its pages as written', async () => {
		const page = await readPage(result.outDir, 'articles/guarded/index.html');

		expect(attr(one(page, 'abbr'), 'title')).toBe('Союзное государство');
		const hrefs = all(page, '.article-body a, article a').map((link) => attr(link, 'href'));
		expect(hrefs).toContain('/articles/sample-news/');
		expect(hrefs).toContain('/timelines/sample-visit/#sample-visit-flight');
		expect(files.has('articles/sample-news/index.html')).toBe(true);
		expect(files.has('timelines/sample-visit/index.html')).toBe(true);
		expect(files.get('timelines/sample-visit/index.html')!.toString('utf8')).toContain(
			'id="sample-visit-flight"',
		);
	});

	it('loads nothing from another site in any page of the build', () => {
		for (const [file, bytes] of files) {
			if (!file.endsWith('.html')) continue;
			const html = bytes.toString('utf8');
			// What a browser fetches by itself: a src or srcset, or a stylesheet, icon or preload link.
			expect(html, file).not.toMatch(/\s(?:src|srcset)="(?:https?:)?\/\//i);
			expect(html, file).not.toMatch(
				/<link\b(?=[^>]*\srel="(?:stylesheet|icon|preload|modulepreload)")[^>]*\shref="(?:https?:)?\/\//i,
			);
		}
	});

	it('draws the share image of the article', () => {
		const image = files.get('og/articles/guarded.png');

		expect(image?.subarray(1, 4).toString('latin1')).toBe('PNG');
	});
});
