import { readFile } from 'node:fs/promises';
import { cacheLocation, cachedFile, cacheWithFingerprint } from '../cache/build-cache.ts';
import { SHARE_IMAGES } from '../cache/cache-kinds.ts';
import { codeFingerprint } from '../cache/declared-code.ts';
import { withPhoto } from './photo.ts';
import { renderShareImage } from './render.ts';
import { shareCardElement, type ShareCard } from './template.ts';

/**
 * What draws a share image: card → element tree → PNG, through the build cache (kind
 * `SHARE_IMAGES`: keyed by the element tree and the renderer's code, packages, fonts and zlib).
 * The build (src/integrations/share-images/) and the `astro dev` endpoints both come here.
 */

// Once per process: the drawing process lives for one build, and in `astro dev` an edit to the
// renderer reloads this module.
let fingerprint: Promise<string> | undefined;

/** The cache file holding the PNG of `card`, drawn first when this exact image is new. */
export async function shareImageFile(card: ShareCard): Promise<string> {
	// A photo is read into the card first, so that its pixels are part of the key.
	const element = shareCardElement(await withPhoto(card));
	const location = cacheLocation();
	fingerprint ??= codeFingerprint(location.root, SHARE_IMAGES.code);
	const cache = cacheWithFingerprint(SHARE_IMAGES, await fingerprint, location.cacheDir);
	return cachedFile(cache, element, () => renderShareImage(element));
}

/** The PNG of `card`, read from the cache when this exact image was drawn before. */
export async function shareImagePng(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
	return readFile(await shareImageFile(card));
}
