import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast';
import type { Plugin } from 'unified';
import { failAt } from './directives.ts';
import { forEachNode } from './walk.ts';

/**
 * Refuses GFM footnotes (`текст[^1]` and `[^1]: пояснение`). GFM would build them with an English
 * «Footnotes» heading and «Back to reference» links, and the site has its own means for both
 * jobs: a source is cited with `:cite{#id}` and listed under the article, an explanation belongs
 * in the text or in a fact box.
 *
 * ```md
 * Оборот вырос[^1].   → «сноски [^1] на сайте не используются: …»
 * ```
 */
export const remarkFootnotes: Plugin<[], Root> = function () {
	return (tree, file) => {
		const refuse = (node: FootnoteReference | FootnoteDefinition) =>
			failAt(
				file,
				node,
				`сноски [^${node.label ?? node.identifier}] на сайте не используются: источник укажите через :cite{#id-источника}, пояснение напишите в тексте или в справке :::factbox`,
				'razbor:footnote',
			);
		forEachNode<FootnoteReference>(tree, 'footnoteReference', refuse);
		forEachNode<FootnoteDefinition>(tree, 'footnoteDefinition', refuse);
	};
};
