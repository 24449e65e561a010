import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { glossaryTermPath } from '../lib/urls.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { failAt, recordReference, setElement, unknownAttributes } from './directives.ts';

/** Options of {@link remarkTermLink}. */
export interface RemarkTermLinkOptions {
	/** Directive name; `term` by default. */
	name?: string;
}

const DEFAULTS: Readonly<Required<RemarkTermLinkOptions>> = Object.freeze({ name: 'term' });

/**
 * Turns `:term[text]{#term-id}` into a link to the term's entry in the glossary.
 *
 * ```md
 * В рамках :term[Союзного государства]{#union-state}
 * ```
 * becomes
 * ```html
 * В рамках <a class="term" href="/glossary/#union-state">Союзного государства</a>
 * ```
 */
export const remarkTermLink: Plugin<[RemarkTermLinkOptions?], Root> = function (options) {
	const { name } = { ...DEFAULTS, ...options };
	return (tree, file) => {
		visit(tree, 'textDirective', (node: TextDirective) => {
			if (node.name !== name) return;
			const id = node.attributes?.id;
			if (!id)
				failAt(
					file,
					node,
					`у термина нет id: напишите :${name}[текст]{#id-термина}`,
					'razbor:term-id',
				);
			if (!ID_PATTERN.test(id))
				failAt(
					file,
					node,
					`«${id}» — не id термина; нужны латинские буквы, цифры и дефисы`,
					'razbor:term-id',
				);
			const extra = unknownAttributes(node.attributes, ['id']);
			if (extra.length > 0)
				failAt(
					file,
					node,
					`у :${name} неизвестный атрибут ${extra.join(', ')}; допустим только {#id}`,
					'razbor:term-attribute',
				);
			if (node.children.length === 0)
				failAt(
					file,
					node,
					`у :${name} нет текста: напишите :${name}[текст ссылки]{#${id}}`,
					'razbor:term-label',
				);
			recordReference(file, 'term', id, node);
			setElement(node, 'a', { className: ['term'], href: glossaryTermPath(id) });
		});
	};
};
