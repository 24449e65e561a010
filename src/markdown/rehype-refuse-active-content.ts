import type { Element, Root } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import { find, html } from 'property-information';
import type { Plugin } from 'unified';
import { failAt } from './directives.ts';
import { forEachNode } from './walk.ts';

/** Options of {@link rehypeRefuseActiveContent}. */
export interface RehypeRefuseActiveContentOptions {
	/** Elements that run code, load other documents, restyle the page or take input. */
	elements?: readonly string[];
	/** URL schemes a link or an image may use; relative URLs and fragments are always fine. */
	schemes?: readonly string[];
}

const DEFAULTS: Readonly<Required<RehypeRefuseActiveContentOptions>> = Object.freeze({
	elements: Object.freeze([
		'script',
		'noscript',
		'style',
		'link',
		'meta',
		'base',
		'iframe',
		'frame',
		'frameset',
		'object',
		'embed',
		'applet',
		'portal',
		'form',
		'input',
		'button',
		'select',
		'textarea',
		'template',
		'svg',
		'math',
	]),
	schemes: Object.freeze(['https', 'http', 'mailto', 'tel']),
});

/**
 * hast properties that hold URLs: every one html-url-attributes knows for HTML, on any element
 * (a browser follows SVG's `<a href>` too), and those it leaves out: `srcset` (several URLs with
 * descriptors), SVG's `xlink:href`, and the obsolete `background` and `longdesc`, which browsers
 * still read.
 */
const URL_PROPERTIES: ReadonlySet<string> = new Set([
	...Object.keys(urlAttributes),
	'srcSet',
	'xLinkHref',
	'background',
	'longDesc',
]);

/** The scheme of a URL as a browser reads it (it ignores tabs, newlines and leading spaces). */
export function urlScheme(url: string): string | undefined {
	// eslint-disable-next-line no-control-regex -- browsers strip exactly these before parsing.
	const cleaned = url.replace(/[\u0000-\u0020]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Attribute name as the editor wrote it, for the message: `onClick` → `onclick`. */
function attributeName(property: string): string {
	return find(html, property).attribute;
}

/**
 * Stops the build on anything in an article that could run code, load another page into this
 * one, restyle the site or collect input: script, style, frames, objects, forms (also as raw
 * HTML inside fact boxes), `on…` handlers, `style` and `srcdoc` attributes, and links or images
 * whose scheme is not https, http, mailto or tel (`javascript:`, `data:`, `vbscript:`). Refusing
 * rather than stripping keeps what the editor sees in the Markdown equal to what readers get;
 * the message names the file, the line and what to remove. Raw HTML must be parsed into elements
 * before this plugin runs (`rehype-raw`).
 *
 * ```md
 * <script>alert(1)</script>      → «в статье нельзя использовать <script>…»
 * [ссылка](javascript:alert(1))  → «ссылка со схемой javascript: запрещена…»
 * ```
 */
export const rehypeRefuseActiveContent: Plugin<[RehypeRefuseActiveContentOptions?], Root> =
	function (options) {
		const { elements, schemes } = { ...DEFAULTS, ...options };
		const refuse = (file: Parameters<typeof failAt>[0], element: Element, message: string) =>
			failAt(file, element, message, 'razbor:active-content');

		return (tree, file) => {
			forEachNode<Element>(tree, 'element', (element) => {
				const tag = element.tagName.toLowerCase();
				if (elements.includes(tag)) {
					refuse(
						file,
						element,
						`в статье нельзя использовать <${tag}>: скрипты, стили, фреймы, объекты и формы на сайт не попадают; уберите элемент`,
					);
				}
				for (const [property, value] of Object.entries(element.properties)) {
					const name = attributeName(property);
					if (/^on/.test(name) || name === 'style' || name === 'srcdoc') {
						refuse(
							file,
							element,
							`атрибут ${name} у <${tag}> запрещён: обработчики событий и стили в статье не допускаются; уберите атрибут`,
						);
					}
					if (!URL_PROPERTIES.has(property) || value === null || value === undefined) continue;
					const values = Array.isArray(value) ? value.map(String) : [String(value)];
					// Every candidate of a srcset, not only the first: each piece between commas is
					// checked (a data: URL's own comma only adds a piece without a scheme).
					const urls = property === 'srcSet' ? values.flatMap((item) => item.split(',')) : values;
					for (const url of urls) {
						const scheme = urlScheme(url);
						if (scheme && !schemes.includes(scheme)) {
							refuse(
								file,
								element,
								`адрес со схемой ${scheme}: в ${name} у <${tag}> запрещён; допустимы ${schemes.map((item) => `${item}:`).join(', ')} и адреса на самом сайте`,
							);
						}
					}
				}
			});
		};
	};
