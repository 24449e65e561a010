import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * What the build's own caches share (share images in `og/`, feed texts in `feeds/`, article
 * bodies in `article-bodies/`): Astro's cache folder, file names that are SHA-256 digests of what
 * was computed, and writes that never leave a half-written file under a final name.
 */

/**
 * The folder `name` of the build cache: inside `RAZBOR_CACHE_DIR` (relative to `cwd`) when it is
 * set, as astro.config.mjs gives that folder to Astro, else inside Astro's `node_modules/.astro`.
 */
export function buildCacheDir(
	name: string,
	env: Readonly<Record<string, string | undefined>> = process.env,
	cwd: string = process.cwd(),
): string {
	return join(resolve(cwd, env['RAZBOR_CACHE_DIR'] || 'node_modules/.astro'), name);
}

/**
 * A cache key: SHA-256, in hex, of the exact input (as JSON) and a fingerprint of the code that
 * turns it into the result, so a change to either misses the cache.
 */
export function cacheKey(input: unknown, fingerprint: string): string {
	return createHash('sha256')
		.update(fingerprint)
		.update('\n')
		.update(JSON.stringify(input))
		.digest('hex');
}

/**
 * Writes `data` beside `file` and renames it into place, so a build that stops half-way, or two
 * builds sharing the folder, never leave a truncated file under the final name.
 */
export async function writeFileAtomically(file: string, data: Uint8Array | string): Promise<void> {
	await mkdir(dirname(file), { recursive: true });
	const temporary = `${file}.${randomUUID()}.tmp`;
	try {
		await writeFile(temporary, data);
		await rename(temporary, file);
	} finally {
		await rm(temporary, { force: true });
	}
}

/** The text of `file`, or `undefined` when there is no such file. */
export async function readTextIfPresent(file: string): Promise<string | undefined> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/**
 * A fingerprint of source files: SHA-256 over the path and bytes of each file under `paths`
 * (files or folders, searched through, relative to `root`), in path order.
 */
export async function filesFingerprint(root: string, paths: readonly string[]): Promise<string> {
	const files: string[] = [];
	for (const path of paths) {
		const absolute = resolve(root, path);
		const entries = await readdir(absolute, { recursive: true, withFileTypes: true }).catch(
			(error: unknown) => {
				// A file, not a folder: fingerprinted itself.
				if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
				throw error;
			},
		);
		if (!entries) files.push(absolute);
		else
			for (const entry of entries)
				if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
	}
	const hash = createHash('sha256');
	for (const file of files.map((absolute) => relative(root, absolute)).sort())
		hash.update(`${file}\n`).update(await readFile(resolve(root, file)));
	return hash.digest('hex');
}
