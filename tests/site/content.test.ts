import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { all, attr, one, readPage, text } from '../helpers/html.ts';

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

/** A moment's calendar day in Moscow, `2026-11-26`: datelines are Moscow time. */
function moscowDay(moment: string): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date(moment));
}

/**
 * When a file was first committed (the author date, which survives rebases), or `undefined` when
 * the checkout has no history for it: a shallow clone, an export without .git.
 */
function firstCommitted(file: string): string | undefined {
	try {
		const log = execFileSync(
			'git',
			['log', '--follow', '--diff-filter=A', '--format=%aI', '--', file],
			{ cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
		);
		return log.trim().split('\n').at(-1) || undefined;
	} catch {
		return undefined;
	}
}

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
			// Files only: en/ holds the English edition (issue 20), which has pages of its own.
			.filter((name) => name.endsWith('.md'))
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

	it('publishes no article before its file was first committed', (context) => {
		const early: string[] = [];
		let checked = 0;
		for (const [slug, page] of pages) {
			const committed = firstCommitted(`content/articles/${slug}.md`);
			if (!committed) continue;
			checked += 1;
			const published = attr(one(page, 'meta[property="article:published_time"]'), 'content')!;
			if (moscowDay(published) < moscowDay(committed))
				early.push(`${slug}: published ${published}, first committed ${committed}`);
		}
		if (checked === 0) context.skip('git log has no history for content/articles/ here');

		expect(early).toEqual([]);
	});

	it('dates no publication or change later than the build', () => {
		const now = Date.now();
		const future: string[] = [];
		for (const [slug, page] of pages) {
			const moments = [
				attr(one(page, 'meta[property="article:published_time"]'), 'content')!,
				attr(one(page, 'meta[property="article:modified_time"]'), 'content')!,
				...all(page, '.article__dates time, .article__updates time').map((time) =>
					attr(time, 'dateTime')!,
				),
			];
			for (const moment of moments)
				if (new Date(moment).getTime() > now) future.push(`${slug}: ${moment}`);
		}

		expect(future).toEqual([]);
	});

	it('says beside the dateline that each piece was written after the events', () => {
		for (const [slug, page] of pages) {
			const note = all(page, 'article header .article__retrospective');
			expect(note, slug).toHaveLength(1);
			expect(text(note[0]!), slug).toMatch(/(написан|составлен|сделан)\S* после (событий|визита)/);
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
			// What a screen reader says and a tooltip shows: the labels too.
			for (const element of all(page, '[aria-label], [title], [alt]'))
				for (const name of ['ariaLabel', 'title', 'alt'])
					if (nestsQuotes(attr(element, name) ?? '')) nested.push(`${file} [${name}]`);
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
