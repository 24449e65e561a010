import slugify from '@sindresorhus/slugify';
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { failAt } from './directives.ts';
import { forEachNode } from './walk.ts';

/** Options of {@link rehypeHeadingSlugs}. */
export interface RehypeHeadingSlugsOptions {
	/** Id of a heading whose text gives no Latin letter or digit at all (e.g. «—»). */
	fallback?: string;
}

/**
 * The words of a heading, without its citation markers: «Переговоры [1]» is «Переговоры», so the
 * id and the link's label do not change when citations are renumbered.
 */
export function headingText(heading: Element): string {
	let text = '';
	visit(heading, (node) => {
		if (node.type === 'element' && isCitation(node)) return SKIP;
		if (node.type === 'text') text += node.value;
		return undefined;
	});
	return text.trim();
}

function isCitation(element: Element): boolean {
	const classes = element.properties['className'];
	return Array.isArray(classes) && classes.includes('cite');
}

const DEFAULTS: Readonly<Required<RehypeHeadingSlugsOptions>> = Object.freeze({
	fallback: 'section',
});

/**
 * Gives every heading without an id a Latin one, transliterated from its text
 * («Прилёт во Внуково» → `prilyot-vo-vnukovo`): a shared link then reads the same in every
 * messenger instead of a wall of percent-escapes, and depends only on the heading's own words.
 * Ids already in the document (explicit `{#id}`s, fact boxes, citations) are kept and never
 * reused; a repeated slug gets `-2`, `-3`; two places with the same id stop the build.
 * Runs before Astro's `rehypeHeadingIds`, which keeps these ids for the contents list.
 *
 * ```html
 * <h2>Что подписали</h2>  →  <h2 id="chto-podpisali">Что подписали</h2>
 * ```
 */
export const rehypeHeadingSlugs: Plugin<[RehypeHeadingSlugsOptions?], Root> = function (options) {
	const { fallback } = { ...DEFAULTS, ...options };
	return (tree, file) => {
		const taken = new Set<string>();
		const untitled: Element[] = [];
		forEachNode<Element>(tree, 'element', (element) => {
			const id = element.properties['id'];
			if (typeof id !== 'string') {
				if (headingRank(element)) untitled.push(element);
				return;
			}
			// Two places with one id break every link to the second; in practice an explicit
			// heading id that repeats another heading's or a fact box's.
			if (taken.has(id)) {
				failAt(
					file,
					element,
					`id «${id}» уже есть у другого места в статье`,
					'razbor:duplicate-id',
				);
			}
			taken.add(id);
		});
		for (const heading of untitled) {
			const base = slugify(headingText(heading)) || fallback;
			let id = base;
			for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
			taken.add(id);
			heading.properties['id'] = id;
		}
	};
};
