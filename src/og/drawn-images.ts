import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * What the drawing process (src/integrations/share-images/draw.ts) hands back: drawn images and
 * where they go. Kept apart from the drawing code so that the integration does not load satori
 * and resvg into Astro's process.
 */

/** A drawn share image: its path in the site and the cache file holding the PNG. */
export interface DrawnShareImage {
	path: string;
	file: string;
}

/**
 * Puts `file` at `target` as a hard link, or as a copy where the two cannot share a file (the
 * cache on another file system, or one without hard links). A link writes no bytes and allocates
 * no inode: a cold build of 1,000 articles places some 1,040 images, and creating that many files
 * more costs the kernel seconds on ext4 right after a previous build was deleted (it skips every
 * inode freed in the last half minute; docs/performance.md). Safe because a cache file is never
 * written again under its name: the name is the digest of the card, the bytes are the same.
 */
async function place(file: string, target: string): Promise<void> {
	try {
		await link(file, target);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') {
			await rm(target, { force: true });
			return place(file, target);
		}
		if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EMLINK')
			return copyFile(file, target);
		throw error;
	}
}

/** Places drawn images from the cache at their paths in the built site in `siteDir`. */
export async function placeShareImages(
	drawn: readonly DrawnShareImage[],
	siteDir: string,
): Promise<void> {
	const targets = drawn.map(({ path, file }) => ({ file, target: join(siteDir, path) }));
	for (const folder of new Set(targets.map(({ target }) => dirname(target))))
		await mkdir(folder, { recursive: true });
	await Promise.all(targets.map(({ file, target }) => place(file, target)));
}
