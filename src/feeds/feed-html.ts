import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { ArticleUpdate } from '../schemas/article.ts';
import { absolutizeUrls } from './absolute-urls.ts';
import { changeNotesSection } from './change-notes.ts';
import { removePageOnlyNodes } from './page-only-nodes.ts';

/** What {@link feedContentHtml} needs to know about an article. */
export interface FeedContentInput {
	/** The article body as the page renders it, timelines and charts included. */
	bodyHtml: string;
	/** Absolute URL of the article page: every relative URL in the body is resolved against it. */
	pageUrl: string;
	/** The article's updates log, oldest first. */
	updates: readonly ArticleUpdate[];
}

/**
 * The full text of an article for a feed: the page's body without page-only furniture, followed
 * by the «Что изменилось» section, with every URL absolute.
 */
export function feedContentHtml({ bodyHtml, pageUrl, updates }: FeedContentInput): string {
	const tree: Root = fromHtml(bodyHtml, { fragment: true });
	removePageOnlyNodes(tree);
	const notes = changeNotesSection(updates);
	if (notes) tree.children.push(notes);
	absolutizeUrls(tree, pageUrl);
	return toHtml(tree);
}
