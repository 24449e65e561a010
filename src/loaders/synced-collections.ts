/**
 * Tells whoever listens that a collection has synced, with its entries as Astro's content store
 * now holds them. The share-image integration listens for the articles, so that it draws each
 * card from the entry the loader parsed, while Astro goes on with the rest of the build.
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

const LISTENERS = Symbol.for('razbor.synced-collections.listeners');

/** The process-wide set of listeners. */
function listeners(): Set<SyncListener> {
	const holder = globalThis as { [LISTENERS]?: Set<SyncListener> | undefined };
	holder[LISTENERS] ??= new Set();
	return holder[LISTENERS];
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
