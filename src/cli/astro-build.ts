/**
 * The Astro step of `npm run build`, which src/cli/build.ts runs as a process of its own:
 * `node src/cli/astro-build.ts <staging folder> <site folder>` builds the pages into the staging
 * folder and, when it fails, says why and that the site folder was left as it was.
 *
 * A process of its own so that the share images draw beside it on the other core, and so that
 * its memory is given back before Pagefind indexes the pages. The environment comes prepared by
 * build.ts (production mode, RAZBOR_CACHE_DIR, no telemetry).
 */
import { resolve } from 'node:path';
import { build } from 'astro';
import { stoppedMessage } from './build-failure.ts';

const [staging, outDir] = process.argv.slice(2);
if (!staging || !outDir) throw new Error('usage: astro-build.ts <staging folder> <site folder>');
const cacheDir = process.env['RAZBOR_CACHE_DIR'];

try {
	await build({
		mode: 'production',
		outDir: staging,
		...(cacheDir ? { cacheDir: resolve(cacheDir) } : {}),
	});
} catch (error) {
	console.error(stoppedMessage(outDir, error));
	process.exitCode = 1;
}
