import type { Element, Root } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import { forEachNode } from '../markdown/walk.ts';

/**
 * Makes every URL in a piece of HTML absolute. A feed reader shows an item away from its page, so
 * `/glossary/`, `chart.png` or `#source-1` would point nowhere (or at the reader itself): they are
 * resolved against the article's URL, the same way the browser resolves them on the page.
 */

/**
 * hast properties that hold URLs: every one html-url-attributes knows for HTML (`href`, `src`,
 * `poster`, `cite`, `action`, `formAction`, `data`, `ping`, `itemId` …), on any element, since
 * SVG's `<a href>`, `<use href>` and `<image href>` are links too; plus SVG's `xlink:href`, which
 * that list leaves out because it is not HTML. `srcset` holds descriptors too: see below.
 */
const URL_PROPERTIES = [...Object.keys(urlAttributes), 'xLinkHref'];

/** A scheme (`https:`, `mailto:`, `tel:`, `data:`): such a URL is absolute and kept as written. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * The absolute form of a URL written on the page at `pageUrl`: `#x` → `<page>#x`, `/x` →
 * `<origin>/x`, `x` → `<page directory>x`; a URL with a scheme (`https:`, `mailto:`) stays as
 * it is.
 */
export function absoluteReference(value: string, pageUrl: string): string {
	const reference = value.trim();
	if (SCHEME.test(reference)) return value;
	return new URL(reference, pageUrl).href;
}

/** A `srcset` with every candidate's URL made absolute; the width or density after it is kept. */
export function absoluteSrcset(value: string, pageUrl: string): string {
	return value
		.split(',')
		.map((candidate) => candidate.trim())
		.filter((candidate) => candidate !== '')
		.map((candidate) => {
			const [url = '', ...descriptors] = candidate.split(/\s+/);
			return [absoluteReference(url, pageUrl), ...descriptors].join(' ');
		})
		.join(', ');
}

/** Rewrites, in place, every URL attribute and `srcset` of the tree to its absolute form. */
export function absolutizeUrls(tree: Root, pageUrl: string): void {
	forEachNode<Element>(tree, 'element', (element) => {
		const { properties } = element;
		for (const name of URL_PROPERTIES) {
			const value = properties[name];
			if (typeof value === 'string') properties[name] = absoluteReference(value, pageUrl);
			// `ping` is a list of URLs.
			else if (Array.isArray(value))
				properties[name] = value.map((item) => absoluteReference(String(item), pageUrl));
		}
		const srcset = properties['srcSet'];
		if (typeof srcset === 'string') properties['srcSet'] = absoluteSrcset(srcset, pageUrl);
	});
}
