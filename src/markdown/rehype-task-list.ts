import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { forEachNode } from './walk.ts';

/** Options of {@link rehypeTaskList}. */
export interface RehypeTaskListOptions {
	/** Text that stands for a done item. */
	done?: string;
	/** Text that stands for an open item. */
	open?: string;
}

const DEFAULTS: Readonly<Required<RehypeTaskListOptions>> = Object.freeze({
	done: '☑\u00a0',
	open: '☐\u00a0',
});

/** Whether a node is the checkbox GFM puts at the start of a task list item. */
function isTaskCheckbox(node: ElementContent | undefined): node is Element {
	return (
		node?.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox'
	);
}

/**
 * Turns GFM's task list checkboxes into text. A task list (`- [x] сделано`) is valid Markdown
 * that an editor may well use for «что обещали — что сделано», but GFM writes it as a disabled
 * `<input>`: a form control that readers cannot use, that has no label for screen readers, and
 * that the allow-list guard rightly refuses in raw HTML. A ballot-box character carries the same
 * meaning as text, in the page, the feeds and the search index alike. Runs before raw HTML is
 * parsed, so every checkbox it sees is GFM's own.
 *
 * ```md
 * - [x] сделано
 * ```
 * becomes
 * ```html
 * <ul class="contains-task-list"><li class="task-list-item">☑ сделано</li></ul>
 * ```
 */
export const rehypeTaskList: Plugin<[RehypeTaskListOptions?], Root> = function (options) {
	const { done, open } = { ...DEFAULTS, ...options };
	return (tree) => {
		forEachNode<Element>(tree, 'element', (item) => {
			if (item.tagName !== 'li') return;
			const paragraph = item.children.find(
				(child): child is Element => child.type === 'element' && child.tagName === 'p',
			);
			for (const holder of [item, paragraph]) {
				if (!holder) continue;
				const first = holder.children.findIndex(
					(child) => !(child.type === 'text' && !child.value.trim()),
				);
				const box = holder.children[first];
				if (!isTaskCheckbox(box)) continue;
				const text = box.properties['checked'] ? done : open;
				// GFM puts a space after the checkbox; the mark brings its own non-breaking one.
				const next = holder.children[first + 1];
				if (next?.type === 'text') next.value = next.value.replace(/^ /, '');
				holder.children.splice(first, 1, { type: 'text', value: text });
			}
		});
	};
};
