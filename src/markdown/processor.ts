import type {
	MarkdownHeading,
	MarkdownProcessor,
	MarkdownRenderer,
	MarkdownRenderOptions,
} from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';

/** The plugins of {@link articleBodyProcessor}: ours, in the order they run. */
export interface ArticleBodyProcessorOptions {
	remarkPlugins: PluggableList;
	rehypePlugins: PluggableList;
}

/** What the plugins leave in `file.data.astro`, as Astro's own processor reads it back. */
interface AstroFileData {
	headings?: MarkdownHeading[];
	frontmatter?: Record<string, unknown>;
}

/**
 * The site's Markdown processor (`markdown.processor` in astro.config.mjs, Astro's interface for
 * a processor of one's own): remark-parse with GFM, our remark plugins, remark-rehype keeping raw
 * HTML, our rehype plugins, then the HTML. Astro's `unified()` processor runs the same steps plus
 * four that article bodies do not need: SmartyPants (Russian quotes come from typograf), the
 * collection of image paths and their `__ASTRO_IMAGE_` placeholders (the body's pictures are
 * ours, src/markdown/rehype-body-images.ts), its heading ids a second time, and last `rehype-raw`,
 * which sends every body through an HTML parser again although rehypeRawHtml has already parsed
 * what raw HTML it had — about a tenth of rendering an article, on the build's critical path.
 * The HTML, headings and plugin data are the same as that processor's for every fixture and every
 * article of the edition (tests/unit/markdown/processor.test.ts).
 *
 * The frontmatter passed to `render` is the plugins' `file.data.astro.frontmatter`, and what they
 * record there (`razbor`: citations, references, images) comes back in the result's metadata. A
 * plugin's `file.fail()` rejects the render with its VFileMessage (file, line, rule), unprinted:
 * the loader turns it into one Russian line.
 */
export function articleBodyProcessor(
	options: ArticleBodyProcessorOptions,
): MarkdownProcessor<ArticleBodyProcessorOptions> {
	return {
		name: 'razbor',
		options,
		// Syntax highlighting and remote images, the shared options, do not apply: news articles
		// have no code, and their images are files beside the article.
		createRenderer(): Promise<MarkdownRenderer> {
			const pipeline = unified()
				.use(remarkParse)
				.use(remarkGfm)
				.use(options.remarkPlugins)
				.use(remarkRehype, { allowDangerousHtml: true })
				.use(options.rehypePlugins)
				.use(rehypeStringify, { allowDangerousHtml: true })
				.freeze();
			return Promise.resolve({
				async render(content: string, { fileURL, frontmatter }: MarkdownRenderOptions = {}) {
					const file = new VFile({
						value: content,
						path: fileURL,
						data: { astro: { frontmatter: frontmatter ?? {} } },
					});
					const result = await pipeline.process(file);
					const data = (result.data as { astro?: AstroFileData }).astro ?? {};
					return {
						code: String(result.value),
						metadata: {
							headings: data.headings ?? [],
							localImagePaths: [],
							remoteImagePaths: [],
							frontmatter: data.frontmatter ?? {},
						},
					};
				},
			});
		},
	};
}
