import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCacheDir, cacheKey, writeFileAtomically } from '../cache/build-cache.ts';

/**
 * A folder of rendered share images named by the SHA-256 of what was rendered, so a rebuild draws
 * only the images whose input changed: with one article edited, one image is rendered and every
 * other one is read back from `<cache>/og/<key>.png`.
 */

/** The cache folder: `og/` of the build cache (see {@link buildCacheDir}). */
export function shareImageCacheDir(
	env: Readonly<Record<string, string | undefined>> = process.env,
	cwd: string = process.cwd(),
): string {
	return buildCacheDir('og', env, cwd);
}

/**
 * The cache key of a render: SHA-256, in hex, of the exact render input (as JSON) and the
 * renderer's fingerprint, so a new satori, resvg, font file or template misses the cache.
 */
export function shareImageCacheKey(input: object, fingerprint: string): string {
	return cacheKey(input, fingerprint);
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
 * is none, never half-written (see {@link writeFileAtomically}).
 */
export async function cachedShareImageFile(
	dir: string,
	key: string,
	render: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<string> {
	const file = join(dir, `${key}.png`);
	if (await exists(file)) return file;
	await writeFileAtomically(file, await render());
	return file;
}
