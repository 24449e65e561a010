import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { ArticleUpdate } from '../schemas/article.ts';
import { formatDateTime, toIsoDateTime } from '../format/dates.ts';
import { absolutizeUrls } from './absolute-urls.ts';
import { changeNotesSection } from './change-notes.ts';
import { chartsForFeeds } from './feed-charts.ts';
import { removePageOnlyNodes } from './page-only-nodes.ts';
import { uiFor } from '../i18n/dictionaries.ts';
import type { Locale } from '../i18n/locales.ts';

/** What {@link feedContentHtml} needs to know about an article. */
export interface FeedContentInput {
	/** The article body as the page renders it, timelines and charts included. */
	bodyHtml: string;
	/** Absolute URL of the article page: every relative URL in the body is resolved against it. */
	pageUrl: string;
	/** The article's updates log, oldest first. */
	updates: readonly ArticleUpdate[];
	/** First publication. */
	published: Date;
	/** Last change; when later than `published`, the text opens with «Обновлено …». */
	modified: Date;
	/** The article's language: the words and dates the feed adds, and its drawn figures; Russian by default. */
	locale?: Locale | undefined;
}

/**
 * «Обновлено 14 марта 2025, 09:30 МСК» (“Updated 14 March 2025, 09:30 Moscow time (MSK)”), the
 * first line of an article that changed after it was published: a reader's feed shows an item
 * once, and would not tell a changed text from the old.
 */
export function updatedLine(published: Date, modified: Date, locale?: Locale): Element | undefined {
	if (modified.getTime() <= published.getTime()) return undefined;
	return h('p', [
		h('strong', uiFor(locale).feeds.updated),
		' ',
		h('time', { dateTime: toIsoDateTime(modified) }, formatDateTime(modified, locale)),
	]);
}

/**
 * The full text of an article for a feed: «Обновлено …» when it changed, the page's body without
 * page-only furniture and with its charts as images (./feed-charts.ts), followed by the «Что
 * изменилось» section, with every URL absolute.
 */
export function feedContentHtml({
	bodyHtml,
	pageUrl,
	updates,
	published,
	modified,
	locale,
}: FeedContentInput): string {
	const tree: Root = fromHtml(bodyHtml, { fragment: true });
	removePageOnlyNodes(tree);
	chartsForFeeds(tree, locale);
	const updated = updatedLine(published, modified, locale);
	if (updated) tree.children.unshift(updated);
	const notes = changeNotesSection(updates, locale);
	if (notes) tree.children.push(notes);
	absolutizeUrls(tree, pageUrl);
	return toHtml(tree);
}
