import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	contentRoot,
	readContentFiles,
	strayContentFiles,
	type ContentFile,
} from '../../src/loaders/content-files.ts';
import { identifyFiles, parseDataFile } from '../../src/loaders/parse-entry.ts';
import { createArticleRenderer, readArticle } from '../../src/loaders/read-article.ts';
import { markdownProcessor } from '../../src/markdown/index.ts';
import {
	findBrokenReferences,
	type CollectionName,
	type ReferenceCheckInput,
} from '../../src/model/references.ts';
import type { ContentProblem } from '../../src/problems/content-error.ts';
import { lineOfField } from '../../src/problems/field-line.ts';
import type { Chart } from '../../src/schemas/chart.ts';
import type { Timeline } from '../../src/schemas/timeline.ts';
import { CONTENT_COLLECTIONS, type ContentCollection } from '../content-schemas/collections.ts';
import { quietRendererErrors } from './quiet-renderer.ts';

/** Options of {@link checkContent}. */
export interface CheckContentOptions {
	/** The project root (absolute): `public/` for hero images is found there. */
	root: string;
	/**
	 * The content folder, absolute or relative to `root`; by default `RAZBOR_CONTENT_DIR` or
	 * `content/`, as the build takes it.
	 */
	contentDir?: string | undefined;
}

/** What {@link checkContent} found. */
export interface CheckContentResult {
	/** How many content files were read, in every collection. */
	files: number;
	/** Every problem, ordered by file and line. */
	problems: ContentProblem[];
}

/** One collection's files: the entries that passed, and the ids of every file that can be one. */
interface CheckedCollection<T> {
	/** Ids of all files with a usable name, valid or not: the file is there to be pointed at. */
	ids: Set<string>;
	/** Entries that passed every check of their own file. */
	entries: { id: string; file: string; value: T }[];
}

/** Reads one collection's folder with the build's own per-file reader, keeping every problem. */
async function checkCollection<T>(
	collection: ContentCollection,
	contentDir: string,
	read: (
		file: ContentFile,
	) => Promise<{ ok: true; value: T } | { ok: false; problems: ContentProblem[] }>,
	problems: ContentProblem[],
): Promise<{ files: number; checked: CheckedCollection<T> }> {
	const files = await readContentFiles(join(contentDir, collection.folder), collection.extensions);
	const identified = identifyFiles(files);
	problems.push(...identified.problems);
	const checked: CheckedCollection<T> = { ids: new Set(), entries: [] };
	// One file after another: rendering is work for this thread alone, and the order of the
	// problems stays the order of the files.
	for (const { id, file } of identified.entries) {
		checked.ids.add(id);
		const result = await read(file);
		if (result.ok) checked.entries.push({ id, file: file.display, value: result.value });
		else problems.push(...result.problems);
	}
	return { files: files.length, checked };
}

/** Problems sorted by file, then line and column; problems of a whole file come first. */
function byPlace(a: ContentProblem, b: ContentProblem): number {
	return (
		a.file.localeCompare(b.file) ||
		(a.line ?? 0) - (b.line ?? 0) ||
		(a.column ?? 0) - (b.column ?? 0)
	);
}

/**
 * Checks all content as the build does, without rendering a page: every file of every collection
 * through the loaders' own readers (src/loaders/: file names and ids, YAML, schemas, the article's
 * frontmatter, hero image and body through the site's Markdown processor with its directives and
 * heading ids), then the build's reference check (src/model/references.ts). Unlike the build,
 * which stops at the first collection with a problem, it goes on and returns every problem.
 * Holds no state between calls.
 */
export async function checkContent(options: CheckContentOptions): Promise<CheckContentResult> {
	const root = resolve(options.root);
	const contentDir = options.contentDir
		? isAbsolute(options.contentDir)
			? options.contentDir
			: resolve(root, options.contentDir)
		: contentRoot(pathToFileURL(`${root}/`));
	const publicDir = join(root, 'public');
	const problems: ContentProblem[] = [];
	const renderer = await createArticleRenderer(markdownProcessor);
	const ids = {} as Record<CollectionName, ReadonlySet<string>>;
	const input: Omit<ReferenceCheckInput, 'ids'> = {
		articles: [],
		timelines: [],
		charts: [],
		lineOf: lineOfField,
	};
	let files = 0;
	problems.push(...(await strayContentFiles(contentDir)));
	await quietRendererErrors(async () => {
		for (const collection of CONTENT_COLLECTIONS) {
			if (collection.format === 'markdown') {
				const { files: count, checked } = await checkCollection(
					collection,
					contentDir,
					(file) => readArticle(file, renderer, publicDir),
					problems,
				);
				files += count;
				input.articles = checked.entries.map(({ id, file, value }) => ({
					id,
					file,
					data: value.parsed.data,
					body: value.references,
				}));
				continue;
			}
			const { files: count, checked } = await checkCollection(
				collection,
				contentDir,
				(file) => Promise.resolve(parseDataFile(file.display, file.text, collection.schema)),
				problems,
			);
			files += count;
			ids[collection.name as CollectionName] = checked.ids;
			const entries = checked.entries.map(({ id, file, value }) => ({ id, file, data: value }));
			// The collection's schema made `data`, so it has that collection's type.
			if (collection.name === 'timelines')
				input.timelines = entries as { id: string; file: string; data: Timeline }[];
			if (collection.name === 'charts')
				input.charts = entries as { id: string; file: string; data: Chart }[];
		}
	});
	problems.push(
		...findBrokenReferences({
			...input,
			ids,
			publicFileExists: (path) => existsSync(join(publicDir, path)),
		}),
	);
	return { files, problems: problems.sort(byPlace) };
}
