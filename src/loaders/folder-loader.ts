import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { assertNoProblems, type ContentProblem } from '../problems/content-error.ts';
import {
	contentRoot,
	pipelineFingerprint,
	projectPath,
	readContentFiles,
	watchFolder,
	type ContentFile,
} from './content-files.ts';
import { idFromFile, type ParseResult } from './parse-entry.ts';
import { announceCollectionSynced } from './synced-collections.ts';

/** What a folder loader stores for one file, besides the id, digest and path it adds itself. */
export interface LoadedEntry {
	data: Record<string, unknown>;
	body?: string;
	rendered?: { html: string; metadata: Record<string, unknown> };
}

/** An entry as Astro's content store keeps it. */
export type StoredEntry = NonNullable<ReturnType<LoaderContext['store']['get']>>;

/** Turns one changed file into an entry, or into the problems that stop the build. */
export type EntryReader = (file: ContentFile) => Promise<ParseResult<LoadedEntry>>;

/** Options of {@link folderLoader}. */
export interface FolderLoaderOptions {
	/** Folder under `content/`, e.g. `people`. */
	folder: string;
	/** File name endings to read, e.g. `['.md']`. */
	extensions: readonly string[];
	/** Prepares, once per sync, the reader of a single file (a Markdown renderer, for instance). */
	createReader: (context: LoaderContext) => Promise<EntryReader>;
	/**
	 * Whether a stored entry of an unchanged file can be kept; when not, the file is read again.
	 * For entries that keep part of themselves outside Astro's store (article bodies).
	 */
	isIntact?: (stored: StoredEntry) => boolean;
}

/**
 * The loading every collection shares: one file per entry in `content/<folder>/`, the file name
 * as the id, a file unchanged since the cached build (same text, same pipeline code) kept as it
 * is, entries of deleted files removed, and all problems of the folder reported together. A
 * file with a problem is never stored, so a later build with a warm cache fails again. After a
 * sync without problems, the entries are announced (./synced-collections.ts).
 */
export function folderLoader({
	folder,
	extensions,
	createReader,
	isIntact = () => true,
}: FolderLoaderOptions): Loader {
	return {
		name: `razbor-${folder}`,
		load: async (context) => {
			const { config, store } = context;
			const directory = join(contentRoot(config.root), folder);
			const sync = async () => {
				const files = await readContentFiles(directory, extensions);
				const fingerprint = await pipelineFingerprint(config.root);
				const read = await createReader(context);
				const problems: ContentProblem[] = [];
				const seen = new Map<string, string>();
				for (const file of files) {
					const id = idFromFile(file.display);
					if (!id.ok) {
						problems.push(...id.problems);
						continue;
					}
					const other = seen.get(id.value);
					if (other) {
						problems.push({
							file: file.display,
							message: `id «${id.value}» уже занят файлом ${other}`,
							rule: 'razbor:duplicate-id',
						});
						continue;
					}
					seen.set(id.value, file.display);
					const digest = context.generateDigest(fingerprint + file.text);
					const stored = store.get(id.value);
					if (stored?.digest === digest && isIntact(stored)) continue;
					const entry = await read(file);
					if (!entry.ok) {
						problems.push(...entry.problems);
						continue;
					}
					store.set({
						id: id.value,
						digest,
						filePath: projectPath(config.root, file.absolute),
						...entry.value,
					});
				}
				for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
				assertNoProblems(problems);
				announceCollectionSynced(
					folder,
					store.values().map(({ id, data }) => ({ id, data })),
				);
			};
			await sync();
			watchFolder(context, directory, sync);
		},
	};
}
