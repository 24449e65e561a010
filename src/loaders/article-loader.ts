import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { ContentProblem } from '../problems/content-error.ts';
import type { BodyReferences } from '../markdown/directives.ts';
import { articleBodyExists, BODY_FILE_KEY, storeArticleBody } from '../cache/article-bodies.ts';
import { cacheWithFingerprint } from '../cache/build-cache.ts';
import { ARTICLE_BODIES } from '../cache/cache-kinds.ts';
import { READING_MINUTES_KEY, readingMinutes } from '../format/reading-time.ts';
import { ARTICLE_FILES, projectPath } from './content-files.ts';
import { folderLoader, type StoredEntry } from './folder-loader.ts';
import { parseArticleFile } from './parse-entry.ts';

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
 * Runs a render with the Markdown processor's own echo of our refusals kept out of the log: it
 * prints every error it rethrows (`render()` in @astrojs/markdown-remark), which for a refusal is
 * some twenty lines of an English VFile dump with absolute paths, before the loader reports the
 * same problem as one Russian line. Anything else it prints (a real bug) still goes through.
 */
async function withoutRefusalEcho<T>(render: () => Promise<T>): Promise<T> {
	const original = console.error;
	console.error = (...args: unknown[]) => {
		const [first] = args;
		const own = (first as { source?: unknown } | null)?.source === 'razbor';
		if (args.length !== 1 || !own) original.apply(console, args);
	};
	try {
		return await render();
	} finally {
		console.error = original;
	}
}

/** Images of a rendered body that have no file in `publicDir`, as located problems. */
export function missingBodyImages(
	file: string,
	metadata: Record<string, unknown> | undefined,
	publicDir: string,
): ContentProblem[] {
	const frontmatter = metadata?.['frontmatter'] as { razbor?: BodyReferences } | undefined;
	return (frontmatter?.razbor?.images ?? [])
		.filter((image) => !existsSync(join(publicDir, image.path)))
		.map((image) => ({
			file,
			line: image.line,
			column: image.column,
			message: `картинки ${image.path} нет: положите файл в public${image.path} или исправьте путь`,
			rule: 'razbor:missing-file',
		}));
}

/** The body file an entry of the store names. */
function bodyFile(stored: StoredEntry): unknown {
	return stored.rendered?.metadata?.[BODY_FILE_KEY];
}

/**
 * Whether the stored entry of an unchanged article file can be kept: its body file is still in
 * the cache (the folder may have been cleared in part) and its hero image still in `publicDir`
 * and so are the images of its body (the text stays the same when an image goes, and the check
 * is part of reading the file).
 */
export function isStoredArticleIntact(stored: StoredEntry, publicDir: string): boolean {
	const hero = (stored.data as { hero?: { src: string } }).hero;
	return (
		articleBodyExists(bodyFile(stored)) &&
		(!hero || existsSync(join(publicDir, hero.src))) &&
		missingBodyImages('', stored.rendered?.metadata, publicDir).length === 0
	);
}

/**
 * Loads `content/articles/*.md`: validates the frontmatter, checks the hero image exists, and
 * renders the body with the configured Markdown processor. The body's HTML goes into a file of
 * the build cache (src/cache/article-bodies.ts), the entry keeps its name. Both are keyed by the
 * code that kind `ARTICLE_BODIES` declares (src/cache/cache-kinds.ts).
 *
 * Unlike Astro's `glob()` loader, which only logs a rendering error and stores the entry with an
 * empty body, any problem here stops the build. A failed entry is never stored, so a later build
 * with a warm cache fails again instead of shipping the empty page.
 */
export function articleLoader(): Loader {
	return folderLoader({
		...ARTICLE_FILES,
		code: ARTICLE_BODIES.code,
		createReader: async ({ config }, fingerprint) => {
			const publicDir = fileURLToPath(config.publicDir);
			const bodies = cacheWithFingerprint(
				ARTICLE_BODIES,
				fingerprint,
				fileURLToPath(config.cacheDir),
			);
			// The configured processor with our plugins; news articles have no code to highlight.
			const renderer = await config.markdown.processor.createRenderer({ syntaxHighlight: false });
			return async (file) => {
				const parsed = parseArticleFile(file.display, file.text, {
					publicFileExists: (path) => existsSync(join(publicDir, path)),
				});
				if (!parsed.ok) return parsed;
				try {
					const { code, metadata } = await withoutRefusalEcho(() =>
						renderer.render(parsed.value.bodyAtFileLines, {
							frontmatter: {},
							fileURL: pathToFileURL(file.absolute),
						}),
					);
					const missing = missingBodyImages(file.display, metadata, publicDir);
					if (missing.length > 0) return { ok: false, problems: missing };
					// Neither the Markdown nor the HTML is stored: every stored byte is loaded again, by
					// every build, from Astro's content store and bundled into the pages. The store
					// keeps the reading time and the name of the body's file.
					const metadataToStore = {
						...metadata,
						imagePaths: [],
						[READING_MINUTES_KEY]: readingMinutes(parsed.value.body),
						[BODY_FILE_KEY]: await storeArticleBody(
							bodies,
							{
								file: projectPath(config.root, file.absolute),
								markdown: parsed.value.bodyAtFileLines,
							},
							code,
						),
					};
					return {
						ok: true,
						value: {
							data: parsed.value.data,
							rendered: { html: '', metadata: metadataToStore },
						},
					};
				} catch (error) {
					return { ok: false, problems: [problemFromRenderError(file.display, error)] };
				}
			};
		},
		isIntact: (stored, { config }) =>
			isStoredArticleIntact(stored, fileURLToPath(config.publicDir)),
		cacheFiles: (stored) => {
			const file = bodyFile(stored);
			return typeof file === 'string' ? [file] : [];
		},
	});
}
