import type { Element, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import {
	TYPOGRAPHY_LANGUAGES,
	typographInline,
	type InlinePiece,
	type TypographyLanguage,
} from '../format/typography.ts';

/** Options of {@link rehypeTypograf}. */
export interface RehypeTypografOptions {
	/** Elements whose text is left as written, with all they hold: code, scripts, styles. */
	skipTags?: readonly string[];
	/** Classes of elements left as written: `cite`, the citation markers «[1]», by default. */
	skipClasses?: readonly string[];
	/**
	 * Whose rules: `ru` or `en`. By default the language the file is rendered in, `lang` of the
	 * frontmatter the renderer is given (src/loaders/read-article.ts passes it), else Russian.
	 */
	lang?: TypographyLanguage;
}

const DEFAULTS: Readonly<Required<Omit<RehypeTypografOptions, 'lang'>>> = Object.freeze({
	skipTags: Object.freeze([
		'code',
		'pre',
		'kbd',
		'samp',
		'script',
		'style',
		'textarea',
		'template',
		'svg',
		'math',
	]),
	skipClasses: Object.freeze(['cite']),
});

/**
 * Phrasing elements: their text belongs to the sentence around them, so typograf sees it together
 * with that sentence. Any other element starts a run of its own (a paragraph, a list item, a cell).
 */
const INLINE = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'bdo',
	'cite',
	'data',
	'del',
	'dfn',
	'em',
	'i',
	'ins',
	'mark',
	'q',
	's',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
]);
/** Inline elements with no content. */
const VOID_INLINE = new Set(['br', 'img', 'wbr']);

/** The language a file is rendered in: `lang` of the frontmatter Astro's renderer was given, else Russian. */
function languageOf(file: VFile): TypographyLanguage {
	const data = file.data as { astro?: { frontmatter?: { lang?: unknown } } };
	const lang = data.astro?.frontmatter?.lang;
	return TYPOGRAPHY_LANGUAGES.find((known) => known === lang) ?? 'ru';
}

/**
 * Joins neighbouring text nodes (other plugins leave them, e.g. where an unknown directive went
 * back to text): typograf must see «Счёт 2:0» as one text, and the HTML is the same.
 */
function joinTexts(children: RootContent[]): void {
	for (let index = children.length - 1; index > 0; index--) {
		const child = children[index]!;
		const previous = children[index - 1]!;
		if (child.type === 'text' && previous.type === 'text') {
			previous.value += child.value;
			children.splice(index, 1);
		}
	}
}

/** One run of inline content: what typograf sees, and the text nodes that get its result. */
interface Run {
	pieces: InlinePiece[];
	texts: { value: string }[];
}

/**
 * Typography for the text of the rendered Markdown, by the rules of its language (English for the
 * English edition: “curly quotes”, ’, spaced «—»; see `lang`). Russian: non-breaking spaces after short words
 * and inside numbers with units, «—» with a non-breaking space before it, «ёлочки», «…»; the rules
 * are those of `typographText` (src/format/typography.ts). Each paragraph, list item, heading or cell
 * is typographed as one run, with its links and emphasis marked, so a short word before a link
 * gets its non-breaking space and quotes around emphasis match. Only text node values change:
 * elements, their nesting and attributes stay; code, scripts, styles and citation markers keep
 * their text as written.
 *
 * ```md
 * Переговоры прошли в [Кремле](https://kremlin.ru) - "нюансы" остались :cite{#tass}.
 * ```
 * becomes (`⍽` stands for U+00A0)
 * ```html
 * <p>Переговоры прошли в⍽<a href="https://kremlin.ru">Кремле</a>⍽— «нюансы» остались <sup class="cite"><a href="#source-tass" id="cite-tass-1">[1]</a></sup>.</p>
 * ```
 */
export const rehypeTypograf: Plugin<[RehypeTypografOptions?], Root> = function (options) {
	const { skipTags, skipClasses } = { ...DEFAULTS, ...options };
	// The language of the file being transformed, set as each (synchronous) run starts.
	let lang: TypographyLanguage = 'ru';

	const skipped = (element: Element): boolean => {
		if (skipTags.includes(element.tagName)) return true;
		const classes = element.properties['className'];
		return Array.isArray(classes) && classes.some((name) => skipClasses.includes(name));
	};

	/** Adds a node to the run; returns the block element that ends the run instead, if it is one. */
	const addInline = (run: Run, node: RootContent): Element | undefined => {
		if (node.type === 'text') {
			run.pieces.push(node.value);
			run.texts.push(node);
		} else if (node.type !== 'element') {
			// A comment or raw HTML: typograf sees only that something stands there.
			run.pieces.push({ name: 'span', kind: 'empty' });
		} else if (skipped(node) || VOID_INLINE.has(node.tagName)) {
			run.pieces.push({ name: node.tagName, kind: 'empty' });
		} else if (INLINE.has(node.tagName)) {
			run.pieces.push({ name: node.tagName, kind: 'open' });
			joinTexts(node.children);
			for (const child of node.children) {
				// A block inside an inline element is typographed on its own.
				const block = addInline(run, child);
				if (block) typographBlock(block);
			}
			run.pieces.push({ name: node.tagName, kind: 'close' });
		} else {
			return node;
		}
		return undefined;
	};

	const flush = (run: Run): void => {
		if (run.texts.every((text) => text.value.trim() === '')) return;
		const values = typographInline(run.pieces, lang);
		run.texts.forEach((text, index) => {
			text.value = values[index]!;
		});
	};

	/** Typographs the children of a block: each stretch between two block children is one run. */
	const typographBlock = (parent: Root | Element): void => {
		let run: Run = { pieces: [], texts: [] };
		joinTexts(parent.children);
		for (const child of parent.children) {
			const block = addInline(run, child);
			if (!block) continue;
			flush(run);
			run = { pieces: [], texts: [] };
			typographBlock(block);
		}
		flush(run);
	};

	return (tree, file) => {
		lang = options?.lang ?? languageOf(file);
		typographBlock(tree);
	};
};
