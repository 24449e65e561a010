import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { chartImagePath } from '../format/urls.ts';

/**
 * Charts as every feed reader can show them. On the page a chart is an inline SVG drawing beside
 * its data table; readers drop or garble inline SVG (a terminal reader prints its text nodes run
 * together, validators warn about it), so in a feed the drawing becomes the chart's PNG, drawn at
 * build time by the share-card renderer (`/og/charts/<id>.png`, src/og/site-images.ts), and the
 * table stays. Any other inline SVG is taken out: a feed carries none.
 *
 * ```html
 * <figure class="chart" id="chart-trade"><figcaption>Товарооборот</figcaption><svg>…</svg><table>…
 * → <figure class="chart" id="chart-trade"><figcaption>Товарооборот</figcaption>
 *   <p><img src="/og/charts/trade.png" alt="Товарооборот" width="1200" height="630"></p><table>…
 * ```
 */

/** The PNG's size, as drawn: the share-card size. */
const CHART_IMAGE = { width: 1200, height: 630 } as const;

/** Parts of a table cell the page sets on lines of their own with CSS, which readers ignore. */
const CELL_LINE_CLASSES: readonly string[] = ['chart__basis', 'chart__row-note'];

function classes(element: Element): string[] {
	const value = element.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
}

/** The chart id of a `<figure class="chart" id="chart-<id>">`, if `element` is one. */
function chartId(element: Element): string | undefined {
	if (element.tagName !== 'figure' || !classes(element).includes('chart')) return undefined;
	const id = element.properties['id'];
	return typeof id === 'string' && id.startsWith('chart-') ? id.slice('chart-'.length) : undefined;
}

/** The text of a node and everything in it. */
function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The chart's image in place of its drawing, described by the chart's title. */
function chartImage(figure: Element, id: string): Element {
	const caption = figure.children.find(
		(child): child is Element => child.type === 'element' && child.tagName === 'figcaption',
	);
	// In a paragraph: a text rendering starts it on a line of its own, not after the caption.
	return h('p', [
		h('img', {
			src: chartImagePath(id),
			alt: caption ? textOf(caption).trim() : '',
			...CHART_IMAGE,
		}),
	]);
}

/**
 * In place: each chart's `<svg>` drawing becomes its `<img>`, any other `<svg>` goes, and the
 * parts of a table cell the page puts on lines of their own (a bar's basis, its note) get a
 * `<br>` before them, so a text rendering does not run «Российская статистика» and «со слов
 * Путина» together. Relative URLs are made absolute afterwards, with every other one.
 */
export function chartsForFeeds(tree: Root): void {
	visit(tree, 'element', (element, index, parent) => {
		if (!parent || index === undefined) return undefined;
		if (element.tagName === 'svg') {
			const id = parent.type === 'element' ? chartId(parent) : undefined;
			const replacement: ElementContent[] = id ? [chartImage(parent as Element, id)] : [];
			parent.children.splice(index, 1, ...replacement);
			return [SKIP, index + replacement.length];
		}
		if (
			element.tagName === 'span' &&
			classes(element).some((name) => CELL_LINE_CLASSES.includes(name))
		) {
			parent.children.splice(index, 0, h('br'));
			return [SKIP, index + 2];
		}
		return undefined;
	});
}
