/**
 * The one script of an article page (a page loads at most one: tests/site/page-weight.test.ts):
 * the citation cards and the share buttons, each a progressive enhancement of working HTML.
 */
import { enhanceCitations } from './citations.ts';
import { enhanceShareLinks } from './share.ts';

/** Enhances everything on an article page that has a script. */
export function enhanceArticle(root: Document): void {
	enhanceCitations(root);
	enhanceShareLinks(root);
}
