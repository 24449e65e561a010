import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Takes out of a page's HTML what only works on the page itself, before it goes into a feed: a
 * feed reader runs no scripts and applies none of our styles, so page furniture would show up as
 * stray text (a «#», a hidden label, a button that does nothing).
 */

/** Elements that do nothing, or something wrong, outside the page. */
const PAGE_ONLY_ELEMENTS: ReadonlySet<string> = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'link',
	'meta',
	'button',
]);

/**
 * Classes of links that belong to the page's furniture: `anchor` is the «#» permalink beside a
 * heading, a fact box or a timeline event, which a reader would show as a stray «#» followed by
 * its visually hidden label.
 */
const PAGE_ONLY_LINK_CLASSES: readonly string[] = ['anchor'];

/**
 * Classes of wrappers that only lay things out on the page: `heading` holds a heading and its
 * «#» link on one line; once the link is gone the heading stands for itself.
 */
const LAYOUT_ONLY_CLASSES: readonly string[] = ['heading'];

function hasClassIn(element: Element, names: readonly string[]): boolean {
	const classes = element.properties['className'];
	return (
		Array.isArray(classes) &&
		classes.some((name) => typeof name === 'string' && names.includes(name))
	);
}

function isPageOnly(element: Element): boolean {
	if (PAGE_ONLY_ELEMENTS.has(element.tagName)) return true;
	return element.tagName === 'a' && hasClassIn(element, PAGE_ONLY_LINK_CLASSES);
}

/**
 * Removes, in place, page-only elements (scripts, styles, buttons, the «#» permalinks),
 * comments, layout-only wrappers (keeping what they hold), and Astro's `data-astro-*` and
 * Pagefind's `data-pagefind-*` attributes (style scoping and search hints a reader cannot use).
 */
export function removePageOnlyNodes(tree: Root): void {
	visit(tree, (node, index, parent) => {
		if (parent && index !== undefined) {
			if (node.type === 'comment' || (node.type === 'element' && isPageOnly(node))) {
				parent.children.splice(index, 1);
				return [SKIP, index];
			}
			if (node.type === 'element' && hasClassIn(node, LAYOUT_ONLY_CLASSES)) {
				// Unwrapped: its children are visited next, in its place.
				parent.children.splice(index, 1, ...node.children);
				return index;
			}
		}
		if (node.type === 'element') {
			node.properties = Object.fromEntries(
				Object.entries(node.properties).filter(
					([name]) => !name.startsWith('dataAstro') && !name.startsWith('dataPagefind'),
				),
			);
		}
		return undefined;
	});
}
