import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * A folder of rendered share images named by the SHA-256 of what was rendered, so a rebuild draws
 * only the images whose input changed: with one article edited, one image is rendered and every
 * other one is read back from `<cache>/og/<key>.png`.
 */

/**
 * The cache folder: `og/` inside `RAZBOR_CACHE_DIR` (relative to `cwd`) when it is set, as
 * src/cli/build.ts gives that folder to Astro, else inside Astro's default `node_modules/.astro`.
 */
export function shareImageCacheDir(
	env: Readonly<Record<string, string | undefined>> = process.env,
	cwd: string = process.cwd(),
): string {
	return join(resolve(cwd, env['RAZBOR_CACHE_DIR'] || 'node_modules/.astro'), 'og');
}

/**
 * The cache key of a render: SHA-256, in hex, of the exact render input (as JSON) and the
 * renderer's fingerprint, so a new satori, resvg, font file or template misses the cache.
 */
export function shareImageCacheKey(input: object, fingerprint: string): string {
	return createHash('sha256')
		.update(fingerprint)
		.update('\n')
		.update(JSON.stringify(input))
		.digest('hex');
}

/** Whether `file` exists. */
async function exists(file: string): Promise<boolean> {
	try {
		await access(file);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
		throw error;
	}
}

/**
 * The file of the image cached under `key` in `dir`, rendered and stored there first when there
 * is none. The file is written beside its final name and renamed into place, so a build that
 * stops half-way, or two builds sharing the folder, never leave a truncated PNG to be served later.
 */
export async function cachedShareImageFile(
	dir: string,
	key: string,
	render: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<string> {
	const file = join(dir, `${key}.png`);
	if (await exists(file)) return file;
	const image = await render();
	await mkdir(dir, { recursive: true });
	const temporary = `${file}.${randomUUID()}.tmp`;
	try {
		await writeFile(temporary, image);
		await rename(temporary, file);
	} finally {
		await rm(temporary, { force: true });
	}
	return file;
}
