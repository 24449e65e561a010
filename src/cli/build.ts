/**
 * `npm run build`: builds the site into a staging folder and swaps it in only when the build
 * succeeded, so a content mistake never leaves a half-written site where the last good one was.
 *
 * Environment: RAZBOR_OUT_DIR (default `dist`), RAZBOR_CONTENT_DIR (default `content`),
 * RAZBOR_CACHE_DIR (default Astro's `node_modules/.astro`), RAZBOR_SITE_URL.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'astro';

const outDir = resolve(process.env['RAZBOR_OUT_DIR'] || 'dist');
const cacheDir = process.env['RAZBOR_CACHE_DIR'];
// Siblings of the output folder, so the final renames stay on one file system.
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);
const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);

async function main(): Promise<number> {
	// A build is always a production build: Vite derives `import.meta.env.DEV` from NODE_ENV, and
	// an inherited NODE_ENV=test (vitest) or =development would let drafts through.
	process.env['NODE_ENV'] = 'production';
	// The build must not touch the network: no usage telemetry.
	process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
	await rm(staging, { recursive: true, force: true });
	try {
		await build({
			mode: 'production',
			outDir: staging,
			...(cacheDir ? { cacheDir: resolve(cacheDir) } : {}),
		});
	} catch (error) {
		await rm(staging, { recursive: true, force: true });
		const message = error instanceof Error ? error.message : String(error);
		console.error(`\nСборка остановлена, сайт в ${basename(outDir)}/ не изменён.\n${message}`);
		return 1;
	}
	await rm(previous, { recursive: true, force: true });
	if (existsSync(outDir)) await rename(outDir, previous);
	await rename(staging, outDir);
	await rm(previous, { recursive: true, force: true });
	return 0;
}

process.exitCode = await main();
