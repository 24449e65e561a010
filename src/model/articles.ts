import type { Article } from '../schemas/article.ts';

/** The moment an article last changed: `updated`, the last log entry, or `published`. */
export function lastModified(article: Pick<Article, 'published' | 'updated' | 'updates'>): Date {
	const candidates = [article.published, article.updated, article.updates.at(-1)?.at].filter(
		(date): date is Date => date !== undefined,
	);
	return new Date(Math.max(...candidates.map((date) => date.getTime())));
}

/** Whether a production build publishes the article: every one but a draft. */
export function isPublished(article: Pick<Article, 'draft'>): boolean {
	return !article.draft;
}

/**
 * Articles readers may see, newest change first (ties by slug, so the order never depends on
 * the file system). Drafts are dropped unless `includeDrafts` is set, as in `astro dev`.
 */
export function selectPublishedArticles<
	T extends { id: string; data: Pick<Article, 'draft' | 'published' | 'updated' | 'updates'> },
>(articles: readonly T[], { includeDrafts = false }: { includeDrafts?: boolean } = {}): T[] {
	return articles
		.filter((article) => includeDrafts || isPublished(article.data))
		.sort(
			(a, b) =>
				lastModified(b.data).getTime() - lastModified(a.data).getTime() || a.id.localeCompare(b.id),
		);
}

/**
 * Ids for an article's sources list: cited sources in order of first citation, so the list's
 * numbers match the inline notes, then the frontmatter's other sources.
 */
export function sourceListOrder(citations: readonly string[], listed: readonly string[]): string[] {
	return [...new Set([...citations, ...listed])];
}

/** Minimum number of sections for a table of contents to help rather than clutter. */
const TOC_MIN_SECTIONS = 3;

/**
 * Second-level body headings for the table of contents («Содержание»), leaving out fact-box
 * titles; empty when a piece is too short to need one.
 */
export function tableOfContents<T extends { depth: number; slug: string; text: string }>(
	headings: readonly T[],
): T[] {
	const sections = headings.filter(
		(heading) => heading.depth === 2 && !heading.slug.startsWith('fact-'),
	);
	return sections.length >= TOC_MIN_SECTIONS ? sections : [];
}

/**
 * The story the home page leads with: the article with the newest change on the site (issue 18:
 * not a piece that looks stale); among articles that changed at that same moment, a news piece.
 * `articlesNewestFirst` is sorted by last change, as {@link selectPublishedArticles} sorts.
 */
export function selectLeadStory<
	T extends { data: Pick<Article, 'kind' | 'published' | 'updated' | 'updates'> },
>(articlesNewestFirst: readonly T[]): T | undefined {
	const newest = articlesNewestFirst[0];
	if (!newest) return undefined;
	const moment = lastModified(newest.data).getTime();
	const latest = articlesNewestFirst.filter(
		(article) => lastModified(article.data).getTime() === moment,
	);
	return latest.find((article) => article.data.kind === 'news') ?? newest;
}

/**
 * What changed in an article at its last change, for a reader: the last `updates` entry when it
 * is that change; nothing when the last change is the publication or an `updated` without a note.
 */
export function latestChange(
	article: Pick<Article, 'published' | 'updated' | 'updates'>,
): Article['updates'][number] | undefined {
	const last = article.updates.at(-1);
	return last && last.at.getTime() === lastModified(article).getTime() ? last : undefined;
}
