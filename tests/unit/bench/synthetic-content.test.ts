import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { findBrokenReferences, type CollectionName } from '../../../src/model/references.ts';
import { parseArticleFile, type ParsedArticle } from '../../../src/loaders/parse-entry.ts';
import { readContentCatalog } from '../../bench/content-catalog.ts';
import {
	englishStandIn,
	generateArticles,
	reviseArticle,
	type ContentCatalog,
	type GeneratedArticle,
} from '../../bench/synthetic-content.ts';
import { renderMarkdown } from '../../helpers/markdown.ts';

const CONTENT = join(fileURLToPath(new URL('../../..', import.meta.url)), 'content');

/** Enough articles to meet every shape the generator draws, few enough to render quickly. */
const SAMPLE = 12;

/** Words a reader reads, counted independently of the generator: directive syntax removed. */
function readableWords(body: string): number {
	return body
		.replace(/:cite\{[^}]*\}/g, ' ')
		.replace(/^::\w+\{[^}]*\}$/gm, ' ')
		.replace(/^:::(?:\w+\[([^\]]*)\]\{[^}]*\})?$/gm, '$1')
		.replace(/:term\[([^\]]*)\]\{[^}]*\}/g, '$1')
		.split(/\s+/)
		.filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function parsed(article: GeneratedArticle): ParsedArticle {
	const result = parseArticleFile(`articles/${article.name}`, article.text, {
		imageFileExists: () => false,
	});
	if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
	return result.value;
}

let catalog: ContentCatalog;
let articles: GeneratedArticle[];

beforeAll(async () => {
	catalog = await readContentCatalog(CONTENT);
	articles = generateArticles(SAMPLE, { catalog });
});

