import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { uiFor } from '../i18n/dictionaries.ts';
import type { Locale } from '../i18n/locales.ts';
import { fileLocale } from './file-locale.ts';
import { headingText } from './rehype-heading-slugs.ts';
import { forEachNode, SKIP_CHILDREN, type TreeNode } from './walk.ts';

/** Options of {@link rehypeAnchorLinks}. */
export interface RehypeAnchorLinksOptions {
	/** Class of the link. */
	className?: string;
	/** Class of the element that keeps a heading and its link on one line. */
	groupClassName?: string;
	/** Class of the fact boxes, which get one link to the whole box. */
	factBoxClassName?: string;
	/**
	 * The language of the links' labels; by default the language the file is rendered in (see
	 * ./file-locale.ts), so an English article's read “Link to the section: …”.
	 */
	locale?: Locale;
}

const DEFAULTS: Readonly<Required<Omit<RehypeAnchorLinksOptions, 'locale'>>> = Object.freeze({
	className: 'anchor',
	groupClassName: 'heading',
	factBoxClassName: 'fact-box',
});

/**
 * The visible «#» and, for screen readers, what the link points to. Out of the search index
 * (`data-pagefind-ignore`): «#Ссылка на раздел: …» is no excerpt for a reader (issue 18).
 */
export function anchorLink(id: string, label: string, className: string): Element {
	return h('a', { className: [className], href: `#${id}`, dataPagefindIgnore: '' }, [
		h('span', { ariaHidden: 'true' }, '#'),
		h('span', { className: ['visually-hidden'] }, label),
	]);
}

function hasClass(element: Element, name: string): boolean {
	const classes = element.properties['className'];
	return Array.isArray(classes) && classes.includes(name);
}

/**
 * A visible «#» link next to every heading with an id and on every fact box, so a reader can copy
 * a link to exactly that place. The link follows the heading instead of sitting inside it, so a
 * screen reader's list of headings reads the headings alone; both go into one `div` that keeps them
 * on one line. A fact box's link points at the box, not at its title.
 *
 * ```html
 * <h2 id="chto-podpisali">Что подписали</h2>
 * ```
 * becomes
 * ```html
 * <div class="heading"><h2 id="chto-podpisali">Что подписали</h2><a class="anchor" href="#chto-podpisali" data-pagefind-ignore><span aria-hidden="true">#</span><span class="visually-hidden">Ссылка на раздел: Что подписали</span></a></div>
 * ```
 */
export const rehypeAnchorLinks: Plugin<[RehypeAnchorLinksOptions?], Root> = function (options) {
	const { className, groupClassName, factBoxClassName, locale } = { ...DEFAULTS, ...options };

	const group = (heading: Element, id: string, label: string): Element =>
		h('div', { className: [groupClassName] }, [heading, anchorLink(id, label, className)]);

	return (tree, file) => {
		const labels = uiFor(locale ?? fileLocale(file)).anchors;
		// The group takes the heading's place and is not walked: its heading would get a second link.
		forEachNode<Element>(tree, 'element', (element, parent, index) => {
			if (!parent || index === undefined) return undefined;
			const id = element.properties['id'];
			if (hasClass(element, factBoxClassName) && typeof id === 'string') {
				const title = element.children.findIndex(
					(child) => child.type === 'element' && headingRank(child) !== undefined,
				);
				if (title >= 0) {
					const heading = element.children[title] as Element;
					const label = labels.factBox(headingText(heading));
					element.children[title] = group(heading, id, label);
				}
				return SKIP_CHILDREN;
			}
			if (headingRank(element) && typeof id === 'string') {
				(parent as TreeNode & { children: TreeNode[] }).children[index] = group(
					element,
					id,
					labels.section(headingText(element)),
				);
				return SKIP_CHILDREN;
			}
			return undefined;
		});
	};
};
