import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
	MarkdownProcessor,
	MarkdownRenderer,
	MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import { imageMetadata } from 'astro/assets/utils';
import type { BodyImage, BodyReferences } from '../markdown/directives.ts';
import type { ContentProblem } from '../problems/content-error.ts';
import { lineOfField } from '../problems/field-line.ts';
import type { ContentFile } from './content-files.ts';
import type { Language } from '../schemas/article.ts';
import { parseArticleFile, type ParseResult, type ParsedArticle } from './parse-entry.ts';

/** What a remark plugin throws through `file.fail()`. */
interface VFileFailure {
	reason?: string;
	line?: number;
	column?: number;
	ruleId?: string;
	message: string;
}

/**
 * Images of a rendered body that have no file where their path leads from `articleDir`, the
 * article's folder (`./images/a.jpg` → `content/articles/images/a.jpg`), as located problems.
 */
export function missingBodyImages(
	file: string,
	metadata: Record<string, unknown> | undefined,
	articleDir: string,
): ContentProblem[] {
	return bodyImages(metadata)
		.filter((image) => !existsSync(join(articleDir, image.path)))
		.map((image) => ({
			file,
			line: image.line,
			column: image.column,
			message: `картинки ${image.path} нет: положите файл в content/articles/images/ или исправьте путь (он считается от файла статьи)`,
			rule: 'razbor:missing-file',
		}));
}

/**
 * Whether the file at `path` is an image `astro:assets` can read (its format and size from its
 * first bytes, as the build reads them): a text file or a broken download named `.jpg` would
 * otherwise stop the build with an English error from the image pipeline and no line.
 */
async function isReadableImage(path: string): Promise<boolean> {
	try {
		await imageMetadata(await readFile(path));
		return true;
	} catch {
		return false;
	}
}

/** Why an image file cannot be used, for the editor. */
function unreadableImage(path: string): string {
	return `файл ${path} — не картинка или повреждён: сборка не может прочитать его формат и размеры; сохраните картинку заново как .jpg, .png, .webp или .avif`;
}

/**
 * The hero image and the body's images (all on disk) that are no readable image, as located
 * problems: the hero at `hero.src`, a body image at its line.
 */
async function unreadableImages(
	file: ContentFile,
	hero: string | undefined,
	metadata: Record<string, unknown>,
): Promise<ContentProblem[]> {
	const articleDir = dirname(file.absolute);
	const problems: ContentProblem[] = [];
	if (hero !== undefined && !(await isReadableImage(join(articleDir, hero))))
		problems.push({
			file: file.display,
			line: lineOfField(file.absolute, ['hero', 'src']),
			field: 'hero.src',
			message: unreadableImage(hero),
			rule: 'razbor:image-file',
		});
	for (const image of bodyImages(metadata))
		if (!(await isReadableImage(join(articleDir, image.path))))
			problems.push({
				file: file.display,
				line: image.line,
				column: image.column,
				message: unreadableImage(image.path),
				rule: 'razbor:image-file',
			});
	return problems;
}

/** The images of a rendered body as the plugins recorded them, in document order. */
export function bodyImages(metadata: Record<string, unknown> | undefined): BodyImage[] {
	const frontmatter = metadata?.['frontmatter'] as { razbor?: BodyReferences } | undefined;
	return frontmatter?.razbor?.images ?? [];
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
 * the article (its path is relative to the file), then the body through `renderer`, whose
 * plugins fail on a broken directive with its line and rule, and the body's images beside the
 * article; the hero and the body's images must be images the build can read. Every problem comes
 * back as a value, never thrown. `lang` is the language of the file's folder (`en` for
 * `content/articles/en/`): the frontmatter's and the body's typography.
 */
export async function readArticle(
	file: ContentFile,
	renderer: MarkdownRenderer,
	lang: Language = 'ru',
): Promise<ParseResult<ReadArticle>> {
	const parsed = parseArticleFile(file.display, file.text, {
		imageFileExists: (path) => existsSync(join(dirname(file.absolute), path)),
		lang,
	});
	if (!parsed.ok) return parsed;
	try {
		const { code, metadata } = await renderer.render(parsed.value.bodyAtFileLines, {
			// rehypeTypograf sets the body in the typography of this language.
			frontmatter: { lang },
			fileURL: pathToFileURL(file.absolute),
		});
		const missing = missingBodyImages(file.display, metadata, dirname(file.absolute));
		if (missing.length > 0) return { ok: false, problems: missing };
		const unreadable = await unreadableImages(file, parsed.value.data.hero?.src, metadata);
		if (unreadable.length > 0) return { ok: false, problems: unreadable };
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
