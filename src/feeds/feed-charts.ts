import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { chartImagePath, mapImagePath } from '../format/urls.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/**
 * Charts and maps as every feed reader can show them. On the page each is an inline SVG drawing
 * beside its text (a chart's data table, a map's list of places); readers drop or garble inline
 * SVG (a terminal reader prints its text nodes run together, validators warn about it), so in a
 * feed the drawing becomes its PNG, drawn at build time by the share-card renderer
 * (`/og/charts/<id>.png`, `/og/maps/<id>.png`, src/og/site-images.ts), and the text stays. Any
 * other inline SVG is taken out: a feed carries none.
 *
 * ```html
 * <figure class="chart" id="chart-trade"><figcaption>Товарооборот</figcaption><svg>…</svg><table>…
 * → <figure class="chart" id="chart-trade"><figcaption>Товарооборот</figcaption>
 *   <p><img src="/og/charts/trade.png" alt="Товарооборот" width="1200" height="630"></p><table>…
 * <figure class="map" id="map-route"><figcaption>Маршрут</figcaption><svg><title>…<desc>Карта…
 * → … <p><img src="/og/maps/route.png" alt="Карта…" width="1200" height="630"></p><ol>…
 * ```
 */

/** The PNG's size, as drawn: the share-card size. */
const FIGURE_IMAGE = { width: 1200, height: 630 } as const;

/** Parts of a table cell the page sets on lines of their own with CSS, which readers ignore. */
const CELL_LINE_CLASSES: readonly string[] = ['chart__basis', 'chart__row-note'];

function classes(element: Element): string[] {
	const value = element.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
}

/** The drawn figures a feed shows as images: the class of their `<figure>` and their PNG. */
const DRAWN_FIGURES: readonly {
	kind: 'chart' | 'map';
	imagePath: (id: string, locale: Locale) => string;
}[] = [
	{ kind: 'chart', imagePath: chartImagePath },
	{ kind: 'map', imagePath: mapImagePath },
];

/**
 * The image of a `<figure class="chart" id="chart-<id>">` or `<figure class="map"
 * id="map-<id>">`, if `element` is one.
 */
function drawnFigure(
	element: Element,
	locale: Locale,
): { kind: 'chart' | 'map'; src: string } | undefined {
	if (element.tagName !== 'figure') return undefined;
	const id = element.properties['id'];
	for (const { kind, imagePath } of DRAWN_FIGURES)
		if (classes(element).includes(kind) && typeof id === 'string' && id.startsWith(`${kind}-`))
			return { kind, src: imagePath(id.slice(kind.length + 1), locale) };
	return undefined;
}

/** The text of a node and everything in it. */
function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The first child element of `parent` named `tagName`. */
function childNamed(parent: Element, tagName: string): Element | undefined {
	return parent.children.find(
		(child): child is Element => child.type === 'element' && child.tagName === tagName,
	);
}

/**
 * The figure's image in place of its drawing. A chart's is described by its title, as its table
 * follows; a map's by the drawing's own text alternative (its `<desc>`, what the map shows), else
 * its title.
 */
function figureImage(
	figure: Element,
	drawing: Element,
	{ kind, src }: { kind: 'chart' | 'map'; src: string },
): Element {
	const caption = childNamed(figure, 'figcaption');
	const description = (kind === 'map' ? childNamed(drawing, 'desc') : undefined) ?? caption;
	// In a paragraph: a text rendering starts it on a line of its own, not after the caption.
	return h('p', [
		h('img', { src, alt: description ? textOf(description).trim() : '', ...FIGURE_IMAGE }),
	]);
}

/**
 * In place: each chart's and map's `<svg>` drawing becomes its `<img>`, any other `<svg>` goes,
 * and the parts of a table cell the page puts on lines of their own (a bar's basis, its note) get
 * a `<br>` before them, so a text rendering does not run «Российская статистика» and «со слов
 * Путина» together. Relative URLs are made absolute afterwards, with every other one. The images
 * are those of the article's edition, drawn with its words (`/og/en/charts/<id>.png`).
 */
export function chartsForFeeds(tree: Root, locale?: Locale): void {
	visit(tree, 'element', (element, index, parent) => {
		if (!parent || index === undefined) return undefined;
		if (element.tagName === 'svg') {
			const figure =
				parent.type === 'element' ? drawnFigure(parent, locale ?? DEFAULT_LOCALE) : undefined;
			const replacement: ElementContent[] = figure
				? [figureImage(parent as Element, element, figure)]
				: [];
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
