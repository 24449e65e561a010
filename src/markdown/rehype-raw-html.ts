import type { Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { Plugin } from 'unified';

/** Whether `node` or anything inside it is raw HTML as the Markdown gave it. */
function holdsRawHtml(node: Root | RootContent): boolean {
	if (node.type === 'raw') return true;
	return 'children' in node && node.children.some(holdsRawHtml);
}

/**
 * Parses the raw HTML of an article (`<abbr>`, `<br>`, an HTML comment written in the Markdown)
 * into elements, as `rehype-raw` does, so that the plugins after it see real elements; the guard
 * against active content relies on that.
 *
 * `rehype-raw` sends the whole tree through an HTML parser even when there is nothing to parse,
 * and most articles have no raw HTML at all: that pass was about a tenth of rendering an article.
 * A tree without raw nodes is therefore left as it is; the HTML it becomes is the same.
 */
export const rehypeRawHtml: Plugin<[], Root> = function () {
	const parse = rehypeRaw();
	return (tree, file) => (holdsRawHtml(tree) ? parse(tree, file) : tree);
};
