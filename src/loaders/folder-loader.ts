import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { recordCacheUse } from '../cache/cache-session.ts';
import { codeFingerprint, type DeclaredCode } from '../cache/declared-code.ts';
import { assertNoProblems, ContentError } from '../problems/content-error.ts';
import {
	ARTICLE_FILES,
	contentRoot,
	projectPath,
	strayContentRoot,
	strayFilesIn,
	readContentFiles,
	watchFolder,
	type ContentFile,
} from './content-files.ts';
import { identifyFiles, type ParseResult } from './parse-entry.ts';
import type { TranslationLanguage } from '../schemas/translation.ts';
import {
	announceCollectionProblems,
	announceCollectionSynced,
	announceEntryStored,
} from './synced-collections.ts';

/** What a folder loader stores for one file, besides the id, digest and path it adds itself. */
export interface LoadedEntry {
	data: Record<string, unknown>;
	body?: string;
	rendered?: { html: string; metadata: Record<string, unknown> };
	/** Images the build imports, relative to the file (an article's hero image). */
	assetImports?: string[];
	/** Where in `data` each imported image's path is, so Astro hands pages its ImageMetadata. */
	imageImports?: string[][];
}

/** An entry as Astro's content store keeps it. */
export type StoredEntry = NonNullable<ReturnType<LoaderContext['store']['get']>>;

/**
 * Turns one changed file into an entry, or into the problems that stop the build. A reader that
 * writes files in the background (the article loader, each body into the build cache) gives
 * `written`, which the sync waits for before it ends: pages read those files later.
 */
export type EntryReader = ((file: ContentFile) => Promise<ParseResult<LoadedEntry>>) & {
	written?: () => Promise<void>;
};

/** Options of {@link folderLoader}. */
export interface FolderLoaderOptions {
	/** Folder under `content/`, e.g. `people`. */
	folder: string;
	/**
	 * The language of the translations to load, from `content/<folder>/<lang>/` (issue 20); the
	 * originals by default. The originals' loader checks what lies in that folder.
	 */
	lang?: TranslationLanguage | undefined;
	/** File name endings to read, e.g. `['.md']`. */
	extensions: readonly string[];
	/**
	 * The code that turns a file into its entry (src/cache/cache-kinds.ts): an entry is kept only
	 * while the file's text and this code are unchanged.
	 */
	code: DeclaredCode;
	/**
	 * Prepares, once per sync, the reader of a single file (a Markdown renderer, for instance),
	 * given the fingerprint of `code`.
	 */
	createReader: (context: LoaderContext, fingerprint: string) => Promise<EntryReader>;
	/**
	 * Whether a stored entry of an unchanged file can be kept; when not, the file is read again.
	 * For entries that depend on files outside Astro's store (article bodies, hero images).
	 */
	isIntact?: (stored: StoredEntry, context: LoaderContext) => boolean;
	/** Files of the build cache a stored entry needs, recorded as used by the build. */
	cacheFiles?: (stored: StoredEntry) => readonly string[];
}

/**
 * The loading every collection shares: one file per entry in `content/<folder>/`, the file name
 * as the id, a file unchanged since the cached build (same text, same declared code) kept as it
 * is, entries of deleted files removed, and all problems of the folder reported together. A
 * file with a problem is never stored, so a later build with a warm cache fails again. After a
 * sync without problems, the entries are announced (./synced-collections.ts); each entry read
 * anew is announced as soon as it is stored, too.
 */
export function folderLoader({
	folder,
	lang,
	extensions,
	code,
	createReader,
	isIntact = () => true,
	cacheFiles = () => [],
}: FolderLoaderOptions): Loader {
	// Listeners and the dev server's problems tell the translations apart by it: `people/en`.
	const collection = lang ? `${folder}/${lang}` : folder;
	return {
		name: `razbor-${lang ? `${folder}-${lang}` : folder}`,
		load: async (context) => {
			const { config, store } = context;
			const directory = join(contentRoot(config.root), collection);
			const sync = async () => {
				const files = await readContentFiles(directory, extensions);
				const fingerprint = await codeFingerprint(fileURLToPath(config.root), code);
				const read = await createReader(context, fingerprint);
				const { entries, problems } = identifyFiles(files);
				// Files the loader would skip are refused by name; the articles' loader also answers
				// for content/ itself, which every build reads.
				const root = contentRoot(config.root);
				if (folder === ARTICLE_FILES.folder && !lang)
					problems.push(...(await strayContentRoot(root)));
				if (!lang) problems.push(...(await strayFilesIn(root, folder)));
				for (const { id, file } of entries) {
					const digest = context.generateDigest(fingerprint + file.text);
					const stored = store.get(id);
					if (stored?.digest === digest && isIntact(stored, context)) continue;
					const entry = await read(file).catch((error: unknown) => {
						// Not a content mistake (those come back as problems) but a bug: its stack is
						// kept, and the file that set it off is named.
						const wrapped = new Error(`при чтении ${file.display}: ${String(error)}`, {
							cause: error,
						});
						if (error instanceof Error && error.stack)
							wrapped.stack = `${wrapped.message}\n${error.stack}`;
						throw wrapped;
					});
					if (!entry.ok) {
						problems.push(...entry.problems);
						continue;
					}
					const filePath = projectPath(config.root, file.absolute);
					store.set({ id, digest, filePath, ...entry.value });
					// Named as the sync names it (`articles/en` for translations), so that a listener never
					// takes an English article for the Russian one of the same id.
					announceEntryStored(collection, {
						id,
						data: entry.value.data,
						filePath,
						metadata: entry.value.rendered?.metadata,
					});
				}
				await read.written?.();
				const ids = new Set(entries.map(({ id }) => id));
				for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
				// Kept entries as well as new ones: the build's sweep deletes what nothing recorded.
				for (const entry of store.values())
					for (const file of cacheFiles(entry)) recordCacheUse(file);
				announceCollectionProblems(collection, problems);
				assertNoProblems(problems);
				announceCollectionSynced(
					collection,
					store.values().map(({ id, data, filePath, rendered }) => ({
						id,
						data,
						filePath,
						metadata: rendered?.metadata,
					})),
				);
			};
			if (!context.watcher) {
				await sync();
				return;
			}
			// In `astro dev` a mistake must not keep the server from starting: its problems are
			// recorded, every page shows them (src/problems/outstanding-problems.ts), and the watcher
			// syncs again once the file is fixed.
			watchFolder(context, directory, sync);
			await sync().catch((error: unknown) => {
				if (!(error instanceof ContentError)) throw error;
				context.logger.error(error.message);
			});
		},
	};
}
