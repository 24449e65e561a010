import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { all, attr, readPage, text } from '../helpers/html.ts';

/** One article's part of the fact checklist: the fact-sheet rows it states and how to find them. */
interface FactMap {
	article: string;
	facts: { row: string; phrases: string[] }[];
}

const FACT_MAP_DIR = join(ROOT, 'tests/content/fact-map');
const FACT_ROW = /^[SC](0[1-9]|[12]\d|30)$/;
/** Every fact of the source report: each must be stated somewhere or left out with a reason. */
const REPORT_ROWS = Array.from(
	{ length: 30 },
	(_, index) => `S${String(index + 1).padStart(2, '0')}`,
);

/** Whether `text` opens a «ёлочка» inside another: «…«…»…» instead of «…„…“…». */
function nestsQuotes(text: string): boolean {
	let depth = 0;
	for (const character of text) {
		if (character === '«' && ++depth > 1) return true;
		if (character === '»') depth = Math.max(0, depth - 1);
	}
	return false;
}

async function readFactMaps(): Promise<{
	maps: FactMap[];
	omitted: { row: string; reason: string }[];
}> {
	const names = (await readdir(FACT_MAP_DIR)).filter((name) => name.endsWith('.json')).sort();
	const maps: FactMap[] = [];
	let omitted: { row: string; reason: string }[] = [];
	for (const name of names) {
		const json: unknown = JSON.parse(await readFile(join(FACT_MAP_DIR, name), 'utf8'));
		if (name === 'omitted.json') omitted = (json as { omitted: typeof omitted }).omitted;
		else maps.push(json as FactMap);
	}
	return { maps, omitted };
}

describe('the Russian edition in content/', () => {
	const editionDir = inject('editionDir');
	let slugs: string[];
	const pages = new Map<string, Root>();

	beforeAll(async () => {
		slugs = (await readdir(join(ROOT, 'content/articles')))
			.map((name) => name.replace(/\.md$/, ''))
			.sort();
		for (const slug of slugs)
			pages.set(slug, await readPage(editionDir, `articles/${slug}/index.html`));
	});

	it('maps every fact of the report to an article or to a reason it is left out', async () => {
		const { maps, omitted } = await readFactMaps();
		const stated = new Set(maps.flatMap((map) => map.facts.map((fact) => fact.row)));
		const left = new Map(omitted.map((entry) => [entry.row, entry.reason]));
		const unmapped = REPORT_ROWS.filter((row) => !stated.has(row) && !left.get(row)?.trim());
		expect(unmapped).toEqual([]);
		for (const row of [...stated, ...left.keys()]) expect(row).toMatch(FACT_ROW);
	});

	it('states every mapped fact on the built page of its article', async () => {
		const { maps } = await readFactMaps();
		const missing: string[] = [];
		for (const map of maps) {
			const page = pages.get(map.article);
			expect(page, `fact map names an unknown article «${map.article}»`).toBeDefined();
			const body = text(page!);
			for (const fact of map.facts) {
				for (const phrase of fact.phrases)
					if (!body.includes(phrase.replace(/\s+/g, ' ')))
						missing.push(`${map.article} ${fact.row}: «${phrase}»`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('gives every article «Главное», a fact box or a timeline, inline citations and a sources list', () => {
		expect(slugs.length).toBeGreaterThanOrEqual(6);
		for (const [slug, page] of pages) {
			const points = all(page, '.key-points li');
			expect(points.length, slug).toBeGreaterThanOrEqual(3);
			expect(points.length, slug).toBeLessThanOrEqual(6);
			expect(all(page, 'aside.fact-box, section.timeline').length, slug).toBeGreaterThan(0);
			expect(all(page, '.article__body sup.cite a').length, slug).toBeGreaterThan(0);
			expect(all(page, 'ol.source-list > li').length, slug).toBeGreaterThan(0);
		}
	});

	it('cites only sources that have a publisher and a date', () => {
		for (const [slug, page] of pages) {
			const cited = new Set(
				all(page, '.article__body sup.cite a').map((link) => attr(link, 'href')?.slice(1)),
			);
			for (const item of all(page, 'ol.source-list > li')) {
				if (!cited.has(attr(item, 'id'))) continue;
				expect(
					text(all(item, '.source-list__publisher')[0]!),
					`${slug} ${attr(item, 'id')}`,
				).not.toBe('');
				// A date, or the explicit note that the page shows none (never a guessed date).
				const dated =
					all(item, 'time').length === 1 || all(item, '.source-list__undated').length === 1;
				expect(dated, `${slug} ${attr(item, 'id')} has no date`).toBe(true);
			}
		}
	});

	it('never cites a source published after the article last changed', () => {
		const late: string[] = [];
		for (const [slug, page] of pages) {
			const modified = all(page, '.article__dates time')
				.map((time) => attr(time, 'dateTime')!)
				.sort()
				.at(-1)!;
			const cited = new Set(
				all(page, '.article__body sup.cite a').map((link) => attr(link, 'href')?.slice(1)),
			);
			for (const item of all(page, 'ol.source-list > li')) {
				const published = all(item, 'time')[0];
				if (!cited.has(attr(item, 'id')) || !published) continue;
				// Compare calendar days: a source dated 2025-03-25 is later than an article of 2025-03-14.
				if (attr(published, 'dateTime')!.slice(0, 10) > modified.slice(0, 10))
					late.push(`${slug}: ${attr(item, 'id')}`);
			}
		}
		expect(late).toEqual([]);
	});

	it('names a source for every figure in a fact box', () => {
		for (const [slug, page] of pages) {
			for (const item of all(page, 'aside.fact-box .fact-box__item')) {
				if (/\d/.test(text(item)))
					expect(all(item, 'sup.cite').length, `${slug}: ${text(item)}`).toBeGreaterThan(0);
			}
		}
	});

	it('names every source by its title or a description, never a [placeholder]', async () => {
		const sourcesPage = await readPage(editionDir, 'sources/index.html');
		const entries = [
			...[...pages].flatMap(([slug, page]) =>
				all(page, 'ol.source-list > li').map((item) => [slug, item] as const),
			),
			...all(sourcesPage, 'li[id]').map((item) => ['sources', item] as const),
		];
		expect(entries.length).toBeGreaterThan(90);
		const bracketed = entries
			.map(([where, item]) => `${where}: ${text(item)}`)
			.filter((entry) => /\[[^\]]*\]/.test(entry));

		expect(bracketed).toEqual([]);
	});

	it('never nests «ёлочки» on any page: quotes inside quotes are „лапки“', async () => {
		const files = (await readdir(editionDir, { recursive: true })).filter((path) =>
			path.endsWith('.html'),
		);
		const nested: string[] = [];
		for (const file of files) {
			const page = await readPage(editionDir, file);
			if (nestsQuotes(text(page))) nested.push(file);
		}

		expect(files.length).toBeGreaterThan(30);
		expect(nested).toEqual([]);
	});

	it('uses Russian quotation marks and dashes in the article text', () => {
		// Source titles are quoted as published, so only our own text is checked.
		for (const [slug, page] of pages) {
			const body = all(page, 'article header, .key-points, .article__body, .article__updates')
				.map(text)
				.join(' ');
			// „Лапки“ nest inside «ёлочки» and close with “; any other “, ” or " is the wrong mark.
			expect(body.replace(/„[^„“”"]*“/g, ''), slug).not.toMatch(/["“”„]/);
			expect(body, slug).not.toMatch(/\s-\s/);
		}
	});
});
