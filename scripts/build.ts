/**
 * `npm run build`: `astro build` (which makes the whole site, share images and search index
 * included: src/integrations/) into a staging folder, swapped in only when the build succeeded,
 * so a content mistake never leaves a half-written site where the last good one was. A second
 * build into the same folder meanwhile is refused (./build/build-lock.ts).
 *
 * Environment: RAZBOR_OUT_DIR (default `dist`), and what astro.config.mjs reads:
 * RAZBOR_CONTENT_DIR, RAZBOR_CACHE_DIR, RAZBOR_SITE_URL.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'astro';
import { stoppedMessage } from './build/build-failure.ts';
import { acquireBuildLock } from './build/build-lock.ts';

const outDir = resolve(process.env['RAZBOR_OUT_DIR'] || 'dist');
// Siblings of the output folder, so the final renames stay on one file system.
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);
const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);
const lockFile = join(dirname(outDir), `.${basename(outDir)}.lock`);

/** Sets the environment of a production build. */
function prepareEnvironment(): void {
	// Vite derives `import.meta.env.DEV` from NODE_ENV, and an inherited NODE_ENV=test (vitest)
	// or =development would let drafts through.
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

/** Builds into the staging folder and swaps it in; returns the exit code. */
async function buildAndSwap(): Promise<number> {
	await rm(staging, { recursive: true, force: true });
	try {
		await build({ mode: 'production', outDir: staging });
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

async function main(): Promise<number> {
	prepareEnvironment();
	let release: () => Promise<void>;
	try {
		release = await acquireBuildLock(lockFile, `${basename(outDir)}/`);
	} catch (error) {
		console.error(stoppedMessage(outDir, error));
		return 1;
	}
	try {
		return await buildAndSwap();
	} finally {
		await release();
	}
}

process.exitCode = await main();
