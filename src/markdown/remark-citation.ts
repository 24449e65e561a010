import type { Link, Parents, PhrasingContent, Root } from 'mdast';
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

/** Options of {@link remarkCitation}. */
export interface RemarkCitationOptions {
	/** Directive name; `cite` by default. */
	name?: string;
}

const DEFAULTS: Readonly<Required<RemarkCitationOptions>> = Object.freeze({ name: 'cite' });

/** U+2060 WORD JOINER: no line break on either side, so a marker never starts a line alone. */
const WORD_JOINER = '\u2060';

/** Whitespace between two citations of one group, or at the end of the text before a marker. */
const SPACES = /[ \t\n\u00a0]+$/;

/** Whether a node is a citation directive of this plugin. */
function isCitation(node: PhrasingContent | undefined, name: string): node is TextDirective {
	return node?.type === 'textDirective' && node.name === name;
}

/**
 * Turns `:cite{#source-id}` into a numbered note linking to the article's sources list. Sources
 * are numbered by first citation; the order is kept for the page's list. The marker is glued to
 * the word before it (the space goes, a word joiner holds them together: issue 18, markers
 * starting lines), and citations next to each other form one group «[4, 5]».
 *
 * ```md
 * Переговоры прошли в Кремле :cite{#kremlin-talks}, в Минске :cite{#tass} :cite{#belta}.
 * ```
 * becomes (⁠ is U+2060)
 * ```html
 * <p>Переговоры прошли в Кремле<sup class="cite">⁠<a href="#source-kremlin-talks" id="cite-kremlin-talks-1">[1]</a></sup>,
 * в Минске<sup class="cite">⁠[<a href="#source-tass" id="cite-tass-1">2</a>, <a href="#source-belta" id="cite-belta-1">3</a>]</sup>.</p>
 * ```
 */
export const remarkCitation: Plugin<[RemarkCitationOptions?], Root> = function (options) {
	const { name } = { ...DEFAULTS, ...options };
	return (tree, file) => {
		const { citations } = bodyReferences(file);
		const occurrences = new Map<string, number>();

		/** Checks one citation and returns the link it becomes. */
		const linkFor = (node: TextDirective, label: string): Link => {
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
			return {
				type: 'link',
				url: `#${sourceAnchor(id)}`,
				children: [{ type: 'text', value: label.replace('#', String(number)) }],
				data: { hProperties: { id: citationAnchor(id, occurrence) } },
			};
		};

		groupCitations(tree);

		/**
		 * Rewrites each run of citations among `parent`'s children as one marker, and walks the
		 * other children, all in document order: the numbers follow the first citations.
		 */
		function groupCitations(parent: Parents): void {
			const children = parent.children as PhrasingContent[];
			for (let index = 0; index < children.length; index++) {
				const first = children[index];
				if (!isCitation(first, name)) {
					if (first && 'children' in first) groupCitations(first);
					continue;
				}
				// The run: this citation and every next one with only spaces between.
				const run: TextDirective[] = [first];
				let end = index + 1;
				for (;;) {
					const next = children[end];
					const gap = next?.type === 'text' && next.value.trim() === '' ? 1 : 0;
					const candidate = children[end + gap];
					if (!isCitation(candidate, name)) break;
					run.push(candidate);
					end += gap + 1;
				}
				const previous = children[index - 1];
				if (previous?.type === 'text') previous.value = previous.value.replace(SPACES, '');

				const links =
					run.length === 1
						? [linkFor(first, '[#]')]
						: run.map((citation) => linkFor(citation, '#'));
				const marker: PhrasingContent[] = [{ type: 'text', value: WORD_JOINER }];
				if (run.length === 1) marker.push(links[0]!);
				else {
					marker.push({ type: 'text', value: '[' });
					links.forEach((link, position) => {
						if (position > 0) marker.push({ type: 'text', value: ', ' });
						marker.push(link);
					});
					marker.push({ type: 'text', value: ']' });
				}
				setElement(first, 'sup', { className: ['cite'] });
				first.children = marker;
				children.splice(index + 1, end - index - 1);
				if (previous?.type === 'text' && previous.value === '') {
					children.splice(index - 1, 1);
					index--;
				}
			}
		}
	};
};
