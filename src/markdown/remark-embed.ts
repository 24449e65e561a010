import type { Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import {
	bodyReferences,
	failAt,
	recordReference,
	requireDirectiveId,
	setElement,
	type ReferenceKind,
} from './directives.ts';
import { forEachNode } from './walk.ts';

/** What can be embedded by id: the collection it comes from and how editors call it. */
export interface RemarkEmbedOptions {
	/** Directive name, e.g. `timeline` for `::timeline{#id}`. */
	name: string;
	/** Which collection the id points into. */
	kind: Extract<ReferenceKind, 'timeline' | 'chart' | 'map'>;
	/** The thing in the genitive, for messages: «хроники», «диаграммы». */
	genitive: string;
	/** The thing in the accusative, for messages: «хронику», «диаграмму». */
	accusative: string;
}

/** `::timeline{#id}` embeds a timeline from `content/timelines/`. */
export const TIMELINE_EMBED: Readonly<RemarkEmbedOptions> = Object.freeze({
	name: 'timeline',
	kind: 'timeline',
	genitive: 'хроники',
	accusative: 'хронику',
});

/** `::chart{#id}` embeds a chart from `content/charts/`. */
export const CHART_EMBED: Readonly<RemarkEmbedOptions> = Object.freeze({
	name: 'chart',
	kind: 'chart',
	genitive: 'диаграммы',
	accusative: 'диаграмму',
});

/** `::map{#id}` embeds a map from `content/maps/`. */
export const MAP_EMBED: Readonly<RemarkEmbedOptions> = Object.freeze({
	name: 'map',
	kind: 'map',
	genitive: 'карты',
	accusative: 'карту',
});

/** Class of the placeholder element; `src/model/article-body.ts` splits the rendered body on it. */
export const EMBED_CLASS = 'embed';

/**
 * Marks where an entry from another collection goes, rendered by the page from the current data:
 * editing a timeline or a chart then changes every page that embeds it, even when the article's
 * cached render is reused.
 *
 * ```md
 * ::timeline{#visit-schedule}
 * ```
 * becomes
 * ```html
 * <div class="embed" data-embed="timeline" data-id="visit-schedule"></div>
 * ```
 */
export function createRemarkEmbed(options: Readonly<RemarkEmbedOptions>): Plugin<[], Root> {
	const { name, kind, genitive, accusative } = options;
	// A separate plugin per kind: unified merges the options of a plugin used twice.
	return () => (tree, file) => {
		forEachNode<LeafDirective>(tree, 'leafDirective', (node, parent) => {
			if (node.name !== name) return;
			const id = requireDirectiveId(file, node, {
				missing: `у ${genitive} нет id: напишите ::${name}{#id-${genitive}}`,
				genitive,
				owner: genitive,
				rulePrefix: name,
			});
			if (node.children.length > 0)
				failAt(
					file,
					node,
					`у ::${name} не бывает подписи в [скобках]; заголовок берётся из файла ${genitive}`,
					`razbor:${name}-label`,
				);
			if (parent?.type !== 'root')
				failAt(
					file,
					node,
					`${accusative} можно вставить только отдельной строкой на верхнем уровне, не внутри списка или цитаты`,
					`razbor:${name}-nesting`,
				);
			recordReference(file, kind, id, node);
			// What the article leads with: its first block, before any text.
			if (tree.children[0] === node) bodyReferences(file).opening = { kind, id };
			setElement(node, 'div', { className: [EMBED_CLASS], dataEmbed: kind, dataId: id });
		});
	};
}

/** `::timeline{#id}`: a timeline from `content/timelines/`. */
export const remarkTimelineEmbed = createRemarkEmbed(TIMELINE_EMBED);

/** `::chart{#id}`: a chart from `content/charts/`. */
export const remarkChartEmbed = createRemarkEmbed(CHART_EMBED);
