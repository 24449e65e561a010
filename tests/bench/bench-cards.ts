/**
 * `npm run bench:cards -- [--rounds 20]`
 *
 * Draws one share card of every layout (an article with and without its lead chart, a
 * timeline, a person, a topic, the glossary, the site, a chart for the feeds) from the
 * edition's own content, `--rounds` times, and prints the CPU time of each step of a card:
 * satori's layout into SVG, resvg's parsing and rasterising, taking the pixels out, and the PNG
 * encoding of src/og/png.ts. CPU time rather than wall time, so that other work on the machine
 * weighs less. The steps are the ones src/og/render.ts takes, called one by one.
 *
 * A benchmark, not a test: it prints figures and asserts nothing about them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { parseArticleFile, parseDataFile } from '../../src/loaders/parse-entry.ts';
import {
	articleShareCard,
	chartFigure,
	chartShareCard,
	glossaryShareCard,
	mapFigure,
	mapShareCard,
	numberFigure,
	personShareCard,
	siteShareCard,
	timelineShareCard,
	topicShareCard,
} from '../../src/og/cards.ts';
import { loadShareFonts } from '../../src/og/fonts.ts';
import { opaquePng } from '../../src/og/png.ts';
import { SHARE_IMAGE } from '../../src/og/share-image.ts';
import { shareCardElement, type ShareCard } from '../../src/og/template.ts';
import { ChartSchema } from '../../src/schemas/chart.ts';
import { MapSchema } from '../../src/schemas/map.ts';
import { PlaceSchema } from '../../src/schemas/place.ts';
import { PersonSchema } from '../../src/schemas/person.ts';
import { TermSchema } from '../../src/schemas/term.ts';
import { TimelineSchema } from '../../src/schemas/timeline.ts';
import { TopicSchema } from '../../src/schemas/topic.ts';
import { SITE } from '../../src/site.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** The steps of drawing a card, in order. */
export const CARD_STEPS = ['satori', 'resvg parse', 'resvg render', 'pixels', 'png'] as const;

/** CPU milliseconds per card, by step, and the mean PNG size in bytes. */
export interface CardTiming {
	steps: Record<(typeof CARD_STEPS)[number], number>;
	bytes: number;
}

/** Reads `content/<folder>/<id>.yaml` against `schema`, failing on a problem. */
async function data<T>(folder: string, id: string, schema: { parse(value: unknown): T }) {
	const file = join(CONTENT, folder, `${id}.yaml`);
	const parsed = parseDataFile(file, await readFile(file, 'utf8'), schema as never);
	if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
	return parsed.value as T;
}

/** One card of every layout, from the edition's files. */
export async function editionCards(): Promise<Record<string, ShareCard>> {
	const articleFile = join(CONTENT, 'articles', 'kremlin-talks.md');
	const article = parseArticleFile(articleFile, await readFile(articleFile, 'utf8'), {
		imageFileExists: () => true,
	});
	if (!article.ok) throw new Error(`${articleFile}: ${JSON.stringify(article.problems)}`);
	const chart = await data('charts', 'election-2025', ChartSchema);
	const map = await data('maps', 'visit-route', MapSchema);
	const places = new Map(
		await Promise.all(
			map.places.map(async (id) => [id, await data('places', id, PlaceSchema)] as const),
		),
	);
	const terms = await Promise.all(
		['ceasefire-30-days', 'cec-belarus', 'eaeu'].map((id) => data('glossary', id, TermSchema)),
	);
	return {
		'article-chart': articleShareCard(
			'kremlin-talks',
			article.value.data,
			SITE,
			chartFigure(chart),
		),
		'article-map': articleShareCard(
			'kremlin-talks',
			article.value.data,
			SITE,
			mapFigure(map, places),
		),
		'article-number': articleShareCard(
			'kremlin-talks',
			article.value.data,
			SITE,
			numberFigure('86,82 %', 'голосов за Лукашенко по окончательным итогам ЦИК'),
		),
		'article-text': articleShareCard('kremlin-talks', article.value.data, SITE),
		timeline: timelineShareCard(
			'visit-schedule',
			await data('timelines', 'visit-schedule', TimelineSchema),
			SITE,
		),
		person: personShareCard('putin', await data('people', 'putin', PersonSchema), 5, SITE),
		topic: topicShareCard('union-state', await data('topics', 'union-state', TopicSchema), 4, SITE),
		glossary: glossaryShareCard(terms, SITE),
		site: siteShareCard(SITE),
		chart: chartShareCard('election-2025', chart, SITE),
		map: mapShareCard('visit-route', map, places, SITE),
	};
}

/** CPU time of this process so far, in milliseconds. */
function cpuNow(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/** Draws each card `rounds` times, step by step, and gives the CPU time per card of each step. */
export async function timeCards(cards: readonly ShareCard[], rounds: number): Promise<CardTiming> {
	const fonts = [...(await loadShareFonts())];
	const steps = Object.fromEntries(CARD_STEPS.map((step) => [step, 0])) as CardTiming['steps'];
	let bytes = 0;
	for (let round = 0; round < rounds; round++)
		for (const card of cards) {
			let start = cpuNow();
			const lap = (step: keyof CardTiming['steps']) => {
				const now = cpuNow();
				steps[step] += now - start;
				start = now;
			};
			const svg = await satori(shareCardElement(card), {
				width: SHARE_IMAGE.width,
				height: SHARE_IMAGE.height,
				fonts,
			});
			lap('satori');
			const resvg = new Resvg(svg, {
				fitTo: { mode: 'original' },
				font: { loadSystemFonts: false },
			});
			lap('resvg parse');
			const rendered = resvg.render();
			lap('resvg render');
			const image = { width: rendered.width, height: rendered.height, pixels: rendered.pixels };
			lap('pixels');
			const png = opaquePng(image) ?? rendered.asPng();
			lap('png');
			bytes += png.length;
		}
	const count = rounds * cards.length;
	for (const step of CARD_STEPS) steps[step] /= count;
	return { steps, bytes: bytes / count };
}

/** The figures as lines of text. */
export function formatCardTiming(timing: CardTiming, label: string): string[] {
	const total = CARD_STEPS.reduce((sum, step) => sum + timing.steps[step], 0);
	return [
		`${label}: CPU ms per card`,
		...CARD_STEPS.map((step) => `  ${step.padEnd(14)}${timing.steps[step].toFixed(2).padStart(7)}`),
		`  ${'total'.padEnd(14)}${total.toFixed(2).padStart(7)}   PNG ${(timing.bytes / 1024).toFixed(1)} KB`,
	];
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		args: process.argv.slice(2),
		strict: true,
		options: { rounds: { type: 'string', default: '20' } },
	});
	const rounds = Number(values.rounds);
	if (!Number.isInteger(rounds) || rounds < 1)
		throw new Error(`--rounds needs a positive integer, not «${values.rounds}»`);
	const cards = await editionCards();
	// One round first, unmeasured: it loads the fonts and warms up the code.
	await timeCards(Object.values(cards), 1);
	for (const [name, card] of Object.entries(cards))
		console.log(formatCardTiming(await timeCards([card], rounds), name).join('\n'));
	console.log(
		formatCardTiming(await timeCards(Object.values(cards), rounds), 'all layouts').join('\n'),
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
