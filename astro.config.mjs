// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown/index.ts';
import { SITE } from './src/site.ts';

export default defineConfig({
	site: SITE.url,
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Content is rendered by our own loaders (src/loaders/) through this processor.
	markdown: { processor: unified(markdownOptions), syntaxHighlight: false },
	// Builds must not phone home: no telemetry, nothing fetched from the network.
	devToolbar: { enabled: false },
});
