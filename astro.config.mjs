// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { buildCache } from './src/integrations/build-cache/index.ts';
import { citationCheck } from './src/integrations/citations/index.ts';
import { contentProblems } from './src/integrations/content-problems/index.ts';
import { searchIndex } from './src/integrations/search/index.ts';
import { shareImages } from './src/integrations/share-images/index.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';
import { markdownProcessor } from './src/markdown/index.ts';
import { SITE } from './src/site.ts';

// Astro's cache (content store; article bodies, share images and feed texts: src/cache/) may
// live elsewhere, e.g. a fresh folder per test build.
const cacheDir = process.env['RAZBOR_CACHE_DIR'];

export default defineConfig({
	site: SITE.url,
	output: 'static',
	trailingSlash: 'always',
	// Issue 20: the Russian original stays at the root, each other language under its prefix
	// (`/en/…`). Pages link with src/format/urls.ts (localizedPath), which gives the same paths as
	// `getRelativeLocaleUrl` of `astro:i18n` (tests/unit/format/localized-urls.test.ts).
	i18n: {
		locales: [...LOCALES],
		defaultLocale: DEFAULT_LOCALE,
		routing: { prefixDefaultLocale: false },
	},
	...(cacheDir ? { cacheDir: resolve(cacheDir) } : {}),
	// CSS goes into every page, so a page renders after one round trip; the Content-Security-Policy
	// allows inline styles for this (deploy/headers.ts).
	build: { format: 'directory', inlineStylesheets: 'always' },
	// Content is rendered by our own loaders (src/loaders/) through this processor.
	markdown: { processor: markdownProcessor, syntaxHighlight: false },
	// `astro build` makes the whole site: the search index and share images come from these. Their
	// `astro:build:done` hooks run in this order: Pagefind indexes the pages while the last share
	// images may still be drawing on the other core; the build cache's sweep comes last, once every
	// step that uses the cache is done. In `astro dev`, contentProblems() reloads the open pages
	// when a saved file breaks or is fixed.
	integrations: [searchIndex(), shareImages(), citationCheck(), buildCache(), contentProblems()],
	// Builds must not phone home: no telemetry, nothing fetched from the network.
	devToolbar: { enabled: false },
	// Writes .astro/collections/ at every sync: the JSON Schemas of the collections and which file
	// belongs to which, so the Astro VS Code extension (with `astro.content-intellisense`, see
	// .vscode/settings.json) completes and checks the frontmatter of articles while typing.
	experimental: { contentIntellisense: true },
	vite: {
		// Astro inlines a processed <script> smaller than this limit (plugin-scripts.js), and the
		// Content-Security-Policy allows scripts from 'self' only, never inline ones: with 0, every
		// script is a file in /_astro/. Fonts stay files too, as font-src has no data:.
		build: { assetsInlineLimit: 0 },
	},
});
