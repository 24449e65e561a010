import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where articles live: `content/articles/*.md`. The article loader and the share-image step of
 * the build (which reads the article files itself) both take it from here.
 */
export const ARTICLE_FILES = Object.freeze({ folder: 'articles', extensions: ['.md'] as const });

/** A file of `content/` with the path editors see in messages. */
export interface ContentFile {
	/** Absolute path on disk. */
	absolute: string;
	/** Path relative to the working directory (e.g. `content/articles/visit.md`), or absolute when outside it. */
	display: string;
	/** The file's text. */
	text: string;
}

/**
 * The folder holding the content: `content/` in the project, or `RAZBOR_CONTENT_DIR` (used by the
 * tests and benchmarks to build other content with the same code). It must lie inside the
 * project, because Astro stores entry paths relative to the project root.
 */
export function contentRoot(projectRoot: URL): string {
	const override = process.env['RAZBOR_CONTENT_DIR'];
	const root = fileURLToPath(projectRoot);
	if (!override) return join(root, 'content');
	const folder = isAbsolute(override) ? override : resolve(root, override);
	if (relative(root, folder).startsWith('..')) {
		throw new Error(
			`RAZBOR_CONTENT_DIR=${override} лежит вне проекта ${root}; положите материалы внутрь проекта`,
		);
	}
	return folder;
}

/** A path relative to the project root, as Astro wants an entry's `filePath`. */
export function projectPath(projectRoot: URL, absolute: string): string {
	return relative(fileURLToPath(projectRoot), absolute).split(sep).join('/');
}

/** `content/articles/visit.md` for a file under the working directory. */
export function displayPath(absolute: string): string {
	const path = relative(process.cwd(), absolute);
	return path.startsWith('..') || isAbsolute(path) ? absolute : path;
}

/** Absolute paths of the files of one content folder with the given extensions, in name order. */
export async function listContentFiles(
	directory: string,
	extensions: readonly string[],
): Promise<string[]> {
	if (!existsSync(directory)) return [];
	return (await readdir(directory, { withFileTypes: true }))
		.filter((entry) => entry.isFile() && extensions.includes(extname(entry.name)))
		.map((entry) => join(directory, entry.name))
		.sort();
}

/** Reads one content file. */
export async function readContentFile(absolute: string): Promise<ContentFile> {
	return { absolute, display: displayPath(absolute), text: await readFile(absolute, 'utf8') };
}

/** Reads the files of one content folder with the given extensions, in name order. */
export async function readContentFiles(
	directory: string,
	extensions: readonly string[],
): Promise<ContentFile[]> {
	return Promise.all((await listContentFiles(directory, extensions)).map(readContentFile));
}

/** The part of Astro's loader context that {@link watchFolder} needs. */
interface WatchContext {
	watcher?:
		| {
				add(path: string): unknown;
				on(event: 'add' | 'change' | 'unlink', listener: (path: string) => void): unknown;
		  }
		| undefined;
	logger: { error(message: string): void };
}

/**
 * How long a folder must be quiet before a change is synced: one save often arrives as two
 * changes (the file emptied, then written), and the emptied file is not worth an error page.
 */
export const WATCH_QUIET_MS = 100;

/**
 * In `astro dev`, runs `sync` again whenever a file in `folder` is added, changed or removed,
 * once the folder has been quiet for {@link WATCH_QUIET_MS}. Syncs never overlap, so a slow sync
 * of an older text cannot finish last. A content mistake is logged instead of stopping the dev
 * server; the build still refuses it.
 */
export function watchFolder(
	context: WatchContext,
	folder: string,
	sync: () => Promise<void>,
): void {
	const { watcher, logger } = context;
	if (!watcher) return;
	watcher.add(folder);
	let syncs = Promise.resolve();
	let timer: NodeJS.Timeout | undefined;
	const onEvent = (path: string) => {
		if (relative(folder, path).startsWith('..')) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			syncs = syncs.then(sync).catch((error: unknown) => {
				logger.error(error instanceof Error ? error.message : String(error));
			});
		}, WATCH_QUIET_MS);
	};
	watcher.on('add', onEvent);
	watcher.on('change', onEvent);
	watcher.on('unlink', onEvent);
}
