import type { Heading, Root } from 'mdast';
import type { Plugin } from 'unified';
import { ID_PATTERN } from '../schemas/common.ts';
import { failAt } from './directives.ts';
import { forEachNode } from './walk.ts';

/** `{#id}` at the very end of a heading's text, with the spaces before it. */
const EXPLICIT_ID = /[ \t]*\{#([^{}]*)\}[ \t]*$/;

/**
 * An explicit, editor-chosen id for a heading, written after its text: the id, and so every
 * link shared to that section, survives a reworded heading. The suffix leaves the text; an id
 * that is not Latin kebab-case stops the build.
 *
 * ```md
 * ## Прилёт во Внуково {#arrival}
 * ```
 * becomes
 * ```html
 * <h2 id="arrival">Прилёт во Внуково</h2>
 * ```
 */
export const remarkHeadingId: Plugin<[], Root> = function () {
	return (tree, file) => {
		forEachNode<Heading>(tree, 'heading', (heading) => {
			const last = heading.children.at(-1);
			if (last?.type !== 'text') return;
			const match = EXPLICIT_ID.exec(last.value);
			if (!match) return;
			const id = match[1]!.trim();
			if (!ID_PATTERN.test(id)) {
				failAt(
					file,
					heading,
					`«${id}» — не id заголовка; нужны строчные латинские буквы, цифры и дефисы, например {#arrival}`,
					'razbor:heading-id',
				);
			}
			last.value = last.value.slice(0, match.index);
			heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
		});
	};
};
