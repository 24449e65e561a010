import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { citationAnchor, sourceAnchor } from '../format/urls.ts';
import {
	bodyReferences,
	failAt,
	recordReference,
	requireDirectiveId,
	setElement,
} from './directives.ts';
import { forEachNode } from './walk.ts';

/** Options of {@link remarkCitation}. */
export interface RemarkCitationOptions {
	/** Directive name; `cite` by default. */
	name?: string;
}

const DEFAULTS: Readonly<Required<RemarkCitationOptions>> = Object.freeze({ name: 'cite' });

/**
 * Turns `:cite{#source-id}` into a numbered note linking to the article's sources list. Sources
 * are numbered by first citation; the order is kept for the page's list.
 *
 * ```md
 * Переговоры прошли в Кремле :cite{#kremlin-talks}.
 * ```
 * becomes
 * ```html
 * <p>Переговоры прошли в Кремле <sup class="cite"><a href="#source-kremlin-talks" id="cite-kremlin-talks-1">[1]</a></sup>.</p>
 * ```
 */
export const remarkCitation: Plugin<[RemarkCitationOptions?], Root> = function (options) {
	const { name } = { ...DEFAULTS, ...options };
	return (tree, file) => {
		const { citations } = bodyReferences(file);
		const occurrences = new Map<string, number>();
		forEachNode<TextDirective>(tree, 'textDirective', (node) => {
			if (node.name !== name) return;
			const id = requireDirectiveId(file, node, {
				missing: `у ссылки на источник нет id: напишите :${name}{#id-источника}`,
				genitive: 'источника',
				owner: `:${name}`,
				rulePrefix: 'cite',
			});
			if (node.children.length > 0)
				failAt(
					file,
					node,
					`у :${name} не бывает текста в [скобках]: номер ставится сам`,
					'razbor:cite-label',
				);
			recordReference(file, 'source', id, node);

			if (!citations.includes(id)) citations.push(id);
			const number = citations.indexOf(id) + 1;
			const occurrence = (occurrences.get(id) ?? 0) + 1;
			occurrences.set(id, occurrence);

			setElement(node, 'sup', { className: ['cite'] });
			node.children = [
				{
					type: 'link',
					url: `#${sourceAnchor(id)}`,
					children: [{ type: 'text', value: `[${number}]` }],
					data: { hProperties: { id: citationAnchor(id, occurrence) } },
				},
			];
		});
	};
};
