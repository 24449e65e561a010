import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import {
	articleShareCard,
	chartFigure,
	chartShareCard,
	mapFigure,
	mapShareCard,
	numberFigure,
	photoFigure,
	glossaryShareCard,
	personShareCard,
	siteShareCard,
	timelineShareCard,
	topicShareCard,
} from '../../../src/og/cards.ts';
import { withPhoto } from '../../../src/og/photo.ts';
import { editionSite } from '../../../src/og/site-images.ts';
import { encodeOpaquePng } from '../../../src/og/png.ts';
import { renderShareImage } from '../../../src/og/render.ts';
import { shareCardElement, type ShareCard, type ShareElement } from '../../../src/og/template.ts';
import { ARTICLE_SCHEMAS, ArticleSchema } from '../../../src/schemas/article.ts';
import { ChartSchema } from '../../../src/schemas/chart.ts';
import { TimelineSchema } from '../../../src/schemas/timeline.ts';
import { SiteSchema } from '../../../src/site.ts';
import { decodeOpaquePng, differingPixels } from '../../helpers/png.ts';
import { VISIT_MAP, VISIT_PLACES } from './visit-map-fixture.ts';

/**
 * One golden image per card layout: each layout is drawn from fixed data and compared with the
 * PNG committed in tests/fixtures/og/, so that a change of font, layout or renderer shows. After
 * a deliberate change, `UPDATE_GOLDENS=1 npm run test:unit` redraws them; look at the new images
 * before committing them.
 */

