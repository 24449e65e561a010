import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordCacheUse } from '../../cache/cache-session.ts';
import {
	onCollectionSynced,
	onEntryStored,
	type SyncedEntry,
} from '../../loaders/synced-collections.ts';
import { placeShareImages, type DrawnShareImage } from '../../og/drawn-images.ts';
import type { SiteShareImage } from '../../og/site-images.ts';
import { shareTitleWarning } from '../../og/share-title.ts';
import { SITE } from '../../site.ts';
import { ShareImageQueue } from './card-queue.ts';
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

/** glibc's allocator settings, read from the environment when a process starts (mallopt(3)). */
const ALLOCATOR_SETTINGS: ReadonlySet<string> = new Set([
	'MALLOC_MMAP_THRESHOLD_',
	'MALLOC_TRIM_THRESHOLD_',
]);

/**
 * The drawing process's environment: this one's, with the build cache it draws into, and without
 * the allocator settings `npm run build` gives the pages (package.json). glibc reuses the memory of
 * resvg's 3 MB image buffers only while it may raise its mmap threshold itself; with a fixed one,
 * every image maps and faults in fresh memory (2,000 images took about 3 s more).
 */
export function drawingEnvironment(
	environment: NodeJS.ProcessEnv,
	cacheDir: string,
): NodeJS.ProcessEnv {
	const kept = Object.entries(environment).filter(([name]) => !ALLOCATOR_SETTINGS.has(name));
	return { ...Object.fromEntries(kept), RAZBOR_CACHE_DIR: cacheDir };
}

/**
 * Forks ./draw.ts, which draws on the other core while this process builds the pages, into the
 * build cache of the project in `root` at `cacheDir` (Astro's, whatever the working folder).
 */
function startDrawing(root: URL, cacheDir: URL): Drawing {
	const child: ChildProcess = fork(fileURLToPath(new URL('./draw.ts', import.meta.url)), [], {
		// resvg gives an image's pixels back in a finalizer, which runs after V8 collects the
		// object; a small young generation collects often, which keeps the process's peak memory
		// near 270 MiB at 1,000 images (438 MiB with V8's default). 8 MB rather than 2: with 2 it
		// collected so often that its CPU for 1,000 images was 15.1-15.4 s against 13.3-14.9 s
		// (two and four cold builds), for 25 MiB less.
		execArgv: ['--max-semi-space-size=8'],
		cwd: fileURLToPath(root),
		env: drawingEnvironment(process.env, fileURLToPath(cacheDir)),
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	// By path: an image drawn again (its card changed before the sync ended) replaces the first.
	const drawn = new Map<string, DrawnShareImage>();
	const finished = new Promise<DrawnShareImage[]>((resolve, reject) => {
		child.on('message', (answer: DrawAnswer) => {
			if ('drawn' in answer) drawn.set(answer.drawn.path, answer.drawn);
			else if ('done' in answer) resolve([...drawn.values()]);
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
 * the glossary's) in `astro build`: drawn from the entries the loaders announce — an article's
 * as soon as it is stored, the others when the last collection a card needs has synced
 * (./card-queue.ts) — in a process beside Astro's, and linked into the site
 * when the pages are built. `astro dev` serves the same images from the endpoint
 * src/pages/og/[...image].png.ts, drawn on request. Also warns about share titles too long.
 */
export function shareImages(): AstroIntegration {
	let drawing: Drawing | undefined;
	let queue: ShareImageQueue | undefined;
	let stopListening = () => {};
	let stopWarning = () => {};
	let startedAt = 0;
	let drawnIn: Promise<{ drawn: DrawnShareImage[]; seconds: number }> | undefined;
	return {
		name: 'razbor:share-images',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				// A headline too long for a link preview is a warning, not an error: the page is fine.
				// The English edition's articles (`articles/en`) are shared as well.
				stopWarning = onCollectionSynced((folder, entries) => {
					if (folder !== 'articles' && folder !== 'articles/en') return;
					for (const warning of shareTitleWarnings(entries)) logger.warn(warning);
				});
				if (command !== 'build') return;
				startedAt = performance.now();
				const current = startDrawing(config.root, config.cacheDir);
				drawing = current;
				queue = new ShareImageQueue(
					(image) => {
						current.draw(image);
					},
					SITE,
					fileURLToPath(config.root),
				);
				const cards = queue;
				const stopEntries = onEntryStored((folder, entry) => {
					cards.entryStored(folder, entry);
				});
				const stopCollections = onCollectionSynced((folder, entries) => {
					cards.collectionSynced(folder, entries);
				});
				stopListening = () => {
					stopEntries();
					stopCollections();
				};
			},
			// Content has synced before this hook: every image is known, the drawing can end.
			'astro:build:start': () => {
				stopListening();
				stopWarning();
				if (!drawing) return;
				const images = queue?.images;
				if (!images)
					throw new Error('Материалы не загрузились: не из чего рисовать обложки для соцсетей');
				drawing.end();
				// Only the images of the synced content are published, whatever was drawn on the way.
				const paths = new Set(images.map(({ path }) => path));
				drawnIn = drawing.drawn.then((drawn) => ({
					drawn: drawn.filter(({ path }) => paths.has(path)),
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
				await placeShareImages(drawn, fileURLToPath(dir));
				logger.info(
					`${drawn.length} share images drawn or taken from the cache (${seconds.toFixed(1)} s)`,
				);
			},
		},
	};
}
