import type { Root, Text } from 'mdast';
import type { Directives } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { nearestName } from '../format/nearest-name.ts';
import { failAt } from './directives.ts';
import { someNode } from './walk.ts';

/** Options of {@link remarkUnknownDirectives}. */
export interface RemarkUnknownDirectivesOptions {
	/** Directives handled by other plugins, as an author writes them; listed in the error message. */
	known?: readonly string[];
}

const DEFAULTS: Readonly<Required<RemarkUnknownDirectivesOptions>> = Object.freeze({
	known: [':::factbox', '::timeline', '::chart', ':cite', ':term'],
});

/** «; может быть, :cite?» when a known directive is close to what was written, else the list. */
function suggestion(written: string, known: readonly string[]): string {
	const nearest = nearestName(
		written.replace(/^:+/, ''),
		known.map((name) => name.replace(/^:+/, '')),
	);
	const match = nearest && known.find((name) => name.replace(/^:+/, '') === nearest);
	return match ? `может быть, ${match}?` : `доступны: ${known.join(', ')}`;
}

const DIRECTIVE_TYPES: ReadonlySet<string> = new Set([
	'textDirective',
	'leafDirective',
	'containerDirective',
]);

/** A directive no plugin before this one has turned into an element. */
function isUnhandled(directive: Directives): boolean {
	return !(directive.data && 'hName' in directive.data);
}

/** Whether `node` is a directive no plugin before this one has handled. */
function isUnhandledDirective(node: { type: string }): boolean {
	return DIRECTIVE_TYPES.has(node.type) && isUnhandled(node as Directives);
}

/**
 * Runs after the directive plugins and deals with what they left. An unknown block directive
 * (`::name` or `:::name`) is an authoring mistake and stops the build; so is a text directive
 * that has `{…}` attributes (`:cit{#tass}`: nothing in prose looks like that, and the source
 * would silently drop out) or whose name is a typo of a known one (`:trem[СГ]`); the message
 * suggests the nearest known directive. Any other text directive is written back as the text it
 * was (a colon is common in prose: «счёт 2:0», «10:note»).
 *
 * ```md
 * Время:утро, see:note
 * ```
 * becomes
 * ```html
 * <p>Время:утро, see:note</p>
 * ```
 */
export const remarkUnknownDirectives: Plugin<[RemarkUnknownDirectivesOptions?], Root> = function (
	options,
) {
	const { known } = { ...DEFAULTS, ...options };
	return (tree, file) => {
		// Most bodies hold only directives that the plugins before have handled: no walk then.
		if (!someNode(tree, isUnhandledDirective)) return;
		const source = String(file.value);
		visit(tree, (node, index, parent) => {
			if (
				node.type !== 'textDirective' &&
				node.type !== 'leafDirective' &&
				node.type !== 'containerDirective'
			)
				return;
			const directive: Directives = node;
			if (!isUnhandled(directive)) return;
			const marker =
				directive.type === 'textDirective'
					? ':'
					: directive.type === 'leafDirective'
						? '::'
						: ':::';
			const textKnown = known.filter((name) => /^:[^:]/.test(name));
			const looksMeant =
				directive.type !== 'textDirective' ||
				Object.keys(directive.attributes ?? {}).length > 0 ||
				nearestName(
					directive.name,
					textKnown.map((name) => name.slice(1)),
				) !== undefined;
			if (looksMeant) {
				failAt(
					file,
					directive,
					`неизвестная директива ${marker}${directive.name}; ${suggestion(directive.name, directive.type === 'textDirective' ? textKnown : known)}`,
					'razbor:unknown-directive',
				);
			}
			if (!parent || index === undefined) return SKIP;
			// Put back the characters the author typed around the label, and keep the label's nodes,
			// so a citation or term inside it still renders like the rest of the text.
			const start = directive.position?.start.offset;
			const end = directive.position?.end.offset;
			const first = directive.children[0]?.position?.start.offset;
			const last = directive.children.at(-1)?.position?.end.offset;
			const literal = (from: number | undefined, to: number | undefined): Text => ({
				type: 'text',
				value: from !== undefined && to !== undefined ? source.slice(from, to) : '',
			});
			const replacement =
				first !== undefined && last !== undefined
					? [literal(start, first), ...directive.children, literal(last, end)]
					: [literal(start, end)];
			parent.children.splice(index, 1, ...(replacement as never[]));
			// Visit the inserted nodes: the label may hold another unknown directive.
			return index;
		});
	};
};
