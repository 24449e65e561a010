import { cachedShareImage, shareImageCacheDir, shareImageCacheKey } from './cache.ts';
import { rendererFingerprint, renderShareImage } from './render.ts';
import { shareCardElement, type ShareCard } from './template.ts';

/**
 * What the share-image endpoints call: card → element tree → PNG, through the content-hash cache.
 */

/** The PNG of `card`, read from the cache when this exact image was rendered before. */
export async function shareImagePng(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
	const element = shareCardElement(card);
	const key = shareImageCacheKey(element, await rendererFingerprint());
	return cachedShareImage(shareImageCacheDir(), key, () => renderShareImage(element));
}
