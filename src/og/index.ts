import { readFile } from 'node:fs/promises';
import { cachedShareImageFile, shareImageCacheDir, shareImageCacheKey } from './cache.ts';
import { rendererFingerprint, renderShareImage } from './render.ts';
import { shareCardElement, type ShareCard } from './template.ts';

/**
 * What draws a share image: card → element tree → PNG, through the content-hash cache. The build
 * (src/integrations/share-images/) and the `astro dev` endpoints both come here.
 */

/** The cache file holding the PNG of `card`, drawn first when this exact image is new. */
export async function shareImageFile(card: ShareCard): Promise<string> {
	const element = shareCardElement(card);
	const key = shareImageCacheKey(element, await rendererFingerprint());
	return cachedShareImageFile(shareImageCacheDir(), key, () => renderShareImage(element));
}

/** The PNG of `card`, read from the cache when this exact image was drawn before. */
export async function shareImagePng(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
	return readFile(await shareImageFile(card));
}
