import { existsSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nearestName } from '../format/nearest-name.ts';
import type { ContentProblem } from '../problems/content-error.ts';
import { TRANSLATION_LANGUAGES } from '../schemas/translation.ts';

/**
 * Where articles live: `content/articles/*.md`. The article loader and the share-image step of
 * the build (which reads the article files itself) both take it from here.
 */
export const ARTICLE_FILES = Object.freeze({ folder: 'articles', extensions: ['.md'] as const });

/**
 * Where the articles' lead images live: `content/articles/images/`, named in frontmatter as
 * `hero.src: ./images/kremlin.jpg`. The only folder a content folder may hold.
 */
export const ARTICLE_IMAGES = Object.freeze({
	folder: 'images',
	extensions: ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const,
});

/** The file endings of YAML data folders. */
const DATA_EXTENSIONS = ['.yaml', '.yml'] as const;

/** Every folder of `content/` a loader reads (src/content.config.ts), with the endings it reads. */
export const CONTENT_FOLDERS: Readonly<Record<string, readonly string[]>> = Object.freeze({
	[ARTICLE_FILES.folder]: ARTICLE_FILES.extensions,
	timelines: DATA_EXTENSIONS,
	people: DATA_EXTENSIONS,
	sources: DATA_EXTENSIONS,
	glossary: DATA_EXTENSIONS,
	topics: DATA_EXTENSIONS,
	charts: DATA_EXTENSIONS,
	places: DATA_EXTENSIONS,
	maps: DATA_EXTENSIONS,
});

/**
 * The folders whose entries may have translations, in `content/<folder>/<lang>/` (issue 20):
 * every folder but `sources`, whose titles stay in the language they were published in.
 */
export const TRANSLATED_FOLDERS: readonly string[] = Object.freeze(
	Object.keys(CONTENT_FOLDERS).filter((folder) => folder !== 'sources'),
);

