import type { Element, Root } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import { find, html } from 'property-information';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { failAt } from './directives.ts';
import { isInRawHtml, rawHtmlRanges } from './rehype-raw-html.ts';
import { forEachNode, type TreeNode } from './walk.ts';

/** Elements and, for each, the hast properties it may carry (`className`, `dataEmbed`, …). */
export type AllowList = Readonly<Record<string, readonly string[]>>;

/** Options of {@link rehypeAllowedHtml}. */
export interface RehypeAllowedHtmlOptions {
	/** What Markdown, GFM and our directives make: the only HTML a body built from Markdown holds. */
	markdown?: AllowList;
	/** What an editor may write as raw HTML: plain phrasing and structure, no classes, ids or data. */
	raw?: AllowList;
	/** URL schemes a link may use; relative URLs and fragments are always fine. */
	schemes?: readonly string[];
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/** The HTML an editor may write by hand: inline marks, quotes, lists and tables, nothing active. */
const RAW: AllowList = Object.freeze({
	a: ['href', 'title'],
	abbr: ['title'],
	b: [],
	blockquote: ['cite'],
	br: [],
	caption: [],
	cite: [],
	code: [],
	dd: [],
	del: [],
	dfn: ['title'],
	dl: [],
	dt: [],
	em: [],
	hr: [],
	i: [],
	ins: [],
	kbd: [],
	li: [],
	mark: [],
	ol: ['start', 'reversed'],
	p: [],
	q: ['cite'],
	s: [],
	small: [],
	span: ['title'],
	strong: [],
	sub: [],
	sup: [],
	table: [],
	tbody: [],
	td: ['colSpan', 'rowSpan'],
	tfoot: [],
	th: ['colSpan', 'rowSpan', 'scope'],
	thead: [],
	time: ['dateTime'],
	tr: [],
	u: [],
	ul: [],
	wbr: [],
});

/**
 * What remark-rehype makes of CommonMark and GFM, and our directives of theirs: heading ids
 * (`{#id}`), fact boxes (`aside`, `dl`), citations (`sup.cite`), term links, embed placeholders
 * (`div.embed[data-embed][data-id]`), GFM tables with `align`, task lists turned into text by
 * rehypeTaskList before this plugin runs.
 */
const MARKDOWN: AllowList = Object.freeze({
	...Object.fromEntries(HEADINGS.map((tag) => [tag, ['id', 'className']])),
	a: ['href', 'title', 'id', 'className'],
	aside: ['className', 'id', 'ariaLabelledBy'],
	blockquote: [],
	br: [],
	code: ['className'],
	dd: [],
	del: [],
	div: ['className', 'dataEmbed', 'dataId'],
	dl: [],
	dt: [],
	em: [],
	hr: [],
	img: ['src', 'alt', 'title'],
	li: ['className'],
	ol: ['start', 'className'],
	p: ['className'],
	pre: [],
	strong: [],
	sup: ['className'],
	table: [],
	tbody: [],
	td: ['align'],
	th: ['align'],
	thead: [],
	tr: [],
	ul: ['className'],
});

const DEFAULTS: Readonly<Required<RehypeAllowedHtmlOptions>> = Object.freeze({
	markdown: MARKDOWN,
	raw: RAW,
	schemes: Object.freeze(['https', 'http', 'mailto', 'tel']),
});

/** Elements that run code, load other documents, restyle the page or take input: named as such. */
const ACTIVE = new Set([
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
]);

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

/** The build's own markers: what an editor writing them by hand could forge or break. */
function isMarker(name: string): boolean {
	return name === 'class' || name === 'id' || /^(?:data|aria)-/.test(name) || name === 'role';
}

/** `<abbr>, <b>, <br>` … for messages. */
function tagList(allowList: AllowList): string {
	return Object.keys(allowList)
		.sort()
		.map((tag) => `<${tag}>`)
		.join(', ');
}

/** Why an element is refused, in the editor's words. */
function elementMessage(tag: string, raw: boolean, allowList: AllowList): string {
	if (ACTIVE.has(tag))
		return `элемент <${tag}> в статье недопустим: скрипты, стили, фреймы, объекты и формы на сайт не попадают; уберите его`;
	if (tag === 'img' && raw)
		return 'картинку нельзя вставить тегом <img>: положите файл в content/articles/images/ и напишите её в Markdown — ![что на ней изображено](./images/файл.jpg)';
	return `элемент <${tag}> в статье недопустим: в HTML статьи можно писать только ${tagList(allowList)}; уберите его или напишите то же самое в Markdown`;
}

/** Why an attribute is refused, in the editor's words. */
function attributeMessage(name: string, tag: string, raw: boolean, allowed: readonly string[]) {
	if (/^on/.test(name) || name === 'style' || name === 'srcdoc')
		return `атрибут ${name} у <${tag}> недопустим: обработчики событий и стили в статье не допускаются; уберите атрибут`;
	if (raw && isMarker(name))
		return `атрибут ${name} у <${tag}> в HTML статьи недопустим: классы, id, роли, data- и aria-атрибуты ставит сборка; хронику или диаграмму вставьте отдельной строкой ::timeline{#id} или ::chart{#id}, id заголовку задайте так: ## Заголовок {#id}`;
	const names = allowed.map(attributeName);
	const hint =
		names.length > 0
			? `у <${tag}> можно писать только ${names.join(', ')}`
			: `у <${tag}> атрибутов не бывает`;
	return `атрибут ${name} у <${tag}> недопустим: ${hint}; уберите его`;
}

/**
 * The allow-list guard of article bodies. Every element and attribute must be on the list of
 * what Markdown and our directives make, and what an editor wrote as raw HTML (rehypeRawHtml
 * records where that is) on the narrower list of plain HTML: no classes, ids, roles, data- or
 * aria-attributes, so raw HTML can never forge the build's markers, such as the embed
 * placeholder `<div class="embed" data-embed="…">`. Links and quotes may use https, http,
 * mailto and tel or stay on the site. Anything else stops the build at its line with a Russian
 * message saying what to do: refusing rather than stripping keeps what the editor sees in the
 * Markdown equal to what readers get, and an allow-list cannot miss an element the way a list of
 * forbidden ones missed `<plaintext>`.
 *
 * ```md
 * <plaintext>                    → «элемент <plaintext> в статье недопустим: …»
 * <script>alert(1)</script>      → «элемент <script> в статье недопустим: скрипты, стили, …»
 * [ссылка](javascript:alert(1))  → «адрес со схемой javascript: в href у <a> запрещён; …»
 * ```
 */
export const rehypeAllowedHtml: Plugin<[RehypeAllowedHtmlOptions?], Root> = function (options) {
	const { markdown, raw, schemes } = { ...DEFAULTS, ...options };

	return (tree, file) => {
		const ranges = rawHtmlRanges(file);
		// An element a plugin made has no position of its own: the message points at its parent's.
		let parentOf: TreeNode | undefined;
		const refuse = (file: VFile, element: Element, message: string, rule: string) =>
			failAt(file, element.position ? element : (parentOf ?? element), message, rule);
		forEachNode<Element>(tree, 'element', (element, parent) => {
			parentOf = parent;
			const tag = element.tagName.toLowerCase();
			const fromRaw = isInRawHtml(ranges, element.position?.start.offset);
			const allowList = fromRaw ? raw : markdown;
			const allowed = Object.hasOwn(allowList, tag) ? allowList[tag] : undefined;
			// A forged marker is named as such, even on an element that is refused anyway.
			const marker = fromRaw
				? Object.keys(element.properties).map(attributeName).find(isMarker)
				: undefined;
			if (marker)
				refuse(file, element, attributeMessage(marker, tag, true, []), 'razbor:html-marker');
			if (!allowed)
				return refuse(file, element, elementMessage(tag, fromRaw, raw), 'razbor:html-element');
			for (const [property, value] of Object.entries(element.properties)) {
				if (value === null || value === undefined || value === false) continue;
				const name = attributeName(property);
				if (!allowed.includes(property)) {
					refuse(
						file,
						element,
						attributeMessage(name, tag, fromRaw, allowed),
						fromRaw && isMarker(name) ? 'razbor:html-marker' : 'razbor:html-attribute',
					);
				}
				if (!URL_PROPERTIES.has(property)) continue;
				const values = Array.isArray(value) ? value.map(String) : [String(value)];
				for (const url of values) {
					const scheme = urlScheme(url);
					if (scheme && !schemes.includes(scheme)) {
						refuse(
							file,
							element,
							`адрес со схемой ${scheme}: в ${name} у <${tag}> запрещён; допустимы ${schemes.map((item) => `${item}:`).join(', ')} и адреса на самом сайте`,
							'razbor:url-scheme',
						);
					}
				}
			}
		});
	};
};
