import { lastModified } from '../model/articles.ts';
import { formatDay } from '../format/dates.ts';
import { ARTICLE_KIND_LABELS } from '../model/labels.ts';
import type { Article } from '../schemas/article.ts';
import type { Site } from '../site.ts';
import type { ShareCard } from './template.ts';

/** What an article's share image says, from its frontmatter. */
export type ArticleCardData = Pick<Article, 'title' | 'kind' | 'published' | 'updated' | 'updates'>;

/**
 * «13 марта 2025», or «13 марта 2025 · обновлено 14 марта 2025» when the article changed on a
 * later day: a shared link should not pass old news off as fresh, nor hide a correction.
 */
export function shareCardDate(data: Pick<Article, 'published' | 'updated' | 'updates'>): string {
	const published = formatDay(data.published);
	const modified = formatDay(lastModified(data));
	return modified === published ? published : `${published} · обновлено ${modified}`;
}

/** The share card of an article: its kind, its title set in Russian typography, its date. */
export function articleShareCard(data: ArticleCardData, site: Pick<Site, 'title'>): ShareCard {
	return {
		label: ARTICLE_KIND_LABELS[data.kind],
		headline: data.title,
		footerStart: site.title,
		footerEnd: shareCardDate(data),
	};
}

/** The share card of every page without its own: the site name, its description and address. */
export function siteShareCard(site: Pick<Site, 'title' | 'description' | 'url'>): ShareCard {
	return {
		headline: site.title,
		dek: site.description,
		footerStart: new URL(site.url).host,
	};
}
