// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

/**
 * The baseline of `npm run bench:build`: the same article files built by a minimal Astro site, with
 * Astro's own glob() loader and the plain unified processor (no directives, no custom plugins),
 * so the ratio shows what the edition's features cost over Astro itself. tests/bench/bench-build.ts
 * sets the folders through BASELINE_* variables; without them Astro's defaults apply.
 */
const cacheDir = process.env['BASELINE_CACHE_DIR'];

export default defineConfig({
	site: 'https://baseline.example',
	output: 'static',
	outDir: process.env['BASELINE_OUT_DIR'] ?? './dist',
	// Vite's own cache goes with Astro's, not into a node_modules/ inside tests/.
	...(cacheDir ? { cacheDir, vite: { cacheDir: `${cacheDir}/vite` } } : {}),
	// Highlighting off, as in the edition's config: neither has code blocks to highlight.
	markdown: { processor: unified(), syntaxHighlight: false },
	devToolbar: { enabled: false },
});
