import {
	ARTICLE_FILES,
	contentRoot,
	listContentFiles,
	readContentFile,
	type ContentFile,
} from '../../loaders/content-files.ts';
import { join } from 'node:path';
import { idFromFile, parseArticleFile } from '../../loaders/parse-entry.ts';
import type { Site } from '../../site.ts';
import { isPublished } from '../articles.ts';
import { articleShareImagePath, siteShareImagePath } from '../urls.ts';
import { articleShareCard, siteShareCard } from './cards.ts';
import type { DrawnShareImage } from './drawn-images.ts';
import { shareImageFile } from './index.ts';
import type { ShareCard } from './template.ts';

/**
 * The share images of a production build, drawn by src/cli/share-images.ts in a process beside the
 * Astro build, so that the two use both cores; src/cli/build.ts copies them into the site when
 * both are done.
 */

/** One share image of the site: where it is published and what it shows. */
export interface SiteShareImage {
	/** Root-relative path, `/og/articles/<slug>.png` or `/og/site.png`. */
	path: string;
	card: ShareCard;
}

/** The share image of every page without its own. */
export function siteShareImage(site: Site): SiteShareImage {
	return { path: siteShareImagePath(), card: siteShareCard(site) };
}

/**
 * The share image of one article file, read straight from the file so that drawing can start
 * before Astro has loaded anything. None for a draft, nor for a file that does not parse: the
 * Astro build reports that one and stops.
 */
export function articleShareImage(file: ContentFile, site: Site): SiteShareImage | undefined {
	const id = idFromFile(file.display);
	// The hero image is not on the card; whether its file exists is the Astro build's check.
	const parsed = parseArticleFile(file.display, file.text, { publicFileExists: () => true });
	if (!id.ok || !parsed.ok || !isPublished(parsed.value.data)) return undefined;
	return { path: articleShareImagePath(id.value), card: articleShareCard(parsed.value.data, site) };
}

/**
 * Every share image a production build publishes: the site's own, then one per published article
 * of the content in the project at `projectRoot` (the article loader's folder and file names).
 * Files are read one at a time as the images are drawn, so a big archive is never held in memory.
 */
export async function* siteShareImages(
	projectRoot: URL,
	site: Site,
): AsyncGenerator<SiteShareImage> {
	yield siteShareImage(site);
	const articlesDir = join(contentRoot(projectRoot), ARTICLE_FILES.folder);
	for (const path of await listContentFiles(articlesDir, ARTICLE_FILES.extensions)) {
		const image = articleShareImage(await readContentFile(path), site);
		if (image) yield image;
	}
}

/** Draws the images one after another, each found in the cache when it was drawn before. */
export async function drawShareImages(
	images: AsyncIterable<SiteShareImage> | Iterable<SiteShareImage>,
): Promise<DrawnShareImage[]> {
	const drawn: DrawnShareImage[] = [];
	for await (const { path, card } of images) drawn.push({ path, file: await shareImageFile(card) });
	return drawn;
}
