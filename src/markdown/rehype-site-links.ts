import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { recordPath } from './directives.ts';
import { forEachNode } from './walk.ts';

/** Options of {@link rehypeSiteLinks}. */
export interface RehypeSiteLinksOptions {
	/**
	 * Classes of links the directives make and check themselves (`:term` → `a.term`), or of the
	 * element around them (`:cite` → `sup.cite > a`).
	 */
	skipClasses?: readonly string[];
}

const DEFAULTS: Readonly<Required<RehypeSiteLinksOptions>> = Object.freeze({
	skipClasses: Object.freeze(['term', 'cite']),
});

/** Whether `element` has one of `classes`. */
function hasClass(element: Element | undefined, classes: readonly string[]): boolean {
	const names = element?.properties['className'];
	return (
		Array.isArray(names) && names.some((name) => typeof name === 'string' && classes.includes(name))
	);
}

/**
 * Records every link of the body to a page of the site (a root-relative `href`, from Markdown or
 * raw HTML) or to an anchor of the same page (`#id`), with its line, so that the build can refuse
 * one that leads to no page or anchor it makes (src/model/references.ts): which pages exist is
 * known only once every collection is loaded, and which anchors once the body is rendered.
 *
 * ```md
 * См. [разбор](/articles/net-takoi/)   → recorded: /articles/net-takoi/ at 1:5
 * См. [выше](#itogi)                   → recorded: #itogi at 1:5
 * ```
 */
export const rehypeSiteLinks: Plugin<[RehypeSiteLinksOptions?], Root> = function (options) {
	const { skipClasses } = { ...DEFAULTS, ...options };
	return (tree, file) => {
		forEachNode<Element>(tree, 'element', (element, parent) => {
			if (element.tagName !== 'a') return;
			const href = element.properties['href'];
			if (typeof href !== 'string' || href.startsWith('//')) return;
			if (!href.startsWith('/') && !href.startsWith('#')) return;
			if (hasClass(element, skipClasses) || hasClass(parent as Element | undefined, skipClasses))
				return;
			recordPath(file, 'links', href, element);
		});
	};
};
