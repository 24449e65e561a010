import { join } from 'node:path';
import {
	buildCacheDir,
	cacheKey,
	filesFingerprint,
	readTextIfPresent,
	writeFileAtomically,
} from '../cache/build-cache.ts';
import { feedContentHtml, type FeedContentInput } from './feed-html.ts';

/**
 * The feed text of an article ({@link feedContentHtml}) kept between builds in `feeds/` of the
 * build cache, named by the digest of its input and of the code that makes it. Making it parses
 * and serializes the whole article (about 9 ms each, for every article in the site's and each
 * topic's feeds), while a rebuild after one edit changes one or two of those texts.
 */

/** Where the texts are kept, and the fingerprint of the code that makes them. */
export interface FeedContentCache {
	dir: string;
	fingerprint: string;
}

/**
 * What decides a feed text besides its input: the feed modules and the layers they
 * use (formatting, model, schemas) and the exact versions of every package (the lock file).
 */
export const FEED_CODE = [
	'src/feeds',
	'src/format',
	'src/model',
	'src/schemas',
	'package-lock.json',
];

/**
 * The cache of the project in `root` (the working folder of a build), or `undefined` when its
 * code cannot be read there: then every text is made afresh, which is only slower.
 */
export async function openFeedContentCache(
	root: string = process.cwd(),
	env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<FeedContentCache | undefined> {
	try {
		return {
			dir: buildCacheDir('feeds', env, root),
			fingerprint: await filesFingerprint(root, FEED_CODE),
		};
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** {@link feedContentHtml} of `input`, read from the cache when an earlier build made it. */
export async function cachedFeedContentHtml(
	input: FeedContentInput,
	cache: FeedContentCache | undefined,
): Promise<string> {
	if (!cache) return feedContentHtml(input);
	const file = join(cache.dir, `${cacheKey(input, cache.fingerprint)}.html`);
	const cached = await readTextIfPresent(file);
	if (cached !== undefined) return cached;
	const html = feedContentHtml(input);
	await writeFileAtomically(file, html);
	return html;
}
