import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordCacheUse } from '../../cache/cache-session.ts';
import { onCollectionSynced, type SyncedEntry } from '../../loaders/synced-collections.ts';
import { copyShareImages, type DrawnShareImage } from '../../og/drawn-images.ts';
import { leadFigure, type LeadFigureInput } from '../../model/lead-figure.ts';
import {
	siteShareImages,
	type ArticleCardEntry,
	type ShareImageContent,
	type SiteShareImage,
} from '../../og/site-images.ts';
import { shareTitleWarning } from '../../og/share-title.ts';
import { SITE } from '../../site.ts';
import type { DrawAnswer, DrawRequest } from './draw.ts';

/** The drawing process of one build: images go in as they are known, drawn ones come back. */
interface Drawing {
	draw(image: SiteShareImage): void;
	/** No more images: the process draws what it has, then ends. */
	end(): void;
	/** Resolves with every drawn image once the process is done; rejects when drawing failed. */
	drawn: Promise<DrawnShareImage[]>;
	/** Keeps this process alive until the drawing is done (the build now waits for it). */
	hold(): void;
}

/**
 * Forks ./draw.ts, which draws on the other core while this process builds the pages, into the
 * build cache of the project in `root` at `cacheDir` (Astro's, whatever the working folder).
 */
function startDrawing(root: URL, cacheDir: URL): Drawing {
	const child: ChildProcess = fork(fileURLToPath(new URL('./draw.ts', import.meta.url)), [], {
		// resvg gives an image's pixels back in a finalizer, which runs after V8 collects the
		// object; a small young generation collects often, which halves the process's peak memory
		// (1,000 images: 223 instead of 438 MiB) at no cost in time.
		execArgv: ['--max-semi-space-size=2'],
		cwd: fileURLToPath(root),
		env: { ...process.env, RAZBOR_CACHE_DIR: fileURLToPath(cacheDir) },
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	const drawn: DrawnShareImage[] = [];
	const finished = new Promise<DrawnShareImage[]>((resolve, reject) => {
		child.on('message', (answer: DrawAnswer) => {
			if ('drawn' in answer) drawn.push(answer.drawn);
			else if ('done' in answer) resolve(drawn);
			else reject(new Error(`Обложки для соцсетей не нарисованы: ${answer.failed}`));
		});
		child.on('error', reject);
		// 'close' comes after the channel has delivered every answer ('exit' may come before).
		child.on('close', (code, signal) => {
			reject(new Error(`Процесс обложек завершился раньше времени (${signal ?? `код ${code}`})`));
		});
	});
	// Until the build asks for the result, the drawing must not keep a failed build alive.
	finished.catch(() => undefined);
	child.unref();
	child.channel?.unref();
	const send = (request: DrawRequest) => child.send(request);
	return {
		draw: (image) => send({ image }),
		end: () => send({ end: true }),
		drawn: finished,
		hold: () => {
			child.ref();
			child.channel?.ref();
		},
	};
}

/** The collections every share image is drawn from; the cards are known once all have synced. */
const CARD_COLLECTIONS = [
	'articles',
	'charts',
	'maps',
	'places',
	'timelines',
	'people',
	'topics',
	'glossary',
] as const;

type CardCollection = (typeof CARD_COLLECTIONS)[number];

/** Entries by id, with their data as the schema of the collection gives it. */
function byId<T>(entries: readonly SyncedEntry[]): Map<string, T> {
	return new Map(entries.map((entry) => [entry.id, entry.data as unknown as T]));
}

/**
 * The hero photo of an article entry on disk: the store keeps `hero.src` as the editor wrote it,
 * relative to the article's file, which is relative to the project in `root`.
 */
function heroFile(root: string, entry: SyncedEntry): string | undefined {
	const src = (entry.data['hero'] as { src?: unknown } | undefined)?.src;
	return typeof src === 'string' && entry.filePath
		? join(root, dirname(entry.filePath), src)
		: undefined;
}

/** What the cards are drawn from, out of the announced entries of every card collection. */
function shareImageContent(
	root: string,
	synced: ReadonlyMap<CardCollection, readonly SyncedEntry[]>,
): ShareImageContent {
	const entries = (folder: CardCollection) => synced.get(folder) ?? [];
	return {
		articles: entries('articles').map((entry) => ({
			id: entry.id,
			data: entry.data as unknown as ArticleCardEntry['data'],
			leadFigure: leadFigure({
				hero: entry.data['hero'],
				body: (entry.metadata?.['frontmatter'] as BodyFrontmatter | undefined)?.razbor,
			}),
			heroFile: heroFile(root, entry),
		})),
		charts: byId(entries('charts')),
		maps: byId(entries('maps')),
		places: byId(entries('places')),
		timelines: byId(entries('timelines')),
		people: byId(entries('people')),
		topics: byId(entries('topics')),
		glossary: byId(entries('glossary')),
	};
}

/** Where the Markdown plugins leave what they found in a body (src/markdown/directives.ts). */
interface BodyFrontmatter {
	razbor?: LeadFigureInput['body'];
}

/** The warnings for articles among `entries` whose share title is too long, in file order. */
function shareTitleWarnings(entries: readonly SyncedEntry[]): string[] {
	return entries
		.map((entry) =>
			shareTitleWarning(
				entry.filePath ?? `content/articles/${entry.id}.md`,
				entry.data as { title: string; shareTitle?: string },
			),
		)
		.filter((warning) => warning !== undefined)
		.sort();
}

/**
 * Share images (`/og/site.png`, `/og/articles/<slug>.png`, one per timeline, person and topic,
 * the glossary's) in `astro build`: drawn from the entries the loaders announce, the moment the
 * last collection a card needs has synced, in a process beside Astro's, and copied into the site
 * when the pages are built. `astro dev` serves the same images from the endpoint
 * src/pages/og/[...image].png.ts, drawn on request. Also warns about share titles too long.
 */
export function shareImages(): AstroIntegration {
	let drawing: Drawing | undefined;
	let cardsKnown = false;
	let stopListening = () => {};
	let stopWarning = () => {};
	let startedAt = 0;
	let drawnIn: Promise<{ drawn: DrawnShareImage[]; seconds: number }> | undefined;
	return {
		name: 'razbor:share-images',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				// A headline too long for a link preview is a warning, not an error: the page is fine.
				stopWarning = onCollectionSynced((folder, entries) => {
					if (folder !== 'articles') return;
					for (const warning of shareTitleWarnings(entries)) logger.warn(warning);
				});
				if (command !== 'build') return;
				startedAt = performance.now();
				const current = startDrawing(config.root, config.cacheDir);
				drawing = current;
				const synced = new Map<CardCollection, readonly SyncedEntry[]>();
				stopListening = onCollectionSynced((folder, entries) => {
					if (!(CARD_COLLECTIONS as readonly string[]).includes(folder)) return;
					synced.set(folder as CardCollection, entries);
					// Every collection syncs once in a build: the cards are drawn when the last has.
					if (synced.size < CARD_COLLECTIONS.length) return;
					cardsKnown = true;
					const content = shareImageContent(fileURLToPath(config.root), synced);
					for (const image of siteShareImages(content, SITE)) current.draw(image);
				});
			},
			// Content has synced before this hook: every image is known, the drawing can end.
			'astro:build:start': () => {
				stopListening();
				stopWarning();
				if (!drawing) return;
				if (!cardsKnown)
					throw new Error('Материалы не загрузились: не из чего рисовать обложки для соцсетей');
				drawing.end();
				drawnIn = drawing.drawn.then((drawn) => ({
					drawn,
					seconds: (performance.now() - startedAt) / 1000,
				}));
				// Until the build asks for the result, a failed drawing is reported there, not here.
				drawnIn.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!drawing || !drawnIn) return;
				drawing.hold();
				const { drawn, seconds } = await drawnIn;
				// The build's sweep (src/integrations/build-cache/) keeps the images it used.
				for (const { file } of drawn) recordCacheUse(file);
				await copyShareImages(drawn, fileURLToPath(dir));
				logger.info(
					`${drawn.length} share images drawn or taken from the cache (${seconds.toFixed(1)} s)`,
				);
			},
		},
	};
}
