/**
 * `npm run build`: builds the site into a staging folder and swaps it in only when the build
 * succeeded, so a content mistake never leaves a half-written site where the last good one was.
 *
 * Two things run at once, one per core: the Astro build of the pages (src/cli/astro-build.ts, a
 * child process) and, here, the share images (src/lib/og/site-images.ts), drawn into their cache.
 * When both are done, the images are copied into the staged site, Pagefind indexes it, and the
 * staged site replaces the old one.
 *
 * Environment: RAZBOR_OUT_DIR (default `dist`), RAZBOR_CONTENT_DIR (default `content`),
 * RAZBOR_CACHE_DIR (default Astro's `node_modules/.astro`), RAZBOR_SITE_URL.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot, readContentFiles } from '../loaders/content-files.ts';
import { copyShareImages, drawShareImages, siteShareImages } from '../lib/og/site-images.ts';
import { stoppedMessage } from './build-failure.ts';
import { writeSearchIndex } from './search-index.ts';

const PROJECT_ROOT = new URL('../../', import.meta.url);
const outDir = resolve(process.env['RAZBOR_OUT_DIR'] || 'dist');
// Siblings of the output folder, so the final renames stay on one file system.
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);
const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);

/** Sets the environment of a production build, for this process and the Astro one. */
function prepareEnvironment(): void {
	// A build is always a production build: Vite derives `import.meta.env.DEV` from NODE_ENV, and
	// an inherited NODE_ENV=test (vitest) or =development would let drafts through.
	process.env['NODE_ENV'] = 'production';
	// Astro reads import.meta.env values from same-named process variables, and test runners set
	// DEV=1 and MODE=test; left in place they would make this build include drafts.
	delete process.env['DEV'];
	delete process.env['PROD'];
	delete process.env['SSR'];
	delete process.env['MODE'];
	delete process.env['BASE_URL'];
	// The build must not touch the network: no usage telemetry.
	process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
}

/** The Astro build as a child process; `stop()` ends it early. */
function startAstroBuild(): { exitCode: Promise<number>; stop: () => void } {
	const child = spawn(
		process.execPath,
		[fileURLToPath(new URL('astro-build.ts', import.meta.url)), staging, outDir],
		{ stdio: 'inherit' },
	);
	const exitCode = new Promise<number>((resolveExit, reject) => {
		child.on('error', reject);
		// Killed by a signal (no code): a failure, like any code but 0.
		child.on('exit', (code) => {
			resolveExit(code ?? 1);
		});
	});
	return {
		exitCode,
		stop: () => {
			child.kill();
		},
	};
}

/** A line in the style of Astro's log, `12:03:04 [label] message`, with a duration. */
function logStep(label: string, message: string, startedAt: number): void {
	const clock = new Date().toTimeString().slice(0, 8);
	const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
	console.log(`${clock} [${label}] ${message} in ${seconds}s`);
}

/** Draws every share image of the content into the cache while the pages build. */
async function drawSiteShareImages(signal: AbortSignal) {
	const startedAt = performance.now();
	const { SITE } = await import('../site.ts');
	const articles = await readContentFiles(join(contentRoot(PROJECT_ROOT), 'articles'), ['.md']);
	const drawn = await drawShareImages(siteShareImages(articles, SITE), signal);
	logStep('share images', `${drawn.length} drawn or taken from the cache`, startedAt);
	return drawn;
}

async function main(): Promise<number> {
	prepareEnvironment();
	await rm(staging, { recursive: true, force: true });
	const astro = startAstroBuild();
	const abort = new AbortController();
	const images = drawSiteShareImages(abort.signal);
	let drawingFailure: unknown;
	images.catch((error: unknown) => {
		if (abort.signal.aborted) return;
		// A failure to draw stops the pages at once.
		drawingFailure = error;
		astro.stop();
	});
	try {
		if ((await astro.exitCode) !== 0) {
			abort.abort();
			await images.catch(() => undefined);
			await rm(staging, { recursive: true, force: true });
			// A failed Astro step has said why itself; one stopped by a failed drawing has not.
			if (drawingFailure !== undefined) console.error(stoppedMessage(outDir, drawingFailure));
			return 1;
		}
		await copyShareImages(await images, staging);
		// The search index is part of the site: built from the staged pages, swapped in with them.
		const indexingFrom = performance.now();
		await writeSearchIndex(staging);
		logStep('search', 'Pagefind index written', indexingFrom);
	} catch (error) {
		await rm(staging, { recursive: true, force: true });
		console.error(stoppedMessage(outDir, error));
		return 1;
	}
	await rm(previous, { recursive: true, force: true });
	if (existsSync(outDir)) await rename(outDir, previous);
	await rename(staging, outDir);
	await rm(previous, { recursive: true, force: true });
	return 0;
}

process.exitCode = await main();
