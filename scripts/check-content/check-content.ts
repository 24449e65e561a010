import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	contentRoot,
	readContentFiles,
	strayContentFiles,
	type ContentFile,
} from '../../src/loaders/content-files.ts';
import { identifyFiles, parseDataFile, type ParseResult } from '../../src/loaders/parse-entry.ts';
import {
	findBrokenReferences,
	type CollectionName,
	type ReferenceCheckInput,
} from '../../src/model/references.ts';
import type { ContentProblem } from '../../src/problems/content-error.ts';
import { lineOfField } from '../../src/problems/field-line.ts';
import type { MapEntry } from '../../src/schemas/map.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Chart } from '../../src/schemas/chart.ts';
import type { Timeline } from '../../src/schemas/timeline.ts';
import {
	findTranslationProblems,
	findUntranslated,
	type ComparedArticle,
	type ComparedCollection,
	type ComparedEntry,
	type UntranslatedEntries,
} from '../../src/model/translations.ts';
import { CONTENT_COLLECTIONS, type ContentCollection } from '../content-schemas/collections.ts';
import { readArticlesInThreads } from './article-threads.ts';

/** Options of {@link checkContent}. */
export interface CheckContentOptions {
	/** The project root (absolute): `public/` for hero images is found there. */
	root: string;
	/**
	 * The content folder, absolute or relative to `root`; by default `RAZBOR_CONTENT_DIR` or
	 * `content/`, as the build takes it.
	 */
	contentDir?: string | undefined;
	/** Threads to render articles on at most; by default one per core (few articles take one). */
	threads?: number | undefined;
}

/** What {@link checkContent} found. */
export interface CheckContentResult {
	/** How many content files were read, in every collection, translations included. */
	files: number;
	/** Every problem, ordered by file and line. */
	problems: ContentProblem[];
	/**
	 * The entries that exist in Russian only, per collection (issue 20): a notice, not a problem.
	 * Empty until the content has a first translation.
	 */
	untranslated: UntranslatedEntries[];
}

/** One collection's files: the entries that passed, and the ids of every file that can be one. */
interface CheckedCollection<T> {
	/** How many files the folder has. */
	files: number;
	/** Ids of all files with a usable name, valid or not: the file is there to be pointed at. */
	ids: Set<string>;
	/** Entries that passed every check of their own file, in file order. */
	entries: { id: string; file: string; data: T }[];
}

/**
 * Reads one collection's folder with the build's own readers: the ids of the folder loader
 * (src/loaders/parse-entry.ts), then `readAll` on every file with an id, keeping every problem.
 */
async function checkCollection<T>(
	collection: ContentCollection,
	contentDir: string,
	readAll: (files: ContentFile[]) => Promise<ParseResult<T>[]>,
	problems: ContentProblem[],
	lang?: 'en',
): Promise<CheckedCollection<T>> {
	const folder = join(contentDir, collection.folder, ...(lang ? [lang] : []));
	const files = await readContentFiles(folder, collection.extensions);
	const identified = identifyFiles(files);
	problems.push(...identified.problems);
	const results = await readAll(identified.entries.map(({ file }) => file));
	const checked: CheckedCollection<T> = { files: files.length, ids: new Set(), entries: [] };
	identified.entries.forEach(({ id, file }, index) => {
		checked.ids.add(id);
		const result = results[index]!;
		if (result.ok) checked.entries.push({ id, file: file.display, data: result.value });
		else problems.push(...result.problems);
	});
	return checked;
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
 * heading ids), the English translations in `content/<folder>/en/` likewise, then the build's
 * reference check (src/model/references.ts) and its comparison of each translation with its
 * original (src/model/translations.ts), and lists the entries not translated yet. Unlike the build,
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
	const ids = {} as Record<CollectionName, ReadonlySet<string>>;
	const input: Omit<ReferenceCheckInput, 'ids'> = {
		articles: [],
		timelines: [],
		charts: [],
		maps: [],
		places: [],
		lineOf: lineOfField,
	};
	let files = 0;
	problems.push(...(await strayContentFiles(contentDir)));
	const articles: { originals: Map<string, ComparedArticle>; translations: ComparedArticle[] } = {
		originals: new Map(),
		translations: [],
	};
	const translated: ComparedCollection[] = [];
	const untranslated: Parameters<typeof findUntranslated>[0][number][] = [];
	for (const collection of CONTENT_COLLECTIONS) {
		if (collection.format === 'markdown') {
			const read = (lang?: 'en') =>
				checkCollection(
					collection,
					contentDir,
					(articleFiles) => readArticlesInThreads(articleFiles, { threads: options.threads }, lang),
					problems,
					lang,
				);
			const originals = await read();
			const english = await read('en');
			files += originals.files + english.files;
			ids.articles = originals.ids;
			const compared = (entry: (typeof originals.entries)[number]): ComparedArticle => ({
				id: entry.id,
				file: entry.file,
				data: entry.data.data,
				body: entry.data.references,
			});
			for (const entry of originals.entries) articles.originals.set(entry.id, compared(entry));
			articles.translations = english.entries.map(compared);
			// English articles refer to the same entries and are held to the same references.
			input.articles = [...articles.originals.values(), ...articles.translations];
			untranslated.push({
				folder: collection.folder,
				originals: originals.ids,
				translated: english.ids,
			});
			continue;
		}
		const checked = await checkCollection(
			collection,
			contentDir,
			(dataFiles) =>
				Promise.resolve(
					dataFiles.map((file) => parseDataFile(file.display, file.text, collection.schema)),
				),
			problems,
		);
		files += checked.files;
		ids[collection.name as CollectionName] = checked.ids;
		// The collection's schema made `data`, so it has that collection's type.
		if (collection.name === 'timelines')
			input.timelines = checked.entries as { id: string; file: string; data: Timeline }[];
		if (collection.name === 'charts')
			input.charts = checked.entries as { id: string; file: string; data: Chart }[];
		if (collection.name === 'maps')
			input.maps = checked.entries as { id: string; file: string; data: MapEntry }[];
		if (collection.name === 'places')
			input.places = checked.entries as { id: string; file: string; data: Place }[];
		const english = collection.english;
		if (!english) continue;
		const words = await checkCollection(
			collection,
			contentDir,
			(dataFiles) =>
				Promise.resolve(
					dataFiles.map((file) =>
						parseDataFile(file.display, file.text, english, collection.schema),
					),
				),
			problems,
			'en',
		);
		files += words.files;
		translated.push({
			folder: collection.folder,
			originals: new Map<string, ComparedEntry>(checked.entries.map((entry) => [entry.id, entry])),
			translations: words.entries,
			schema: english,
		});
		untranslated.push({ folder: collection.folder, originals: checked.ids, translated: words.ids });
	}
	problems.push(
		...findBrokenReferences({
			...input,
			ids,
			publicFileExists: (path) => existsSync(join(publicDir, path)),
		}),
		...findTranslationProblems({ articles, data: translated, lineOf: lineOfField }),
	);
	// Until the first translation there is no English edition to be missing from.
	const started = untranslated.some(({ translated }) => [...translated].length > 0);
	return {
		files,
		problems: problems.sort(byPlace),
		untranslated: started ? findUntranslated(untranslated) : [],
	};
}
