import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { BodyReferences } from '../../src/markdown/directives.ts';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/index.ts';

/** What {@link renderMarkdown} returns: the HTML and what the plugins recorded. */
export interface RenderedMarkdown {
	html: string;
	/** `file.data.astro.frontmatter.razbor`, as Astro hands it to the page. */
	references: BodyReferences | undefined;
}

/** Options of {@link renderMarkdown}. */
export interface RenderOptions {
	/**
	 * Also run the site's rehype plugins (heading ids, typography) after remark-rehype, as the site
	 * and the fixtures do; off by default, so a remark plugin's test sees plain spaces.
	 */
	rehype?: boolean;
}

/**
 * Runs the site's remark plugins, in the order `src/markdown/index.ts` lists them, between
 * remark-parse and rehype-stringify. A plugin's `file.fail()` rejects with its VFileMessage.
 */
export async function renderMarkdown(
	markdown: string,
	path = 'article.md',
	{ rehype = false }: RenderOptions = {},
): Promise<RenderedMarkdown> {
	const file = new VFile({ value: markdown, path });
	const processor = unified()
		.use(remarkParse)
		.use(remarkPlugins as PluggableList)
		// Raw HTML passes through as Astro's processor lets it, so the guard sees what the site would.
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rehype ? (rehypePlugins as PluggableList) : [])
		.use(rehypeStringify, { allowDangerousHtml: true });
	const html = String(await processor.process(file));
	const data = file.data as { astro?: { frontmatter?: { razbor?: BodyReferences } } };
	return { html, references: data.astro?.frontmatter?.razbor };
}

/** Where and why a plugin stopped the pipeline (the parts of a VFileMessage tests look at). */
export interface MarkdownFailure {
	reason: string;
	line: number | undefined;
	column: number | undefined;
	ruleId: string | undefined;
	source: string | undefined;
}

/** Runs {@link renderMarkdown} and returns why it failed; throws when the Markdown renders fine. */
export async function renderFailure(
	markdown: string,
	path = 'article.md',
	options: RenderOptions = {},
): Promise<MarkdownFailure> {
	let rendered: RenderedMarkdown;
	try {
		rendered = await renderMarkdown(markdown, path, options);
	} catch (error) {
		const failure = error as Partial<MarkdownFailure> & Error;
		return {
			reason: failure.reason ?? failure.message,
			line: failure.line ?? undefined,
			column: failure.column ?? undefined,
			ruleId: failure.ruleId ?? undefined,
			source: failure.source ?? undefined,
		};
	}
	throw new Error(`expected the Markdown to be refused, but it rendered:\n${rendered.html}`);
}
