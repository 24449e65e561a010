import type { Root, Text } from 'mdast';
import type { Directives } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { failAt } from './directives.ts';

/** Options of {@link remarkUnknownDirectives}. */
export interface RemarkUnknownDirectivesOptions {
	/** Directives handled by other plugins, as an author writes them; listed in the error message. */
	known?: readonly string[];
}

const DEFAULTS: Readonly<Required<RemarkUnknownDirectivesOptions>> = Object.freeze({
	known: [':::factbox', '::timeline', ':cite', ':term'],
});

/**
 * Runs after the directive plugins and deals with what they left. A text directive nobody
 * handled is written back as the text it was (a colon is common in prose: «счёт 2:0», «10:note»);
 * an unknown block directive (`::name` or `:::name`) is an authoring mistake and stops the build.
 *
 * ```md
 * Время:утро
 * ```
 * becomes
 * ```html
 * <p>Время:утро</p>
 * ```
 */
export const remarkUnknownDirectives: Plugin<[RemarkUnknownDirectivesOptions?], Root> = function (
	options,
) {
	const { known } = { ...DEFAULTS, ...options };
	return (tree, file) => {
		const source = String(file.value);
		visit(tree, (node, index, parent) => {
			if (
				node.type !== 'textDirective' &&
				node.type !== 'leafDirective' &&
				node.type !== 'containerDirective'
			)
				return;
			const directive: Directives = node;
			if (directive.data && 'hName' in directive.data) return;
			if (directive.type !== 'textDirective') {
				const marker = directive.type === 'leafDirective' ? '::' : ':::';
				failAt(
					file,
					directive,
					`неизвестная директива ${marker}${directive.name}; доступны: ${known.join(', ')}`,
					'razbor:unknown-directive',
				);
			}
			const start = directive.position?.start.offset;
			const end = directive.position?.end.offset;
			const value =
				start !== undefined && end !== undefined ? source.slice(start, end) : `:${directive.name}`;
			const text: Text = { type: 'text', value };
			if (parent && index !== undefined) parent.children.splice(index, 1, text as never);
			return SKIP;
		});
	};
};
