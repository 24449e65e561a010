import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { assertNoProblems, type ContentProblem } from '../lib/content-error.ts';
import {
	contentRoot,
	pipelineFingerprint,
	projectPath,
	readContentFiles,
	watchFolder,
} from './content-files.ts';
import { idFromFile, parseArticleFile } from './parse-entry.ts';

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
 * Loads `content/articles/*.md`: validates the frontmatter, checks the hero image exists, and
 * renders the body with the configured Markdown processor.
 *
 * Unlike Astro's `glob()` loader, which only logs a rendering error and stores the entry with an
 * empty body, any problem here stops the build. A failed entry is never stored, so a later build
 * with a warm cache fails again instead of shipping the empty page.
 */
export function articleLoader(): Loader {
	return {
		name: 'razbor-articles',
		load: async (context) => {
			const { config, store } = context;
			const directory = join(contentRoot(config.root), 'articles');
			const sync = async () => {
				const files = await readContentFiles(directory, ['.md']);
				const fingerprint = await pipelineFingerprint(config.root);
				const publicDir = fileURLToPath(config.publicDir);
				// The configured processor with our plugins; news articles have no code to highlight.
				const renderer = await config.markdown.processor.createRenderer({ syntaxHighlight: false });
				const problems: ContentProblem[] = [];
				const seen = new Set<string>();
				for (const file of files) {
					const id = idFromFile(file.display);
					if (!id.ok) {
						problems.push(...id.problems);
						continue;
					}
					seen.add(id.value);
					const digest = context.generateDigest(fingerprint + file.text);
					if (store.get(id.value)?.digest === digest) continue;
					const parsed = parseArticleFile(file.display, file.text, {
						publicFileExists: (path) => existsSync(join(publicDir, path)),
					});
					if (!parsed.ok) {
						problems.push(...parsed.problems);
						continue;
					}
					try {
						const { code, metadata } = await renderer.render(parsed.value.bodyAtFileLines, {
							frontmatter: {},
							fileURL: pathToFileURL(file.absolute),
						});
						store.set({
							id: id.value,
							data: parsed.value.data,
							body: parsed.value.body,
							filePath: projectPath(config.root, file.absolute),
							digest,
							rendered: { html: code, metadata: { ...metadata, imagePaths: [] } },
						});
					} catch (error) {
						problems.push(problemFromRenderError(file.display, error));
					}
				}
				for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
				assertNoProblems(problems);
			};
			await sync();
			watchFolder(context, directory, sync);
		},
	};
}
