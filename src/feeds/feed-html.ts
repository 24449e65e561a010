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
import { RU } from '../i18n/ru.ts';

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
}

/**
 * «Обновлено 14 марта 2025, 09:30 МСК», the first line of an article that changed after it was
 * published: a reader's feed shows an item once, and would not tell a changed text from the old.
 */
export function updatedLine(published: Date, modified: Date): Element | undefined {
	if (modified.getTime() <= published.getTime()) return undefined;
	return h('p', [
		h('strong', RU.feeds.updated),
		' ',
		h('time', { dateTime: toIsoDateTime(modified) }, formatDateTime(modified)),
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
}: FeedContentInput): string {
	const tree: Root = fromHtml(bodyHtml, { fragment: true });
	removePageOnlyNodes(tree);
	chartsForFeeds(tree);
	const updated = updatedLine(published, modified);
	if (updated) tree.children.unshift(updated);
	const notes = changeNotesSection(updates);
	if (notes) tree.children.push(notes);
	absolutizeUrls(tree, pageUrl);
	return toHtml(tree);
}