describe('generateArticles', () => {
	test('gives the same files for the same count and seed', () => {
		const again = generateArticles(SAMPLE, { catalog });

		expect(again).toEqual(articles);
	});

	test('gives article i the same whatever the size of the set', () => {
		const fewer = generateArticles(3, { catalog });

		expect(fewer).toEqual(articles.slice(0, 3));
	});

	test('gives other files for another seed', () => {
		const other = generateArticles(3, { catalog, seed: 2 });

		expect(other.map((article) => article.text)).not.toEqual(
			articles.slice(0, 3).map((article) => article.text),
		);
	});

	test('names every file with a unique Latin kebab-case slug', () => {
		const names = generateArticles(500, { catalog, words: 50 }).map((article) => article.name);

		expect(new Set(names).size).toBe(500);
		for (const name of names) expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
	});

	test('writes bodies near the target word count', () => {
		const long = generateArticles(3, { catalog, words: 3000 });

		for (const article of articles) {
			const words = readableWords(parsed(article).body);
			expect(words).toBeGreaterThan(1200 * 0.9);
			expect(words).toBeLessThan(1200 * 1.1);
		}
		for (const article of long) {
			const words = readableWords(parsed(article).body);
			expect(words).toBeGreaterThan(3000 * 0.9);
			expect(words).toBeLessThan(3000 * 1.1);
		}
	});

	test('writes frontmatter that passes the real article schema, within its length limits', () => {
		for (const article of articles) {
			const { data } = parsed(article);

			expect(data.title.length).toBeGreaterThan(30);
			expect(data.dek.length).toBeGreaterThan(60);
			expect(data.keyPoints.length).toBeGreaterThanOrEqual(3);
			expect(data.keyPoints.length).toBeLessThanOrEqual(6);
			expect(data.topics.length).toBeGreaterThan(0);
			expect(data.people.length).toBeGreaterThan(0);
			expect(data.sources.length).toBeGreaterThan(0);
			expect(data.updates.length).toBeGreaterThan(0);
		}
	});

	test('spreads publication over time, in Moscow time', () => {
		const published = articles.map((article) => parsed(article).data.published.getTime());

		expect(published).toEqual([...published].sort((a, b) => a - b));
		expect(published.at(-1)! - published[0]!).toBeGreaterThan(SAMPLE * 3_600_000);
		for (const article of articles) expect(article.text).toMatch(/^published: \S+\+03:00$/m);
	});

	test('logs corrections as well as updates', () => {
		const updates = articles.flatMap((article) => parsed(article).data.updates);

		expect(updates.some((update) => update.correction)).toBe(true);
		expect(updates.some((update) => !update.correction)).toBe(true);
	});

	test('uses every directive in every article', () => {
		for (const article of articles) {
			const { body } = parsed(article);

			expect(body).toMatch(/^:::factbox\[[^\]]+\]\{#[a-z-]+\}$/m);
			expect(body).toMatch(/^::timeline\{#[a-z0-9-]+\}$/m);
			expect(body).toMatch(/^::chart\{#[a-z0-9-]+\}$/m);
			expect(body).toMatch(/:cite\{#[a-z0-9-]+\}/);
			expect(body).toMatch(/:term\[[^\]]+\]\{#[a-z0-9-]+\}/);
			expect(body).toMatch(/^## /m);
		}
	});

	test('renders through the real Markdown plugins and refers only to entries of content/', async () => {
		const ids = {
			articles: new Set(articles.map((article) => article.name.replace(/\.md$/, ''))),
			sources: new Set(catalog.sources),
			people: new Set(catalog.people),
			topics: new Set(catalog.topics),
			timelines: new Set(catalog.timelines),
			charts: new Set(catalog.charts),
			glossary: new Set(catalog.terms.map((term) => term.id)),
			maps: new Set<string>(),
			places: new Set<string>(),
		} satisfies Record<CollectionName, Set<string>>;

		const checked = await Promise.all(
			articles.map(async (article) => {
				const { data, bodyAtFileLines } = parsed(article);
				const { html, references } = await renderMarkdown(bodyAtFileLines, article.name, {
					rehype: true,
				});
				return { id: article.name, file: article.name, data, body: references!, html };
			}),
		);
		const problems = findBrokenReferences({
			articles: checked,
			timelines: [],
			charts: [],
			maps: [],
			places: [],
			ids,
			lineOf: () => undefined,
		});

		expect(problems).toEqual([]);
		for (const { html, body } of checked) {
			expect(html).toContain('class="fact-box"');
			expect(new Set(body.references.map((reference) => reference.kind))).toEqual(
				new Set(['source', 'term', 'timeline', 'chart']),
			);
		}
	});
});

describe('reviseArticle', () => {
	test('changes the headline and the body but keeps the file valid', () => {
		const [first] = articles;

		const revised = reviseArticle(first!);

		expect(revised.name).toBe(first!.name);
		expect(parsed(revised).data.title).not.toBe(parsed(first!).data.title);
		expect(parsed(revised).body).not.toBe(parsed(first!).body);
	});
});

describe('englishStandIn', () => {
	test('writes the decimals the English way and changes nothing else', () => {
		for (const article of articles) {
			const english = englishStandIn(article);

			expect(english.name).toBe(article.name);
			expect(english.text).not.toMatch(/\d,\d/);
			expect(english.text.replace(/(\d)\.(\d)/g, '$1,$2')).toBe(
				article.text.replace(/(\d)\.(\d)/g, '$1,$2'),
			);
		}
		expect(articles.some((article) => /\d,\d/.test(article.text))).toBe(true);
	});
});

describe('readContentCatalog', () => {
	test('reads the ids of the real content folders and the glossary wording', () => {
		expect(catalog.sources).toContain('r11-kremlin-talks');
		expect(catalog.timelines).toContain('visit-schedule');
		expect(catalog.terms).toContainEqual({ id: 'union-state', term: 'Союзное государство' });
	});

	test('refuses a folder without the entries articles need', async () => {
		await expect(readContentCatalog(join(CONTENT, 'articles'))).rejects.toThrow(/no entries in/);
	});
});
