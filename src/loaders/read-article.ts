import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
	MarkdownProcessor,
	MarkdownRenderer,
	MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import type { BodyReferences } from '../markdown/directives.ts';
import type { ContentProblem } from '../problems/content-error.ts';
import type { ContentFile } from './content-files.ts';
import { parseArticleFile, type ParseResult, type ParsedArticle } from './parse-entry.ts';

/** What a remark plugin throws through `file.fail()`. */
interface VFileFailure {
	reason?: string;
	line?: number;
	column?: number;
	ruleId?: string;
	message: string;
}

/** A located problem from an error thrown while rendering the body. */
function problemFromRenderError(file: string, error: unknown): ContentProblem {
	const failure = error as VFileFailure;
	if (failure.reason && failure.line) {
		return {
			file,
			line: failure.line,
			column: failure.column,
			message: failure.reason,
			rule: failure.ruleId ?? 'razbor:markdown',
		};
	}
	return {
		file,
		message: `не удалось обработать текст статьи: ${failure.message}`,
		rule: 'razbor:markdown',
	};
}

/**
 * The renderer of article bodies made from the configured processor (`markdown.processor` of
 * astro.config.mjs); news articles have no code to highlight. The article loader and
 * `npm run check:content` both render with it.
 */
export function createArticleRenderer(
	processor: Pick<MarkdownProcessor, 'createRenderer'>,
): Promise<MarkdownRenderer> {
	return processor.createRenderer({ syntaxHighlight: false });
}

/** An article file read, validated and rendered. */
export interface ReadArticle {
	parsed: ParsedArticle;
	/** The body's HTML. */
	html: string;
	/** What the renderer reports besides the HTML: headings, and the plugins' frontmatter. */
	metadata: MarkdownRenderResult['metadata'];
	/** What the body cites and embeds, for the reference check. */
	references: BodyReferences;
}

/**
 * Reads one article file as the build does: frontmatter against the schema, hero image beside
 * the article (its path is relative to the file), then the body through `renderer`, whose plugins fail on a broken directive with
 * its line and rule. Every problem comes back as a value, never thrown.
 */
export async function readArticle(
	file: ContentFile,
	renderer: MarkdownRenderer,
): Promise<ParseResult<ReadArticle>> {
	const parsed = parseArticleFile(file.display, file.text, {
		imageFileExists: (path) => existsSync(join(dirname(file.absolute), path)),
	});
	if (!parsed.ok) return parsed;
	try {
		const { code, metadata } = await renderer.render(parsed.value.bodyAtFileLines, {
			frontmatter: {},
			fileURL: pathToFileURL(file.absolute),
		});
		const frontmatter = metadata.frontmatter as { razbor?: BodyReferences } | undefined;
		return {
			ok: true,
			value: {
				parsed: parsed.value,
				html: code,
				metadata,
				references: frontmatter?.razbor ?? { citations: [], references: [] },
			},
		};
	} catch (error) {
		return { ok: false, problems: [problemFromRenderError(file.display, error)] };
	}
}
