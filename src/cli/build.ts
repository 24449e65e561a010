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
import { writeSearchIndex } from './search-index.ts';

const outDir = resolve(process.env['RAZBOR_OUT_DIR'] || 'dist');
const cacheDir = process.env['RAZBOR_CACHE_DIR'];
// Siblings of the output folder, so the final renames stay on one file system.
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);
const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);

/** A content mistake speaks for itself; anything else is a fault of the code, not the text. */
function describeFailure(error: unknown): string {
	if (error instanceof Error && error.name === 'ContentError') return error.message;
	const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
	return `Внутренняя ошибка сборки — это не ошибка в материалах; сообщите разработчикам:\n${detail}`;
}

async function main(): Promise<number> {
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
	await rm(staging, { recursive: true, force: true });
	try {
		await build({
			mode: 'production',
			outDir: staging,
			...(cacheDir ? { cacheDir: resolve(cacheDir) } : {}),
		});
		// The search index is part of the site: built from the staged pages, swapped in with them.
		await writeSearchIndex(staging);
	} catch (error) {
		await rm(staging, { recursive: true, force: true });
		console.error(
			`\nСборка остановлена, сайт в ${basename(outDir)}/ не изменён.\n${describeFailure(error)}`,
		);
		return 1;
	}
	await rm(previous, { recursive: true, force: true });
	if (existsSync(outDir)) await rename(outDir, previous);
	await rename(staging, outDir);
	await rm(previous, { recursive: true, force: true });
	return 0;
}

process.exitCode = await main();
