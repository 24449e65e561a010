import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordCacheUse } from '../../cache/cache-session.ts';
import { onCollectionSynced, type SyncedEntry } from '../../loaders/synced-collections.ts';
import { copyShareImages, type DrawnShareImage } from '../../og/drawn-images.ts';
import {
	articleShareImage,
	siteShareImage,
	type ArticleCardEntry,
	type SiteShareImage,
} from '../../og/site-images.ts';
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

/** The share images of the published articles among `entries` of the articles collection. */
function articleImages(entries: readonly SyncedEntry[]): SiteShareImage[] {
	return entries
		.map((entry) => articleShareImage(entry as unknown as ArticleCardEntry, SITE))
		.filter((image) => image !== undefined)
		.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Share images (`/og/site.png`, `/og/articles/<slug>.png`) in `astro build`: drawn from the
 * article entries the moment the articles collection has synced, in a process beside Astro's,
 * and copied into the site when the pages are built. `astro dev` serves the same images from the
 * endpoints in src/pages/og/, drawn on request.
 */
export function shareImages(): AstroIntegration {
	let drawing: Drawing | undefined;
	let articlesSynced = false;
	let stopListening = () => {};
	let startedAt = 0;
	let drawnIn: Promise<{ drawn: DrawnShareImage[]; seconds: number }> | undefined;
	return {
		name: 'razbor:share-images',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				startedAt = performance.now();
				const current = startDrawing(config.root, config.cacheDir);
				drawing = current;
				current.draw(siteShareImage(SITE));
				stopListening = onCollectionSynced((folder, entries) => {
					if (folder !== 'articles') return;
					articlesSynced = true;
					for (const image of articleImages(entries)) current.draw(image);
				});
			},
			// Content has synced before this hook: every image is known, the drawing can end.
			'astro:build:start': () => {
				stopListening();
				if (!drawing) return;
				if (!articlesSynced)
					throw new Error('Статьи не загрузились: не из чего рисовать обложки для соцсетей');
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
