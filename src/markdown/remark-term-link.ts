import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { glossaryTermPath, localizedPath } from '../format/urls.ts';
import { failAt, recordReference, requireDirectiveId, setElement } from './directives.ts';
import { fileLocale } from './file-locale.ts';
import { forEachNode } from './walk.ts';

/** Options of {@link remarkTermLink}. */
export interface RemarkTermLinkOptions {
	/** Directive name; `term` by default. */
	name?: string;
}

const DEFAULTS: Readonly<Required<RemarkTermLinkOptions>> = Object.freeze({ name: 'term' });

/**
 * Turns `:term[text]{#term-id}` into a link to the term's entry in the glossary of the body's
 * language (`/en/glossary/#…` in an English article, whose terms must have English words:
 * src/model/translations.ts).
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
		forEachNode<TextDirective>(tree, 'textDirective', (node) => {
			if (node.name !== name) return;
			const id = requireDirectiveId(file, node, {
				missing: `у термина нет id: напишите :${name}[текст]{#id-термина}`,
				genitive: 'термина',
				owner: `:${name}`,
				rulePrefix: 'term',
			});
			if (node.children.length === 0)
				failAt(
					file,
					node,
					`у :${name} нет текста: напишите :${name}[текст ссылки]{#${id}}`,
					'razbor:term-label',
				);
			recordReference(file, 'term', id, node);
			setElement(node, 'a', {
				className: ['term'],
				href: localizedPath(glossaryTermPath(id), fileLocale(file)),
			});
		});
	};
};
