import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
	articleShareCard,
	chartFigure,
	mapFigure,
	mapShareCard,
	siteShareCard,
} from '../../../src/og/cards.ts';
import { placeShareImages } from '../../../src/og/drawn-images.ts';
import { shareImageFile } from '../../../src/og/index.ts';
import {
	articleShareImage,
	leadFigureOnCard,
	siteShareImage,
	siteShareImages,
	type ArticleCardEntry,
	type ShareImageContent,
} from '../../../src/og/site-images.ts';
import { ChartSchema } from '../../../src/schemas/chart.ts';
import { MapSchema } from '../../../src/schemas/map.ts';
import { TimelineSchema } from '../../../src/schemas/timeline.ts';
import { SITE } from '../../../src/site.ts';
import { VISIT_PLACES } from './visit-map-fixture.ts';

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

const MAPS = new Map([
	[
		'route',
		MapSchema.parse({
			title: 'Маршрут',
			description: 'Карта.',
			places: ['minsk', 'moscow'],
			route: ['minsk', 'moscow'],
		}),
	],
]);

const CHARTS = new Map([
	[
		'votes',
		ChartSchema.parse({
			title: 'Голоса',
			description: 'Итоги.',
			unit: '%',
			bars: [{ label: 'Лукашенко', value: 86.82, sources: ['cec'] }],
		}),
	],
]);

describe('leadFigureOnCard', () => {
	const content = { charts: CHARTS, maps: MAPS, places: VISIT_PLACES };

	test('draws the map, the chart or the key number the article leads with', () => {
		expect(leadFigureOnCard({ kind: 'map', id: 'route' }, content)).toEqual(
			mapFigure(MAPS.get('route')!, VISIT_PLACES),
		);
		expect(leadFigureOnCard({ kind: 'chart', id: 'votes' }, content)).toEqual(
			chartFigure(CHARTS.get('votes')!),
		);
		expect(leadFigureOnCard({ kind: 'number', value: '2 дня', caption: 'визит' }, content)).toEqual(
			{ kind: 'number', value: '2 дня', caption: 'визит' },
		);
	});

	test('draws the hero photo from its file, read when the card is drawn', () => {
		expect(leadFigureOnCard({ kind: 'hero' }, content, '/content/articles/images/a.jpg')).toEqual({
			kind: 'photo',
			file: '/content/articles/images/a.jpg',
		});
	});

	test('draws nothing for a hero without its file, an unknown id or no lead figure', () => {
		expect(leadFigureOnCard({ kind: 'hero' }, content)).toBeUndefined();
		expect(leadFigureOnCard({ kind: 'chart', id: 'missing' }, content)).toBeUndefined();
		expect(leadFigureOnCard(undefined, content)).toBeUndefined();
	});
});

describe('siteShareImages', () => {
	const content: ShareImageContent = {
		articles: [
			{ ...OLDER, leadFigure: { kind: 'chart', id: 'votes' } },
			{
				...entry('talks', 'Переговоры', '2025-03-14T12:00:00+03:00'),
				leadFigure: { kind: 'map', id: 'route' },
			},
			entry('draft', 'Черновик', '2025-03-15T12:00:00+03:00', true),
		],
		charts: CHARTS,
		maps: MAPS,
		places: VISIT_PLACES,
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

	test('gives every published article, chart, map, timeline, person and topic its own image, and the glossary one', () => {
		expect(siteShareImages(content, SITE).map((image) => image.path)).toEqual([
			'/og/articles/older.png',
			'/og/articles/talks.png',
			'/og/charts/votes.png',
			'/og/glossary.png',
			'/og/maps/route.png',
			'/og/people/putin.png',
			'/og/site.png',
			'/og/timelines/visit.png',
			'/og/topics/union.png',
		]);
	});

	test("draws an article's lead figure and counts the published articles of people and topics", () => {
		const images = new Map(siteShareImages(content, SITE).map((image) => [image.path, image.card]));

		expect(images.get('/og/articles/older.png')?.figure?.kind).toBe('bars');
		expect(images.get('/og/articles/talks.png')?.figure?.kind).toBe('map');
		expect(images.get('/og/maps/route.png')).toEqual(
			mapShareCard('route', MAPS.get('route')!, VISIT_PLACES, SITE),
		);
		expect(images.get('/og/people/putin.png')?.footerEnd).toBe('2\u00A0материала');
		expect(images.get('/og/topics/union.png')?.figure).toMatchObject({ value: '2' });
	});

	test('includes drafts when asked, as astro dev shows them', () => {
		const paths = siteShareImages(content, SITE, { drafts: true }).map((image) => image.path);

		expect(paths).toContain('/og/articles/draft.png');
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

		await placeShareImages(drawn, join(dir, 'site'));

		for (const { path, file } of drawn) {
			const copied = await readFile(join(dir, 'site', path));
			expect(copied.subarray(1, 4).toString()).toBe('PNG');
			expect(Buffer.compare(copied, await readFile(file))).toBe(0);
		}
	});

	test('links each image to its cache file (no bytes written, no new inode), also over an earlier one', async () => {
		const site = siteShareImage(SITE);
		const file = await shareImageFile(site.card);
		await mkdir(join(dir, 'site/og'), { recursive: true });
		await writeFile(join(dir, 'site/og/site.png'), 'an image of an earlier build');

		await placeShareImages([{ path: site.path, file }], join(dir, 'site'));

		const placed = await stat(join(dir, 'site/og/site.png'));
		expect(placed.ino).toBe((await stat(file)).ino);
		expect(placed.nlink).toBe(2);
	});

	test('copies an image where the site is on another file system than the cache', async () => {
		const site = siteShareImage(SITE);
		const file = await shareImageFile(site.card);
		// /dev/shm is a tmpfs, the temporary folder is not: a hard link between them fails with EXDEV.
		const elsewhere = await mkdtemp('/dev/shm/razbor-site-');
		try {
			expect((await stat(elsewhere)).dev).not.toBe((await stat(file)).dev);

			await placeShareImages([{ path: site.path, file }], elsewhere);

			const placed = join(elsewhere, site.path);
			expect((await stat(placed)).ino).not.toBe((await stat(file)).ino);
			expect(Buffer.compare(await readFile(placed), await readFile(file))).toBe(0);
		} finally {
			await rm(elsewhere, { recursive: true, force: true });
		}
	});

	test('takes an image drawn before from the cache instead of drawing it again', async () => {
		const site = siteShareImage(SITE);
		const file = await shareImageFile(site.card);
		// A marker written over the cached image proves the next drawing reads the file.
		await writeFile(file, 'cached');

		const again = await shareImageFile(site.card);
		await placeShareImages([{ path: site.path, file: again }], join(dir, 'site'));

		expect(await readFile(join(dir, 'site/og/site.png'), 'utf8')).toBe('cached');
	});
});
