import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { all, attr } from '../helpers/html.ts';
import { pngSize } from '../helpers/png.ts';
import { validateXml } from '../helpers/xml.ts';

/**
 * The English edition's feeds and share images in the build of content/ (issue 20): its own RSS,
 * Atom and JSON Feed under /en/, for the site and for each topic it has words for, with English
 * items only, in English, pointing at the English pages and at share cards drawn in English under
 * /og/en/. The Russian feeds stay as they were.
 */

const CONTENT = join(import.meta.dirname, '../../content');

/** The ids of a folder's files: `content/articles/en/visit.md` → `visit`. */
function idsIn(folder: string): string[] {
	return readdirSync(join(CONTENT, folder))
		.filter((name) => /\.(md|yaml)$/.test(name))
		.map((name) => name.replace(/\.(md|yaml)$/, ''))
		.sort();
}

const ENGLISH_ARTICLES = idsIn('articles/en');
const ENGLISH_TOPICS = idsIn('topics/en');
const CYRILLIC = /[А-Яа-яЁё]/;

/** The words the Russian feeds add to an article's text, which an English item must not show. */
const FEED_WORDS_RU = ['Обновлено', 'Что изменилось', 'исправление:'];

describe('the English edition’s feeds', () => {
	const editionDir = inject('editionDir');
	const read = (path: string) => readFile(join(editionDir, path), 'utf8');

	it('publishes RSS, Atom and JSON Feed under /en/, valid and in English', async () => {
		for (const path of ['en/rss.xml', 'en/atom.xml'])
			expect(validateXml(await read(path))).toBe(true);

		const rss = parseFeed(await read('en/rss.xml'));
		const json = JSON.parse(await read('en/feed.json')) as {
			title: string;
			language: string;
			home_page_url: string;
			feed_url: string;
		};

		expect(rss.title).toBe('Razbor');
		expect(rss.language).toBe('en');
		expect(rss.url).toBe(`${SITE.url}/en/`);
		expect(rss.self).toBe(`${SITE.url}/en/rss.xml`);
		expect(json).toMatchObject({
			title: 'Razbor',
			language: 'en',
			home_page_url: `${SITE.url}/en/`,
			feed_url: `${SITE.url}/en/feed.json`,
		});
		expect(rss.description).not.toMatch(CYRILLIC);
	});

	it('carries the English articles only, each at its English page, in all three formats', async () => {
		const expected = ENGLISH_ARTICLES.map((slug) => `${SITE.url}/en/articles/${slug}/`);

		const json = JSON.parse(await read('en/feed.json')) as {
			items: { url: string; title: string; summary: string; authors: { name: string }[] }[];
		};
		const feeds = {
			'en/rss.xml': parseFeed(await read('en/rss.xml')).items,
			'en/atom.xml': parseFeed(await read('en/atom.xml')).items,
			'en/feed.json': json.items.map(({ url, title, summary, authors }) => ({
				url,
				title,
				description: summary,
				authors,
			})),
		};

		for (const [path, items] of Object.entries(feeds)) {
			expect(items.map((item) => item.url).sort(), path).toEqual(expected);
			for (const item of items) {
				expect(item.title, item.url ?? path).not.toMatch(CYRILLIC);
				expect(item.description, item.url ?? path).not.toMatch(CYRILLIC);
				expect(item.authors.map((author) => author.name)).toEqual(['The Razbor editors']);
			}
		}
	});

	it('gives an English item English words around its text: “What changed”, dates, “correction:”', async () => {
		const items = parseFeed(await read('en/rss.xml')).items;
		const changed = items.filter((item) => (item.content ?? '').includes('<h2>What changed</h2>'));

		expect(changed.length).toBeGreaterThan(0);
		for (const item of items) {
			const content = item.content ?? '';
			for (const word of FEED_WORDS_RU) expect(content, item.url ?? '').not.toContain(word);
			expect(content).not.toContain('МСК');
		}
		for (const item of changed)
			expect(item.content).toMatch(
				/<h2>What changed<\/h2><ol><li><time [^>]+>\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} Moscow time \(MSK\)<\/time>\u00A0— (<strong>correction:<\/strong> )?[A-Z]/,
			);
	});

	it('shows an English item’s figures and share card as the English edition’s images', async () => {
		const items = parseFeed(await read('en/rss.xml')).items;
		const images = items.flatMap((item) =>
			all(fromHtml(item.content ?? '', { fragment: true }), 'img').map(
				(image) => attr(image, 'src') ?? '',
			),
		);
		const cards = (
			JSON.parse(await read('en/feed.json')) as { items: { image: string }[] }
		).items.map((item) => item.image);

		expect(images.some((src) => src.startsWith(`${SITE.url}/og/en/charts/`))).toBe(true);
		expect(images.filter((src) => /\/og\/(charts|maps)\//.test(src))).toEqual([]);
		expect(cards.sort()).toEqual(
			ENGLISH_ARTICLES.map((slug) => `${SITE.url}/og/en/articles/${slug}.png`),
		);
		for (const src of [...images, ...cards].filter((url) => url.startsWith(`${SITE.url}/og/`))) {
			const file = join(editionDir, new URL(src).pathname);
			expect(existsSync(file), src).toBe(true);
			expect(pngSize(await readFile(file))).toEqual({ width: 1200, height: 630 });
		}
	});

	it('has a feed of each topic the edition has words for, under /en/topics/<id>/', async () => {
		// The folders of en/topics/: the topic pages of the English edition sit beside them.
		const topics = readdirSync(join(editionDir, 'en/topics'), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name)
			.sort();

		expect(topics).toEqual(ENGLISH_TOPICS);
		for (const id of topics) {
			const feed = parseFeed(await read(`en/topics/${id}/atom.xml`));
			expect(feed.language ?? 'en').toBe('en');
			expect(feed.title).toMatch(/ — Razbor$/);
			expect(feed.title).not.toMatch(CYRILLIC);
			for (const item of feed.items) expect(item.url).toMatch(`${SITE.url}/en/articles/`);
		}
	});

	it('leaves the Russian feeds Russian: no English item, no English words', async () => {
		for (const path of ['rss.xml', 'atom.xml', 'feed.json', 'topics/union-state/rss.xml']) {
			const text = await read(path);
			const items: { url: string | null }[] = path.endsWith('.json')
				? (JSON.parse(text) as { items: { url: string }[] }).items
				: parseFeed(text).items;
			expect(items.length, path).toBeGreaterThan(0);
			for (const item of items) expect(item.url, path).not.toContain('/en/');
			expect(text, path).not.toContain('/og/en/');
			expect(text, path).not.toContain('Moscow time');
		}
	});
});

describe('the English edition’s share images', () => {
	const editionDir = inject('editionDir');

	it('draws a card for every English article, person, topic and timeline it has words for', () => {
		for (const [folder, ids] of [
			['articles', ENGLISH_ARTICLES],
			['people', idsIn('people/en')],
			['topics', ENGLISH_TOPICS],
			['timelines', idsIn('timelines/en')],
		] as const)
			expect(readdirSync(join(editionDir, 'og/en', folder)).sort(), folder).toEqual(
				ids.map((id) => `${id}.png`),
			);
		expect(existsSync(join(editionDir, 'og/en/site.png'))).toBe(true);
		expect(existsSync(join(editionDir, 'og/en/glossary.png'))).toBe(true);
	});

	it('draws an English card apart from the Russian one of the same article', async () => {
		const [russian, english] = await Promise.all(
			['og/articles', 'og/en/articles'].map((folder) =>
				readFile(join(editionDir, folder, `${ENGLISH_ARTICLES[0]}.png`)),
			),
		);

		expect(Buffer.compare(russian!, english!)).not.toBe(0);
	});
});
