import { isPublished } from '../model/articles.ts';
import { articleShareImagePath, siteShareImagePath } from '../format/urls.ts';
import type { Site } from '../site.ts';
import { articleShareCard, siteShareCard, type ArticleCardData } from './cards.ts';
import type { ShareCard } from './template.ts';

/**
 * Which share images a build publishes and what each shows, from the content layer's entries.
 * The share-image integration (src/integrations/share-images.ts) draws them beside the build.
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

/** An article as the content store holds it, with the fields its card shows. */
export interface ArticleCardEntry {
	id: string;
	data: ArticleCardData & { draft: boolean };
}

/** The share image of one article entry; none for a draft, which a build does not publish. */
export function articleShareImage(
	entry: ArticleCardEntry,
	site: Pick<Site, 'title'>,
): SiteShareImage | undefined {
	if (!isPublished(entry.data)) return undefined;
	return { path: articleShareImagePath(entry.id), card: articleShareCard(entry.data, site) };
}
