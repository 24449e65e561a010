import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { articleBodyExists, BODY_FILE_KEY, storeArticleBody } from '../cache/article-bodies.ts';
import { BackgroundWrites, cacheWithFingerprint } from '../cache/build-cache.ts';
import { ARTICLE_BODIES } from '../cache/cache-kinds.ts';
import { READING_WORDS_KEY, readingWords } from '../format/reading-time.ts';
import { BODY_IMAGES_KEY } from '../markdown/rehype-body-images.ts';
import { ARTICLE_FILES, projectPath } from './content-files.ts';
import { folderLoader, type EntryReader, type StoredEntry } from './folder-loader.ts';
import {
	bodyImages,
	createArticleRenderer,
	missingBodyImages,
	readArticle,
} from './read-article.ts';
import type { TranslationLanguage } from '../schemas/translation.ts';

/** The body file an entry of the store names. */
function bodyFile(stored: StoredEntry): unknown {
	return stored.rendered?.metadata?.[BODY_FILE_KEY];
}

/**
 * Where the stored metadata of an article keeps the size and time of change of each image it
 * shows (hero and body), by path relative to the article, as they were when it was read.
 */
export const IMAGE_STAMPS_KEY = 'razborImageStamps';

/** Size and time of change of the file at `path`, or `undefined` when it is not there. */
function fileStamp(path: string): string | undefined {
	const stat = statSync(path, { throwIfNoEntry: false });
	return stat ? `${stat.size}:${stat.mtimeMs}` : undefined;
}

/** The stamp of each image path, relative to `articleDir`. */
function imageStamps(articleDir: string, paths: readonly string[]): Record<string, string> {
	return Object.fromEntries(
		paths.flatMap((path) => {
			const stamp = fileStamp(join(articleDir, path));
			return stamp ? [[path, stamp]] : [];
		}),
	);
}

/**
 * Whether the stored entry of an unchanged article file can be kept: its body file is still in
 * the cache (the folder may have been cleared in part), its hero image and the images of its body
 * still beside the article and unchanged since it was read (the text stays the same when an image
 * goes or is replaced, and checking that it is there and is an image is part of reading the file).
 * `root` is the project's folder, which the entry's `filePath` is relative to.
 */
export function isStoredArticleIntact(stored: StoredEntry, root: string): boolean {
	if (!stored.filePath) return false;
	const articleDir = join(root, dirname(stored.filePath));
	const hero = (stored.data as { hero?: { src: unknown } }).hero;
	const stamps = stored.rendered?.metadata?.[IMAGE_STAMPS_KEY] as
		Record<string, string> | undefined;
	return (
		articleBodyExists(bodyFile(stored)) &&
		(!hero || (typeof hero.src === 'string' && existsSync(join(articleDir, hero.src)))) &&
		missingBodyImages('', stored.rendered?.metadata, articleDir).length === 0 &&
		Object.entries(stamps ?? {}).every(
			([path, stamp]) => fileStamp(join(articleDir, path)) === stamp,
		)
	);
}

/** Where `hero.src` sits in an article's data, for Astro to resolve it to the imported image. */
const HERO_IMAGE_PATH = ['hero', 'src'];

/**
 * Loads `content/articles/*.md`: validates the frontmatter, checks the hero image exists, and
 * renders the body with the configured Markdown processor (./read-article.ts, which
 * `npm run check:content` calls too). The body's HTML goes into a file of the build cache
 * (src/cache/article-bodies.ts), the entry keeps its name. Both are keyed by the code that kind
 * `ARTICLE_BODIES` declares (src/cache/cache-kinds.ts).
 *
 * With `lang`, it loads the translations in `content/articles/<lang>/` instead (issue 20).
 *
 * Unlike Astro's `glob()` loader, which only logs a rendering error and stores the entry with an
 * empty body, any problem here stops the build. A failed entry is never stored, so a later build
 * with a warm cache fails again instead of shipping the empty page.
 */
export function articleLoader({ lang }: { lang?: TranslationLanguage } = {}): Loader {
	return folderLoader({
		...ARTICLE_FILES,
		lang,
		code: ARTICLE_BODIES.code,
		createReader: async ({ config }, fingerprint) => {
			const bodies = cacheWithFingerprint(
				ARTICLE_BODIES,
				fingerprint,
				fileURLToPath(config.cacheDir),
			);
			const renderer = await createArticleRenderer(config.markdown.processor);
			const bodiesWritten = new BackgroundWrites();
			const read: EntryReader = async (file) => {
				const article = await readArticle(file, renderer, lang);
				if (!article.ok) return article;
				const { parsed, html, metadata } = article.value;
				const images = bodyImages(metadata).map((image) => image.path);
				const hero = parsed.data.hero ? [parsed.data.hero.src] : [];
				// Neither the Markdown nor the HTML is stored: every stored byte is loaded again, by
				// every build, from Astro's content store and bundled into the pages. The store
				// keeps the reading time and the name of the body's file.
				const metadataToStore = {
					...metadata,
					imagePaths: [],
					[READING_WORDS_KEY]: readingWords(parsed.body),
					[IMAGE_STAMPS_KEY]: imageStamps(dirname(file.absolute), [...hero, ...images]),
					[BODY_FILE_KEY]: bodiesWritten.add(
						file.display,
						storeArticleBody(
							bodies,
							{
								file: projectPath(config.root, file.absolute),
								markdown: parsed.bodyAtFileLines,
							},
							html,
						),
					),
				};
				await bodiesWritten.room();
				return {
					ok: true,
					value: {
						data: images.length > 0 ? { ...parsed.data, [BODY_IMAGES_KEY]: images } : parsed.data,
						rendered: { html: '', metadata: metadataToStore },
						// The hero image and the body's images are imported by the build like an image()
						// field of Astro's own loaders: pages get their ImageMetadata, and astro:assets
						// can transform them.
						...((hero.length > 0 || images.length > 0) && {
							assetImports: [...hero, ...images],
							imageImports: [
								...(hero.length > 0 ? [HERO_IMAGE_PATH] : []),
								...images.map((_, index) => [BODY_IMAGES_KEY, String(index)]),
							],
						}),
					},
				};
			};
			read.written = () => bodiesWritten.settled();
			return read;
		},
		isIntact: (stored, { config }) => isStoredArticleIntact(stored, fileURLToPath(config.root)),
		cacheFiles: (stored) => {
			const file = bodyFile(stored);
			return typeof file === 'string' ? [file] : [];
		},
	});
}
