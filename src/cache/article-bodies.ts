import { existsSync, readFileSync } from 'node:fs';
import { storeCachedFile, type OpenCache, type StoringEntry } from './build-cache.ts';

/**
 * The rendered bodies of articles, kept as entries of the build cache (kind
 * `ARTICLE_BODIES`, ./cache-kinds.ts) instead of in Astro's content store. Astro writes its store
 * into one JSON file, loads it back at the start of every build and bundles it into the pages as
 * a single JavaScript module; with the bodies in it, that module was 32 MB at 1,000 articles and
 * bundling it took two of the three seconds Vite spent (160 MB at 5,000). The store now holds
 * each body's file name; a page reads the body when it renders it.
 */

/** Where the article loader keeps the file of an article's body: its rendered metadata. */
export const BODY_FILE_KEY = 'bodyFile';

/** What a body is rendered from: the Markdown after the frontmatter, and the file it came from. */
export interface ArticleBodyInput {
	/** Project-relative path of the article file. */
	file: string;
	/** The body, with the frontmatter's lines left blank so that lines match the file. */
	markdown: string;
}

/**
 * Stores the HTML rendered from `input` as an entry of `bodies`: its file at once, written in the
 * background (the loader goes on with the next article and waits for every write before its sync
 * ends, before any page reads a body). Named by the input and the rendering code, a file never
 * changes once written, so a stored entry always finds the body it was rendered with, whatever a
 * later build (or one that failed half-way) wrote beside it.
 */
export function storeArticleBody(
	bodies: OpenCache,
	input: ArticleBodyInput,
	html: string,
): StoringEntry {
	return storeCachedFile(bodies, input, html);
}

/** Whether a stored body is still there (the cache folder may have been cleared in part). */
export function articleBodyExists(file: unknown): file is string {
	return typeof file === 'string' && existsSync(file);
}

/** The HTML of a stored body. */
export function readArticleBody(file: string): string {
	return readFileSync(file, 'utf8');
}
