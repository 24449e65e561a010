import type { DeclaredCode } from './declared-code.ts';

/**
 * Every kind of entry the build keeps between builds, each with what it depends on besides its
 * input. An entry's key is a digest of its input and of this declared code, so a change to
 * anything declared here misses the cache and a change to anything else (a page component, the
 * link checker in scripts/) reuses it. Declared by the modules that compute the entry: what they
 * import counts without being listed (./declared-code.ts).
 */

/** One kind of entry in the build cache. */
export interface CacheKind {
	/** Folder of its entries in the build cache; the sweep after a build goes through it. */
	folder: string;
	/** Ending of its file names, `.html` or `.png`. */
	extension: string;
	/** The code that turns an entry's input into the entry. */
	code: DeclaredCode;
}

/**
 * The rendered body of an article (src/cache/article-bodies.ts); its input is the Markdown
 * after the frontmatter and the file's path. The same code decides an article's entry in
 * Astro's content store, so it also keys that entry (src/loaders/article-loader.ts).
 */
export const ARTICLE_BODIES = {
	folder: 'article-bodies',
	extension: '.html',
	code: {
		// The loader parses the file and renders it with the processor astro.config.mjs makes from
		// src/markdown/; the config file itself is not followed, or every integration would count.
		modules: ['src/loaders/article-loader.ts', 'src/markdown/index.ts'],
		files: ['astro.config.mjs'],
		packages: ['@astrojs/markdown-remark'],
	},
} as const satisfies CacheKind;

/** A share image (src/og/index.ts); its input is the card's element tree, template applied. */
export const SHARE_IMAGES = {
	folder: 'og',
	extension: '.png',
	code: {
		modules: ['src/og/render.ts'],
		// The font files are read by path (src/og/fonts.ts), not imported; the PNG is compressed
		// with Node's own zlib.
		packages: ['@fontsource/pt-sans'],
		runtime: ['zlib'],
	},
} as const satisfies CacheKind;

/** An article's full text for feeds (src/feeds/content-cache.ts); its input is the page's body. */
export const FEED_TEXTS = {
	folder: 'feeds',
	extension: '.html',
	code: { modules: ['src/feeds/feed-html.ts'] },
} as const satisfies CacheKind;

/** Every kind, for the sweep after a build. */
export const CACHE_KINDS: readonly CacheKind[] = [ARTICLE_BODIES, SHARE_IMAGES, FEED_TEXTS];

/**
 * What decides an entry of a YAML collection in Astro's content store besides the file's text:
 * the loaders and schemas that content.config.ts wires together. Reading YAML is cheap, so one
 * declaration serves every data collection.
 */
export const DATA_ENTRY_CODE: DeclaredCode = { modules: ['src/content.config.ts'] };