/** Entries of a folder, hidden ones left out (`.schemas/` for editors' tools, `.DS_Store`, `.gitkeep`). */
async function visibleEntries(directory: string): Promise<Dirent[]> {
	if (!existsSync(directory)) return [];
	return (await readdir(directory, { withFileTypes: true }))
		.filter((entry) => !entry.name.startsWith('.'))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The files and folders in `content/<folder>/` that its loader would not read: another ending
 * (`visit.markdown`, `putin.json`) or a folder inside. Each would be skipped without a word and
 * the editor's text would vanish, so each is a problem named by its path.
 */
export async function strayFilesIn(root: string, folder: string): Promise<ContentProblem[]> {
	const extensions = CONTENT_FOLDERS[folder] ?? [];
	const wanted = extensions.join(' или ');
	const problems: ContentProblem[] = [];
	for (const entry of await visibleEntries(join(root, folder))) {
		const path = displayPath(join(root, folder, entry.name));
		if (
			entry.isDirectory() &&
			folder === ARTICLE_FILES.folder &&
			entry.name === ARTICLE_IMAGES.folder
		) {
			problems.push(...(await strayImages(join(root, folder, entry.name))));
		} else if (
			entry.isDirectory() &&
			(TRANSLATION_LANGUAGES as readonly string[]).includes(entry.name)
		) {
			problems.push(...(await strayTranslations(root, folder, entry.name)));
		} else if (entry.isDirectory()) {
			problems.push({
				file: `${path}/`,
				message: `папка внутри content/${folder}/ не читается: сборка берёт только файлы ${wanted}, лежащие прямо в content/${folder}/; переложите файлы туда`,
				rule: 'razbor:stray-file',
			});
		} else if (!extensions.includes(extname(entry.name))) {
			const name = basename(entry.name, extname(entry.name));
			problems.push({
				file: path,
				message: `файл не будет прочитан: в content/${folder}/ сборка читает только файлы ${wanted}; переименуйте его в ${name}${extensions[0] ?? ''} или уберите из content/`,
				rule: 'razbor:stray-file',
			});
		}
	}
	return problems;
}

/** The ids of the files in `directory` that its loader reads (`putin.yaml` → `putin`). */
async function readableIds(directory: string, extensions: readonly string[]): Promise<string[]> {
	return (await listContentFiles(directory, extensions)).map((file) =>
		basename(file, extname(file)),
	);
}

/**
 * What is wrong in `content/<folder>/<lang>/`: the folder itself when the collection has no
 * translations (sources), a folder or a file of another ending inside it, and a translation whose
 * original does not exist (`en/putn.yaml` without `putin.yaml`), with the nearest original's id.
 */
async function strayTranslations(
	root: string,
	folder: string,
	lang: string,
): Promise<ContentProblem[]> {
	const directory = join(root, folder, lang);
	if (!TRANSLATED_FOLDERS.includes(folder)) {
		return [
			{
				file: `${displayPath(directory)}/`,
				message: `у файлов content/${folder}/ нет переводов: они пишутся один раз, на языке оригинала; уберите папку ${lang}/`,
				rule: 'razbor:stray-file',
			},
		];
	}
	const extensions = CONTENT_FOLDERS[folder] ?? [];
	const wanted = extensions.join(' или ');
	const originals = await readableIds(join(root, folder), extensions);
	const problems: ContentProblem[] = [];
	for (const entry of await visibleEntries(directory)) {
		const path = displayPath(join(directory, entry.name));
		const id = basename(entry.name, extname(entry.name));
		if (entry.isDirectory()) {
			problems.push({
				file: `${path}/`,
				message: `папка внутри content/${folder}/${lang}/ не читается: переводы лежат прямо в content/${folder}/${lang}/, по файлу на запись`,
				rule: 'razbor:stray-file',
			});
		} else if (!extensions.includes(extname(entry.name))) {
			problems.push({
				file: path,
				message: `файл не будет прочитан: в content/${folder}/${lang}/ сборка читает только файлы ${wanted}; переименуйте его в ${id}${extensions[0] ?? ''} или уберите из content/`,
				rule: 'razbor:stray-file',
			});
		} else if (!originals.includes(id)) {
			const nearest = nearestName(id, originals);
			problems.push({
				file: path,
				message: `перевод без оригинала: в content/${folder}/ нет файла ${id}${extensions[0] ?? ''}, а перевод называется так же, как оригинал${nearest ? `; может быть, ${nearest}${extname(entry.name)}?` : ''}`,
				rule: 'razbor:orphan-translation',
			});
		}
	}
	return problems;
}

/** Anything in `content/articles/images/` that is not an image file a hero can name. */
async function strayImages(directory: string): Promise<ContentProblem[]> {
	const wanted = ARTICLE_IMAGES.extensions.join(', ');
	return (await visibleEntries(directory))
		.filter(
			(entry) =>
				entry.isDirectory() ||
				!(ARTICLE_IMAGES.extensions as readonly string[]).includes(
					extname(entry.name).toLowerCase(),
				),
		)
		.map((entry) => ({
			file: displayPath(join(directory, entry.name)) + (entry.isDirectory() ? '/' : ''),
			message: `в content/articles/images/ лежат только картинки статей (${wanted}); этот файл сборка не прочитает — уберите его`,
			rule: 'razbor:stray-file',
		}));
}

/**
 * What lies in `content/` itself and is no folder of {@link CONTENT_FOLDERS}: a file at the top
 * (`content/visit.md`) or an unknown folder (`content/article/`), with the nearest folder name.
 */
export async function strayContentRoot(root: string): Promise<ContentProblem[]> {
	const folders = Object.keys(CONTENT_FOLDERS);
	const problems: ContentProblem[] = [];
	for (const entry of await visibleEntries(root)) {
		const path = displayPath(join(root, entry.name));
		if (entry.isDirectory() && folders.includes(entry.name)) continue;
		const nearest = entry.isDirectory() ? nearestName(entry.name, folders) : undefined;
		problems.push({
			file: entry.isDirectory() ? `${path}/` : path,
			message: entry.isDirectory()
				? `папка content/${entry.name}/ сборке неизвестна, её файлы не будут прочитаны${nearest ? `; может быть, content/${nearest}/?` : `; папки материалов: ${folders.join(', ')}`}`
				: `файл лежит прямо в content/ и не будет прочитан: статьи кладите в content/articles/, данные — в папку своего вида (${folders.filter((folder) => folder !== ARTICLE_FILES.folder).join(', ')})`,
			rule: 'razbor:stray-file',
		});
	}
	return problems;
}

/** Every file and folder under `content/` that no loader reads: {@link strayContentRoot} and {@link strayFilesIn} for each folder. */
export async function strayContentFiles(root: string): Promise<ContentProblem[]> {
	const problems = await strayContentRoot(root);
	for (const folder of Object.keys(CONTENT_FOLDERS))
		problems.push(...(await strayFilesIn(root, folder)));
	return problems;
}

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