const GOLDENS = fileURLToPath(new URL('../../fixtures/og/', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDENS'] === '1';

/** The share of pixels allowed to differ: antialiasing may move with a renderer's patch release. */
const TOLERANCE = 0.002;

const SITE = SiteSchema.parse({
	title: 'Разбор',
	description:
		'Объясняем одно событие: официальный визит Александра Лукашенко в Москву 13–14 марта 2025 года',
	lang: 'ru',
	ogLocale: 'ru_RU',
	timeZone: 'Europe/Moscow',
	timeZoneLabel: 'МСК',
	url: 'https://razbor.example',
	contactEmail: 'editors@razbor.example',
});

const ARTICLE = ArticleSchema.parse({
	title:
		'Почему визит Лукашенко в Москву был важен: перемирие, Уиткофф, выборы, договор и «Орешник»',
	shareTitle: 'Почему визит Лукашенко в Москву был важен: перемирие, выборы, договор',
	dek: 'Визит совпал с ожиданием ответа Москвы на предложение о перемирии.',
	kind: 'explainer',
	published: '2025-03-14T10:00:00+03:00',
	updates: [{ at: '2025-03-15T09:00:00+03:00', note: 'Уточнено.', correction: true }],
	keyPoints: ['Первое.', 'Второе.', 'Третье.'],
});

const ELECTION = ChartSchema.parse({
	title: 'Выборы президента Белоруссии 26 января 2025 года',
	description: 'Окончательные итоги ЦИК.',
	unit: '% голосов',
	suffix: '%',
	decimals: 2,
	bars: [
		{ label: 'Лукашенко', value: 86.82, sources: ['cec'] },
		{ label: 'Сыранков', value: 3.21, sources: ['cec'] },
		{ label: 'Гайдукевич', value: 2.02, sources: ['cec'] },
		{ label: 'Против всех кандидатов', value: 3.6, sources: ['cec'] },
	],
});

const TIMELINE = TimelineSchema.parse({
	title: 'Россия и Белоруссия: от договора о Сообществе 1996 года до парада Победы 2025 года',
	events: ['1996-04-02', '1997-04-02', '1999-12-08', '2025-03-13'].map((date, index) => ({
		id: `e${index}`,
		date,
		title: 'Событие',
		sources: ['s'],
	})),
});

/** The same explainer in the English edition (issue 20): its card is drawn with English words. */
const ENGLISH_ARTICLE = ARTICLE_SCHEMAS.en.parse({
	title:
		'Why Lukashenko’s visit to Moscow mattered: the ceasefire, Witkoff, the election, the treaty and Oreshnik',
	shareTitle: 'Why Lukashenko’s Moscow visit mattered: truce, election, treaty',
	dek: 'The visit came as Moscow’s answer to a ceasefire proposal was awaited.',
	kind: 'explainer',
	lang: 'en',
	published: '2025-03-14T10:00:00+03:00',
	updates: [{ at: '2025-03-15T09:00:00+03:00', note: 'Clarified.', correction: true }],
	keyPoints: ['First.', 'Second.', 'Third.'],
});

/** The election chart with the English words of content/charts/en/election-2025.yaml. */
const ENGLISH_ELECTION = ChartSchema.parse({
	...ELECTION,
	title: 'Belarus presidential election of 26 January 2025: final results',
	unit: '% of the vote',
	bars: ELECTION.bars.map((bar, index) => ({
		...bar,
		label: ['Lukashenko', 'Syrankov', 'Gaidukevich', 'Against all candidates'][index],
	})),
});

/** A hero photo the test draws: a gradient, red rising to the right and green downwards. */
const PHOTO = join(tmpdir(), 'razbor-golden-photo.png');

function gradientPhoto(width: number, height: number): Uint8Array {
	const pixels = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y += 1)
		for (let x = 0; x < width; x += 1)
			pixels.set([(x * 255) / width, (y * 255) / height, 128, 255], (y * width + x) * 4);
	return encodeOpaquePng({ width, height, pixels });
}

/** Every layout with the card that shows it. */
const LAYOUTS: Record<string, ShareCard> = {
	'article-chart': articleShareCard('why-the-visit-mattered', ARTICLE, SITE, chartFigure(ELECTION)),
	// The English edition's card: its kind, date and figure's values in English, “Razbor” below.
	'en-article-chart': articleShareCard(
		'why-the-visit-mattered',
		ENGLISH_ARTICLE,
		editionSite(SITE, 'en'),
		chartFigure(ENGLISH_ELECTION, 'en'),
		'en',
	),
	'article-map': articleShareCard(
		'kremlin-talks',
		{
			...ARTICLE,
			kind: 'news',
			shareTitle: 'Путин и Лукашенко ввели в силу договор о гарантиях безопасности',
		},
		SITE,
		mapFigure(VISIT_MAP, VISIT_PLACES),
	),
	'article-number': articleShareCard(
		'how-we-checked-the-report',
		{ ...ARTICLE, kind: 'factcheck', shareTitle: 'Как мы проверили отчёт о переговорах' },
		SITE,
		numberFigure('86,82\u00A0%', 'доля голосов за Лукашенко по окончательным итогам ЦИК'),
	),
	'article-photo': articleShareCard(
		'kremlin-talks',
		{ ...ARTICLE, kind: 'news', shareTitle: 'Переговоры в Кремле: что подписали' },
		SITE,
		photoFigure(PHOTO),
	),
	'article-text': articleShareCard(
		'what-we-know',
		{
			...ARTICLE,
			kind: 'qa',
			shareTitle: 'Что известно о визите Лукашенко в Москву — и чего мы не знаем',
		},
		SITE,
	),
	timeline: timelineShareCard('russia-belarus', TIMELINE, SITE),
	person: personShareCard(
		'lukashenko',
		{ name: 'Александр Лукашенко', role: 'президент Белоруссии', description: '.' },
		5,
		SITE,
	),
	topic: topicShareCard(
		'union-state',
		{
			title: 'Союзное государство',
			description: 'Договоры, институты и встречи союза России и Белоруссии.',
		},
		4,
		SITE,
	),
	glossary: glossaryShareCard(
		[
			{ term: 'Договор о гарантиях безопасности', definition: '.' },
			{ term: 'Орешник', definition: '.' },
			{ term: 'Союзное государство', definition: '.' },
		],
		SITE,
	),
	site: siteShareCard(SITE),
	chart: chartShareCard('election-2025', ELECTION, SITE),
	map: mapShareCard('visit-route', VISIT_MAP, VISIT_PLACES, SITE),
};

describe('share card layouts against their golden images', () => {
	beforeAll(async () => {
		await writeFile(PHOTO, gradientPhoto(1200, 675));
	});

	for (const [name, card] of Object.entries(LAYOUTS)) {
		test(`draws the ${name} card as committed`, async () => {
			const golden = join(GOLDENS, `${name}.png`);
			const png = await renderShareImage(shareCardElement(await withPhoto(card)));
			if (UPDATE) {
				await mkdir(GOLDENS, { recursive: true });
				await writeFile(golden, png);
			}
			expect(existsSync(golden), `${golden}: run UPDATE_GOLDENS=1 npm run test:unit`).toBe(true);

			const difference = differingPixels(
				decodeOpaquePng(png),
				decodeOpaquePng(await readFile(golden)),
			);

			if (difference > TOLERANCE) {
				// Left where it can be compared with the golden by eye.
				const actual = join(tmpdir(), `razbor-golden-${name}.png`);
				await writeFile(actual, png);
				expect.fail(
					`${name}: ${(difference * 100).toFixed(2)} % of pixels differ; drawn: ${actual}`,
				);
			}
		});
	}

	test('tells a changed card from its golden', async () => {
		const card = { ...LAYOUTS['person']!, headline: 'Владимир Путин' };
		const png = await renderShareImage(shareCardElement(card));

		const difference = differingPixels(
			decodeOpaquePng(png),
			decodeOpaquePng(await readFile(join(GOLDENS, 'person.png'))),
		);

		expect(difference).toBeGreaterThan(TOLERANCE);
	});
});

/** The font size of every text in `element`, inherited as CSS inherits it (satori's default 16). */
function textSizes(element: ShareElement, inherited = 16): number[] {
	const size = Number(element.props.style['fontSize'] ?? inherited);
	const { children } = element.props;
	if (typeof children === 'string') return children.trim() === '' ? [] : [size];
	return (children ?? []).flatMap((child) => textSizes(child, size));
}

describe('every card layout', () => {
	beforeAll(async () => {
		await writeFile(PHOTO, gradientPhoto(1200, 675));
	});

	test('sets no text under 28 px, so that it reads in a chat 400 px wide', async () => {
		for (const [name, card] of Object.entries(LAYOUTS)) {
			const sizes = textSizes(shareCardElement(await withPhoto(card)));

			expect(sizes.length, name).toBeGreaterThan(0);
			expect(Math.min(...sizes), name).toBeGreaterThanOrEqual(28);
		}
	});

	test('tells two articles apart by colour, the map cards’ route and places too', () => {
		const other = articleShareCard(
			'visit-in-numbers',
			{ ...ARTICLE, kind: 'news' },
			SITE,
			mapFigure(VISIT_MAP, VISIT_PLACES),
		);
		const mapOf = (card: ShareCard) => {
			const tree = JSON.stringify(shareCardElement(card));
			const src = /data:image\/svg\+xml;base64,([^"]+)/.exec(tree)![1]!;
			return Buffer.from(src, 'base64').toString('utf8');
		};

		expect(other.accent).not.toBe(LAYOUTS['article-map']!.accent);
		expect(mapOf(other)).toContain(`stroke="${other.accent!}"`);
		expect(mapOf(LAYOUTS['article-map']!)).toContain(`stroke="${LAYOUTS['article-map']!.accent!}"`);
	});
});
