import type { ContentProblem } from '../problems/content-error.ts';
import { recordSyncProblems } from '../problems/outstanding-problems.ts';

/**
 * Tells whoever listens that a collection has synced, with its entries as Astro's content store
 * now holds them. The share-image integration listens for the articles, so that it draws each
 * card from the entry the loader parsed, while Astro goes on with the rest of the build. In
 * `astro dev`, the content-problems integration listens for changes in the problems of the
 * latest syncs, so that the browser shows an error, or the page again, as soon as a file is saved.
 *
 * Listeners live on `globalThis`: Astro loads `content.config.ts` (and so the loaders) in a
 * module graph of its own, apart from `astro.config.mjs` and its integrations, in the same
 * process. A module-level list would be two lists.
 */

/** An entry of a synced collection: its id, its validated data and, for articles, its render's metadata. */
export interface SyncedEntry {
	id: string;
	data: Readonly<Record<string, unknown>>;
	/** The entry's file relative to the project (`content/articles/visit.md`), for messages. */
	filePath?: string | undefined;
	/**
	 * What rendering the entry's body found, if any: an article's headings, and its
	 * `frontmatter.razbor` with the citations and other references.
	 */
	metadata?: Readonly<Record<string, unknown>> | undefined;
}

/** Called with the folder of a collection (`articles`, `people` …) and all of its entries. */
export type SyncListener = (folder: string, entries: readonly SyncedEntry[]) => void;

/** Called with the folder of a collection and one entry the loader has just stored. */
export type EntryListener = (folder: string, entry: SyncedEntry) => void;

/** Called when the problems outstanding in the content have changed. */
export type ProblemsListener = () => void;

const LISTENERS = Symbol.for('razbor.synced-collections.listeners');
const PROBLEM_LISTENERS = Symbol.for('razbor.synced-collections.problem-listeners');
const ENTRY_LISTENERS = Symbol.for('razbor.synced-collections.entry-listeners');

/** The process-wide set of listeners. */
function listeners(): Set<SyncListener> {
	const holder = globalThis as { [LISTENERS]?: Set<SyncListener> | undefined };
	holder[LISTENERS] ??= new Set();
	return holder[LISTENERS];
}

/** The process-wide set of problem listeners. */
function problemListeners(): Set<ProblemsListener> {
	const holder = globalThis as { [PROBLEM_LISTENERS]?: Set<ProblemsListener> | undefined };
	holder[PROBLEM_LISTENERS] ??= new Set();
	return holder[PROBLEM_LISTENERS];
}

/** The process-wide set of entry listeners. */
function entryListeners(): Set<EntryListener> {
	const holder = globalThis as { [ENTRY_LISTENERS]?: Set<EntryListener> | undefined };
	holder[ENTRY_LISTENERS] ??= new Set();
	return holder[ENTRY_LISTENERS];
}

/**
 * Calls `listener` for every entry a loader reads and stores, while its collection is still
 * syncing; returns how to stop. The entry is valid, but the sync may yet fail on another file:
 * what counts is the collection as {@link onCollectionSynced} gives it. The share-image
 * integration draws an article's card from it, so that the drawing starts with the sync.
 */
export function onEntryStored(listener: EntryListener): () => void {
	entryListeners().add(listener);
	return () => entryListeners().delete(listener);
}

/** Announces that the loader of `folder` has read and stored `entry`. */
export function announceEntryStored(folder: string, entry: SyncedEntry): void {
	for (const listener of entryListeners()) listener(folder, entry);
}

/** Calls `listener` after every successful sync of a collection; returns how to stop. */
export function onCollectionSynced(listener: SyncListener): () => void {
	listeners().add(listener);
	return () => listeners().delete(listener);
}

/** Announces that the collection in `folder` synced without problems and holds `entries`. */
export function announceCollectionSynced(folder: string, entries: readonly SyncedEntry[]): void {
	for (const listener of listeners()) listener(folder, entries);
}

/** Calls `listener` whenever a sync changes the problems outstanding; returns how to stop. */
export function onProblemsChanged(listener: ProblemsListener): () => void {
	problemListeners().add(listener);
	return () => problemListeners().delete(listener);
}

/**
 * Records the problems of the latest sync of the collection in `folder` (none after a clean
 * sync; see src/problems/outstanding-problems.ts) and, when they changed, tells the listeners.
 */
export function announceCollectionProblems(
	folder: string,
	problems: readonly ContentProblem[],
): void {
	if (!recordSyncProblems(folder, problems)) return;
	for (const listener of problemListeners()) listener();
}
