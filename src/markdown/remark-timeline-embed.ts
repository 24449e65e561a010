import type { Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { ID_PATTERN } from '../schemas/common.ts';
import { failAt, recordReference, setElement, unknownAttributes } from './directives.ts';

/** Options of {@link remarkTimelineEmbed}. */
export interface RemarkTimelineEmbedOptions {
	/** Directive name; `timeline` by default. */
	name?: string;
}

const DEFAULTS: Readonly<Required<RemarkTimelineEmbedOptions>> = Object.freeze({
	name: 'timeline',
});

/** Class of the placeholder element; `src/lib/article-body.ts` splits the rendered body on it. */
export const TIMELINE_EMBED_CLASS = 'timeline-embed';

/**
 * Marks where a timeline from `content/timelines/` goes. The events themselves are rendered by
 * the page from the current YAML, so editing a timeline changes every page that embeds it even
 * when the article's cached render is reused.
 *
 * ```md
 * ::timeline{#visit-schedule}
 * ```
 * becomes
 * ```html
 * <div class="timeline-embed" data-timeline="visit-schedule"></div>
 * ```
 */
export const remarkTimelineEmbed: Plugin<[RemarkTimelineEmbedOptions?], Root> = function (options) {
	const { name } = { ...DEFAULTS, ...options };
	return (tree, file) => {
		visit(tree, 'leafDirective', (node: LeafDirective, _index, parent) => {
			if (node.name !== name) return;
			const id = node.attributes?.id;
			if (!id)
				failAt(
					file,
					node,
					`у хроники нет id: напишите ::${name}{#id-хроники}`,
					'razbor:timeline-id',
				);
			if (!ID_PATTERN.test(id))
				failAt(
					file,
					node,
					`«${id}» — не id хроники; нужны латинские буквы, цифры и дефисы`,
					'razbor:timeline-id',
				);
			const extra = unknownAttributes(node.attributes, ['id']);
			if (extra.length > 0)
				failAt(
					file,
					node,
					`у хроники неизвестный атрибут ${extra.join(', ')}; допустим только {#id}`,
					'razbor:timeline-attribute',
				);
			if (node.children.length > 0)
				failAt(
					file,
					node,
					`у ::${name} не бывает подписи в [скобках]; заголовок берётся из файла хроники`,
					'razbor:timeline-label',
				);
			if (parent?.type !== 'root')
				failAt(
					file,
					node,
					'хронику можно вставить только отдельной строкой на верхнем уровне, не внутри списка или цитаты',
					'razbor:timeline-nesting',
				);
			recordReference(file, 'timeline', id, node);
			setElement(node, 'div', { className: [TIMELINE_EMBED_CLASS], dataTimeline: id });
		});
	};
};
