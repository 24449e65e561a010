import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { recordPath } from './directives.ts';
import { forEachNode } from './walk.ts';

/** Options of {@link rehypeSiteLinks}. */
export interface RehypeSiteLinksOptions {
	/** Classes of links the directives make and check themselves (`:term` → `a.term`). */
	skipClasses?: readonly string[];
}

const DEFAULTS: Readonly<Required<RehypeSiteLinksOptions>> = Object.freeze({
	skipClasses: Object.freeze(['term']),
});

/**
 * Records every link of the body to a page of the site (a root-relative `href`, from Markdown or
 * raw HTML), with its line, so that the build can refuse one that leads to no page it makes
 * (src/model/references.ts): which pages exist is known only once every collection is loaded.
 *
 * ```md
 * См. [разбор](/articles/net-takoi/)   → recorded: /articles/net-takoi/ at 1:5
 * ```
 */
export const rehypeSiteLinks: Plugin<[RehypeSiteLinksOptions?], Root> = function (options) {
	const { skipClasses } = { ...DEFAULTS, ...options };
	return (tree, file) => {
		forEachNode<Element>(tree, 'element', (element) => {
			if (element.tagName !== 'a') return;
			const href = element.properties['href'];
			if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
			const classes = element.properties['className'];
			if (
				Array.isArray(classes) &&
				classes.some((name) => typeof name === 'string' && skipClasses.includes(name))
			)
				return;
			recordPath(file, 'links', href, element);
		});
	};
};
