import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from './build-cache.ts';

/**
 * The rendered bodies of articles, kept as files in the build cache instead of in Astro's content
 * store. Astro writes its store into one JSON file, loads it back at the start of every build and
 * bundles it into the pages as a single JavaScript module; with the bodies in it, that module was
 * 32 MB at 1,000 articles and bundling it took two of the three seconds Vite spent (160 MB at
 * 5,000). The store now holds each body's file name; a page reads the body when it renders it.
 */

/** Where the article loader keeps the file of an article's body: its rendered metadata. */
export const BODY_FILE_KEY = 'bodyFile';

/** The folder of the bodies inside Astro's cache folder (`cacheDir`, RAZBOR_CACHE_DIR in builds). */
export function articleBodyDir(cacheDir: string): string {
	return join(cacheDir, 'article-bodies');
}

/**
 * Stores a rendered body in `dir` under the SHA-256 of its HTML and returns the file. Named by
 * content, a file never changes once written, so a stored entry always finds the body it was
 * rendered with, whatever later builds (or a build that failed half-way) wrote beside it.
 */
export async function storeArticleBody(dir: string, html: string): Promise<string> {
	const file = join(dir, `${createHash('sha256').update(html).digest('hex')}.html`);
	if (!existsSync(file)) await writeFileAtomically(file, html);
	return file;
}

/** Whether a stored body is still there (the cache folder may have been cleared in part). */
export function articleBodyExists(file: unknown): boolean {
	return typeof file === 'string' && existsSync(file);
}

/** The HTML of a stored body. */
export function readArticleBody(file: string): string {
	return readFileSync(file, 'utf8');
}
