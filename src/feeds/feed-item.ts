import type { Article } from '../schemas/article.ts';
import type { Topic } from '../schemas/topic.ts';
import { lastModified } from '../model/articles.ts';
import { absoluteUrl, articlePath, articleShareImagePath } from '../format/urls.ts';
import type { FeedContentInput } from './feed-html.ts';

/**
 * One article as every feed format sees it. RSS, Atom and JSON Feed are built from the same
 * items, so the three can never disagree about a title, a date or the text.
 */
export interface FeedItem {
	/** Absolute URL of the article page: the permalink, and the item's id in every format. */
	url: string;
	/** Headline with Russian typography, plain text. */
	title: string;
	/** The dek with Russian typography, plain text. */
	summary: string;
	/** Full text: the page's body, then «Что изменилось»; every URL absolute. */
	contentHtml: string;
	/** First publication. */
	published: Date;
	/** Last change: `updated`, the last log entry, or `published`. */
	modified: Date;
	/** The byline. */
	author: string;
	/** Titles of the article's topics, in the article's order. */
	topics: string[];
	/** Absolute URL of the article's share image. */
	image: string;
}

/** What {@link toFeedItem} reads from an article. */
export interface FeedArticle {
	/** The slug. */
	id: string;
	data: Pick<Article, 'title' | 'dek' | 'byline' | 'published' | 'updated' | 'updates' | 'topics'>;
}

/**
 * What the full text of an article's feed item is made from (see `feedContentHtml`).
 *
 * @param bodyHtml The body as the page renders it (see `FeedArticle.astro`).
 */
export function feedContentInput(article: FeedArticle, bodyHtml: string): FeedContentInput {
	return {
		bodyHtml,
		pageUrl: absoluteUrl(articlePath(article.id)),
		updates: article.data.updates,
	};
}

/**
 * A feed item from an article and its full text.
 *
 * @param contentHtml `feedContentHtml` of the article's {@link feedContentInput}.
 * @param topics Topics by id, for the categories; an unknown id is left out.
 */
export function toFeedItem(
	article: FeedArticle,
	contentHtml: string,
	topics: ReadonlyMap<string, Pick<Topic, 'title'>>,
): FeedItem {
	const { data } = article;
	return {
		url: absoluteUrl(articlePath(article.id)),
		title: data.title,
		summary: data.dek,
		contentHtml,
		published: data.published,
		modified: lastModified(data),
		author: data.byline,
		topics: data.topics.flatMap((id) => {
			const topic = topics.get(id);
			return topic ? [topic.title] : [];
		}),
		image: absoluteUrl(articleShareImagePath(article.id)),
	};
}
