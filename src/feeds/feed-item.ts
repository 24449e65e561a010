import type { Article } from '../schemas/article.ts';
import type { Topic } from '../schemas/topic.ts';
import { lastModified } from '../model/articles.ts';
import { absoluteUrl, articlePath, articleShareImagePath, localizedPath } from '../format/urls.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { FeedContentInput } from './feed-html.ts';

/**
 * One article as every feed format sees it. RSS, Atom and JSON Feed are built from the same
 * items, so the three can never disagree about a title, a date or the text.
 */
export interface FeedItem {
	/**
	 * Absolute URL of the article page in its edition (`/en/articles/<slug>/` for English): the
	 * permalink, and the item's id in every format.
	 */
	url: string;
	/** Headline with its language's typography, plain text with ordinary spaces (see {@link plainText}). */
	title: string;
	/** The dek with its language's typography, plain text with ordinary spaces. */
	summary: string;
	/** Full text: the page's body, then «Что изменилось»; every URL absolute. */
	contentHtml: string;
	/** First publication. */
	published: Date;
	/** Last change: `updated`, the last log entry, or `published`. */
	modified: Date;
	/** The byline. */
	author: string;
	/** Titles of the article's topics, in the article's order, plain text. */
	topics: string[];
	/** Absolute URL of the article's share image, drawn in its language. */
	image: string;
}

/**
 * A plain-text field of a feed (title, summary, category, author) with ordinary spaces for the
 * non-breaking ones typography put in. Readers treat these fields as text, not HTML: one parser
 * folds NBSP into a space and another keeps it, so a title or a topic would differ between the
 * RSS, Atom and JSON of the same item, and a filter on «Союзное государство» would miss one of
 * them. The full text (`contentHtml`) is HTML and keeps its typography.
 */
export function plainText(text: string): string {
	return text.replaceAll('\u00A0', ' ');
}

/** What {@link toFeedItem} reads from an article. */
export interface FeedArticle {
	/** The slug. */
	id: string;
	data: Pick<Article, 'title' | 'dek' | 'byline' | 'published' | 'updated' | 'updates' | 'topics'>;
}

/** Absolute URL of an article's page in an edition. */
function articleUrl(slug: string, locale: Locale): string {
	return absoluteUrl(localizedPath(articlePath(slug), locale));
}

/**
 * What the full text of an article's feed item is made from (see `feedContentHtml`).
 *
 * @param bodyHtml The body as the page renders it (see `FeedArticle.astro`).
 * @param locale The article's edition: its page, and the words and dates the feed adds.
 */
export function feedContentInput(
	article: FeedArticle,
	bodyHtml: string,
	locale: Locale = DEFAULT_LOCALE,
): FeedContentInput {
	return {
		bodyHtml,
		pageUrl: articleUrl(article.id, locale),
		updates: article.data.updates,
		published: article.data.published,
		modified: lastModified(article.data),
		locale,
	};
}

/**
 * A feed item from an article and its full text.
 *
 * @param contentHtml `feedContentHtml` of the article's {@link feedContentInput}.
 * @param topics Topics by id, for the categories (in the edition's words); an unknown id is left out.
 * @param locale The article's edition: its page and its share image.
 */
export function toFeedItem(
	article: FeedArticle,
	contentHtml: string,
	topics: ReadonlyMap<string, Pick<Topic, 'title'>>,
	locale: Locale = DEFAULT_LOCALE,
): FeedItem {
	const { data } = article;
	return {
		url: articleUrl(article.id, locale),
		title: plainText(data.title),
		summary: plainText(data.dek),
		contentHtml,
		published: data.published,
		modified: lastModified(data),
		author: plainText(data.byline),
		topics: data.topics.flatMap((id) => {
			const topic = topics.get(id);
			return topic ? [plainText(topic.title)] : [];
		}),
		image: absoluteUrl(articleShareImagePath(article.id, locale)),
	};
}
