import type { Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';

/** Start and end offsets in the file of a piece of raw HTML as the editor wrote it. */
export type RawHtmlRange = readonly [start: number, end: number];

/** Where {@link rehypeRawHtml} leaves the ranges of raw HTML, for the guard after it. */
const RAW_RANGES_KEY = 'razborRawHtml';

/** The ranges of raw HTML that {@link rehypeRawHtml} found in this file (none when it had none). */
export function rawHtmlRanges(file: VFile): readonly RawHtmlRange[] {
	return (file.data as Record<string, readonly RawHtmlRange[] | undefined>)[RAW_RANGES_KEY] ?? [];
}

/** Whether a node starting at `offset` was written as raw HTML rather than made from Markdown. */
export function isInRawHtml(ranges: readonly RawHtmlRange[], offset: number | undefined): boolean {
	// A node with no position was made by a plugin (the link inside a citation) or implied by the
	// HTML parser (a <tbody>, which has no attributes): either way nothing an editor wrote.
	if (offset === undefined) return false;
	return ranges.some(([start, end]) => offset >= start && offset < end);
}

/** Every raw node under `node`, in document order. */
function collectRaw(node: Root | RootContent, found: RawHtmlRange[]): void {
	if (node.type === 'raw') {
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start !== undefined && end !== undefined) found.push([start, end]);
		else found.push([-1, -1]);
		return;
	}
	if ('children' in node) for (const child of node.children) collectRaw(child, found);
}

/** Removes every comment under `node`: an editor's note is never published. */
function dropComments(node: Root | RootContent): void {
	if (!('children' in node)) return;
	const kept: RootContent[] = node.children.filter((child) => child.type !== 'comment');
	(node as { children: RootContent[] }).children = kept;
	for (const child of kept) dropComments(child);
}

/**
 * Parses the raw HTML of an article (`<abbr>`, `<br>`) into elements, as `rehype-raw` does, so
 * that the plugins after it see real elements, and drops HTML comments: `<!-- проверить цифру -->`
 * is a note for the newsroom and must reach neither the page nor the feeds. The offsets of the raw
 * HTML are kept ({@link rawHtmlRanges}), so that the guard can hold what an editor wrote as HTML
 * to a narrower list than what Markdown and the directives make.
 *
 * `rehype-raw` sends the whole tree through an HTML parser even when there is nothing to parse,
 * and most articles have no raw HTML at all: that pass was about a tenth of rendering an article.
 * A tree without raw nodes is therefore left as it is; the HTML it becomes is the same.
 *
 * ```md
 * Визит <abbr title="Российская Федерация">РФ</abbr> <!-- проверить -->
 * ```
 * becomes
 * ```html
 * <p>Визит <abbr title="Российская Федерация">РФ</abbr> </p>
 * ```
 */
export const rehypeRawHtml: Plugin<[], Root> = function () {
	const parse = rehypeRaw();
	return (tree, file) => {
		const ranges: RawHtmlRange[] = [];
		collectRaw(tree, ranges);
		if (ranges.length === 0) return tree;
		(file.data as Record<string, unknown>)[RAW_RANGES_KEY] = ranges;
		const parsed = parse(tree, file);
		dropComments(parsed);
		return parsed;
	};
};
