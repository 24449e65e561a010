import { pathToFileURL } from 'node:url';
import type { BodyReferences } from '../../src/markdown/directives.ts';
import { markdownOptions } from '../../src/markdown/index.ts';
import { articleBodyProcessor } from '../../src/markdown/processor.ts';

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
	/**
	 * The language the body is rendered in, as the article loader passes it (`lang` of the
	 * frontmatter Astro's renderer is given: `en` for the English edition); none by default.
	 */
	lang?: 'ru' | 'en';
}

type Renderer = Awaited<ReturnType<ReturnType<typeof articleBodyProcessor>['createRenderer']>>;

/** One renderer with the site's rehype plugins and one without, each made on first use. */
const renderers = new Map<boolean, Promise<Renderer>>();

/**
 * The site's Markdown processor, made as the article loader makes it (src/markdown/processor.ts:
 * remark-parse, GFM, our remark plugins, remark-rehype with raw HTML kept, our rehype plugins).
 * Without `rehype`, the site's rehype plugins are left out and nothing else.
 */
function rendererFor(rehype: boolean): Promise<Renderer> {
	let renderer = renderers.get(rehype);
	if (!renderer) {
		const options = rehype ? markdownOptions : { ...markdownOptions, rehypePlugins: [] };
		renderer = articleBodyProcessor(options).createRenderer({ syntaxHighlight: false });
		renderers.set(rehype, renderer);
	}
	return renderer;
}

/**
 * Renders Markdown with the site's processor (see {@link rendererFor}), as the article loader
 * renders an article's body. A plugin's `file.fail()` rejects with its VFileMessage.
 */
export async function renderMarkdown(
	markdown: string,
	path = 'article.md',
	{ rehype = false, lang }: RenderOptions = {},
): Promise<RenderedMarkdown> {
	const renderer = await rendererFor(rehype);
	const { code, metadata } = await renderer.render(markdown, {
		frontmatter: lang ? { lang } : {},
		fileURL: pathToFileURL(path),
	});
	const frontmatter = metadata.frontmatter as { razbor?: BodyReferences };
	return { html: code, references: frontmatter.razbor };
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
