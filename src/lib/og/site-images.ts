import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ContentFile } from '../../loaders/content-files.ts';
import { idFromFile, parseArticleFile } from '../../loaders/parse-entry.ts';
import type { Site } from '../../site.ts';
import { selectPublishedArticles } from '../articles.ts';
import { articleShareImagePath, siteShareImagePath } from '../urls.ts';
import { articleShareCard, siteShareCard } from './cards.ts';
import { shareImageFile } from './index.ts';
import type { ShareCard } from './template.ts';

/**
 * The share images of a production build, drawn by src/cli/build.ts beside the Astro build (which
 * runs in a process of its own) so that the two use both cores: Astro renders pages on one while
 * the images are drawn on the other, and the images are copied into the site when both are done.
 */

/** One share image of the site: where it is published and what it shows. */
export interface SiteShareImage {
	/** Root-relative path, `/og/articles/<slug>.png` or `/og/site.png`. */
	path: string;
	card: ShareCard;
}

/** A drawn share image: its path in the site and the cache file holding the PNG. */
export interface DrawnShareImage {
	path: string;
	file: string;
}

/**
 * Every share image a production build publishes: the site's own and one per published article,
 * read straight from the article files so that drawing starts before Astro has loaded anything.
 * Drafts get none. A file that does not parse is skipped: the Astro build reports it and stops.
 */
export function siteShareImages(
	articleFiles: readonly ContentFile[],
	site: Site,
): SiteShareImage[] {
	const articles = articleFiles.flatMap((file) => {
		const id = idFromFile(file.display);
		// The hero image is not on the card; whether its file exists is the Astro build's check.
		const parsed = parseArticleFile(file.display, file.text, { publicFileExists: () => true });
		return id.ok && parsed.ok ? [{ id: id.value, data: parsed.value.data }] : [];
	});
	return [
		{ path: siteShareImagePath(), card: siteShareCard(site) },
		...selectPublishedArticles(articles).map(({ id, data }) => ({
			path: articleShareImagePath(id),
			card: articleShareCard(data, site),
		})),
	];
}

/**
 * Draws the images one after another (each found in the cache when it was drawn before), and
 * stops between two images once `signal` aborts, as when the Astro build has failed.
 */
export async function drawShareImages(
	images: readonly SiteShareImage[],
	signal?: AbortSignal,
): Promise<DrawnShareImage[]> {
	const drawn: DrawnShareImage[] = [];
	for (const { path, card } of images) {
		signal?.throwIfAborted();
		drawn.push({ path, file: await shareImageFile(card) });
	}
	return drawn;
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
