import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { bodyReferences } from './directives.ts';
import { forEachNode } from './walk.ts';

/**
 * Records every id of the body's final HTML — headings (transliterated or fixed with `{#id}`),
 * fact boxes, citation markers — so that the reference check (src/model/references.ts) can refuse
 * a link to an anchor the page will not have: `/articles/x/#net-takogo` or `#net-takogo` on the
 * same page. Runs last, when every plugin has set its ids.
 *
 * ```md
 * ## Что подписали   → records `chto-podpisali`
 * ```
 */
export const rehypeBodyAnchors: Plugin<[], Root> = function () {
	return (tree, file) => {
		const anchors: string[] = [];
		forEachNode<Element>(tree, 'element', (element) => {
			const id = element.properties['id'];
			if (typeof id === 'string' && id !== '') anchors.push(id);
		});
		if (anchors.length > 0) bodyReferences(file).anchors = anchors;
	};
};
