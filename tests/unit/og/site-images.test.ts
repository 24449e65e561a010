import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { articleShareCard, siteShareCard } from '../../../src/og/cards.ts';
import { copyShareImages } from '../../../src/og/drawn-images.ts';
import { shareImageFile } from '../../../src/og/index.ts';
import {
	articleShareImage,
	leadChartId,
	siteShareImage,
	siteShareImages,
	type ArticleCardEntry,
	type ShareImageContent,
} from '../../../src/og/site-images.ts';
import { ChartSchema } from '../../../src/schemas/chart.ts';
import { TimelineSchema } from '../../../src/schemas/timeline.ts';
import { SITE } from '../../../src/site.ts';

/** An article entry as the content store holds it. */
function entry(id: string, title: string, published: string, draft = false): ArticleCardEntry {
	return {
		id,
		data: {
			title,
			kind: 'news',
			published: new Date(published),
			updates: [],
			draft,
			topics: ['union'],
			people: ['putin'],
		},
	};
}

const OLDER = entry('older', 'Переговоры в Кремле', '2025-03-13T12:00:00+03:00');

describe('siteShareImage', () => {
	test('is the site card at /og/site.png', () => {
		expect(siteShareImage(SITE)).toEqual({ path: '/og/site.png', card: siteShareCard(SITE) });
	});
});

describe('articleShareImage', () => {
	test("gives a published article's image path and the card its pages describe", () => {
		expect(articleShareImage(OLDER, SITE)).toEqual({
			path: '/og/articles/older.png',
			card: articleShareCard('older', OLDER.data, SITE),
		});
	});

	test('gives a draft no image', () => {
		const draft = entry('draft', 'Черновик', '2025-03-15T12:00:00+03:00', true);

		expect(articleShareImage(draft, SITE)).toBeUndefined();
	});
});

describe('siteShareImages', () => {
	const content: ShareImageContent = {
		articles: [
			{ ...OLDER, leadChart: 'votes' },
			entry('draft', 'Черновик', '2025-03-15T12:00:00+03:00', true),
		],
		charts: new Map([
			[
				'votes',
				ChartSchema.parse({
					title: 'Голоса',
					description: 'Итоги.',
					unit: '%',
					bars: [{ label: 'Лукашенко', value: 86.82, sources: ['cec'] }],
				}),
			],
		]),
		timelines: new Map([
			[
				'visit',
				TimelineSchema.parse({
					title: 'Визит',
					events: [{ id: 'a', date: '2025-03-13', title: 'Прилёт', sources: ['s'] }],
				}),
			],
		]),
		people: new Map([
			['putin', { name: 'Владимир Путин', role: 'президент России', description: '.' }],
		]),
		topics: new Map([['union', { title: 'Союз', description: 'О союзе.' }]]),
		glossary: new Map([['treaty', { term: 'Договор', definition: '.' }]]),
	};

	test('gives every published article, chart, timeline, person and topic its own image, and the glossary one', () => {
		expect(siteShareImages(content, SITE).map((image) => image.path)).toEqual([
			'/og/articles/older.png',
			'/og/charts/votes.png',
			'/og/glossary.png',
			'/og/people/putin.png',
			'/og/site.png',
			'/og/timelines/visit.png',
			'/og/topics/union.png',
		]);
	});

	test("draws an article's lead chart and counts the published articles of people and topics", () => {
		const images = new Map(siteShareImages(content, SITE).map((image) => [image.path, image.card]));

		expect(images.get('/og/articles/older.png')?.figure?.kind).toBe('bars');
		expect(images.get('/og/people/putin.png')?.footerEnd).toBe('1\u00A0материал');
		expect(images.get('/og/topics/union.png')?.figure).toMatchObject({ value: '1' });
	});

	test('includes drafts when asked, as astro dev shows them', () => {
		const paths = siteShareImages(content, SITE, { drafts: true }).map((image) => image.path);

		expect(paths).toContain('/og/articles/draft.png');
	});
});

describe('leadChartId', () => {
	test('is the first chart the body embeds, in body order', () => {
		expect(
			leadChartId([
				{ kind: 'source', id: 'kremlin' },
				{ kind: 'chart', id: 'trade' },
				{ kind: 'chart', id: 'votes' },
			]),
		).toBe('trade');
		expect(leadChartId([{ kind: 'timeline', id: 'visit' }])).toBeUndefined();
	});
});

describe('drawing and copying', () => {
	let dir: string;

	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'razbor-site-images-'));
		vi.stubEnv('RAZBOR_CACHE_DIR', join(dir, 'cache'));
	});

	afterEach(async () => {
		vi.unstubAllEnvs();
		await rm(dir, { recursive: true, force: true });
	});

	test('copies each drawn image from the cache to its path in the site', async () => {
		const images = [siteShareImage(SITE), articleShareImage(OLDER, SITE)!];
		const drawn = [];
		for (const { path, card } of images) drawn.push({ path, file: await shareImageFile(card) });

		await copyShareImages(drawn, join(dir, 'site'));

		for (const { path, file } of drawn) {
			const copied = await readFile(join(dir, 'site', path));
			expect(copied.subarray(1, 4).toString()).toBe('PNG');
			expect(Buffer.compare(copied, await readFile(file))).toBe(0);
		}
	});

	test('takes an image drawn before from the cache instead of drawing it again', async () => {
		const site = siteShareImage(SITE);
		const file = await shareImageFile(site.card);
		// A marker written over the cached image proves the next drawing reads the file.
		await writeFile(file, 'cached');

		const again = await shareImageFile(site.card);
		await copyShareImages([{ path: site.path, file: again }], join(dir, 'site'));

		expect(await readFile(join(dir, 'site/og/site.png'), 'utf8')).toBe('cached');
	});
});
