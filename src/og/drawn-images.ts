import { copyFile, mkdir } from 'node:fs/promises';
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

/** Copies drawn images from the cache into the built site in `siteDir`. */
export async function copyShareImages(
	drawn: readonly DrawnShareImage[],
	siteDir: string,
): Promise<void> {
	const targets = drawn.map(({ path, file }) => ({ file, target: join(siteDir, path) }));
	for (const folder of new Set(targets.map(({ target }) => dirname(target))))
		await mkdir(folder, { recursive: true });
	await Promise.all(targets.map(({ file, target }) => copyFile(file, target)));
}
