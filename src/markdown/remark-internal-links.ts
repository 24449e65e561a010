import type { Definition, Link, Root } from 'mdast';
import type { Plugin } from 'unified';
import { pathTarget } from '../format/urls.ts';
import { recordReference } from './directives.ts';
import { forEachNode } from './walk.ts';

/**
 * Records every link of an article body to a page of one entry of the site — an article, a
 * timeline, a person, a topic, a term or a source — as a reference to that entry, so that the
 * reference check (src/model/references.ts) refuses a link to an entry that does not exist.
 * Links stay as they are.
 *
 * ```md
 * Подробнее — в [хронике визита](/timelines/visit-schedule/).
 * ```
 * records `{ kind: 'timeline', id: 'visit-schedule' }` at line 1, column 13.
 */
export const remarkInternalLinks: Plugin<[], Root> = function () {
	return (tree, file) => {
		const record = (node: Link | Definition) => {
			if (!node.url.startsWith('/') || node.url.startsWith('//')) return;
			const target = pathTarget(node.url);
			if (target) recordReference(file, target.kind, target.id, node);
		};
		forEachNode<Link>(tree, 'link', record);
		forEachNode<Definition>(tree, 'definition', record);
	};
};
