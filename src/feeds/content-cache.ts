import {
	cachedText,
	cacheLocation,
	openCache,
	type CacheLocation,
	type OpenCache,
} from '../cache/build-cache.ts';
import { FEED_TEXTS } from '../cache/cache-kinds.ts';
import { feedContentHtml, type FeedContentInput } from './feed-html.ts';

/**
 * The feed text of an article ({@link feedContentHtml}) kept between builds as an entry of kind
 * `FEED_TEXTS` (src/cache/cache-kinds.ts): named by its input and by the code that makes it
 * from there, so an edit to a page component changes the input of the articles it changes and
 * nothing else. Making one parses and serializes the whole article (about 9 ms each, for every
 * article in the site's and each topic's feeds), while a rebuild after one edit changes one or
 * two of those texts.
 */

/**
 * The feed texts' cache at `location` (the running build's by default), or `undefined` when the
 * project's code cannot be read there: then every text is made afresh, which is only slower.
 */
export async function openFeedContentCache(
	location: CacheLocation = cacheLocation(),
): Promise<OpenCache | undefined> {
	try {
		return await openCache(FEED_TEXTS, location);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** {@link feedContentHtml} of `input`, read from the cache when an earlier build made it. */
export async function cachedFeedContentHtml(
	input: FeedContentInput,
	cache: OpenCache | undefined,
): Promise<string> {
	if (!cache) return feedContentHtml(input);
	return cachedText(cache, input, () => feedContentHtml(input));
}
