/** A Markdown file split into its YAML frontmatter and body, with line numbers kept. */
export interface SplitMarkdown {
	/** The YAML between the `---` fences. */
	yaml: string;
	/** 1-based line of the first YAML line. */
	yamlFirstLine: number;
	/** The body with the frontmatter replaced by as many empty lines, so body positions are file positions. */
	body: string;
	/** 1-based line of the closing `---`. */
	closingLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits `---`-fenced frontmatter from a Markdown text; `null` when the file has none. */
export function splitFrontmatter(text: string): SplitMarkdown | null {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (!FENCE.test(lines[0] ?? '')) return null;
	const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
	if (close === -1) return null;
	return {
		yaml: lines.slice(1, close).join('\n'),
		yamlFirstLine: 2,
		body: '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n'),
		closingLine: close + 1,
	};
}

/**
 * 1-based line of an opening `---` that comes after blank lines at the top of the file, or
 * `undefined`: frontmatter must start on the very first line, and a blank line above it turns
 * the whole header into body text.
 */
export function fenceAfterBlankLines(text: string): number | undefined {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const first = lines.findIndex((line) => line.trim() !== '');
	return first > 0 && FENCE.test(lines[first]!) ? first + 1 : undefined;
}
