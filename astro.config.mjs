// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown/index.ts';
import { SITE } from './src/site.ts';

export default defineConfig({
	site: SITE.url,
	output: 'static',
	trailingSlash: 'always',
	// CSS goes into every page, so a page renders after one round trip; the Content-Security-Policy
	// allows inline styles for this (deploy/headers.ts).
	build: { format: 'directory', inlineStylesheets: 'always' },
	// Content is rendered by our own loaders (src/loaders/) through this processor.
	markdown: { processor: unified(markdownOptions), syntaxHighlight: false },
	// Builds must not phone home: no telemetry, nothing fetched from the network.
	devToolbar: { enabled: false },
	vite: {
		// Astro inlines a processed <script> smaller than this limit (plugin-scripts.js), and the
		// Content-Security-Policy allows scripts from 'self' only, never inline ones: with 0, every
		// script is a file in /_astro/. Fonts stay files too, as font-src has no data:.
		build: { assetsInlineLimit: 0 },
	},
});
