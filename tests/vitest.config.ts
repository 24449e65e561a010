import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Site tests whose content carries images. Astro writes a build's image imports to one file of
 * the project, `.astro/content-assets.mjs`, between the content sync and the bundling: a build of
 * other content beside it overwrites that file, and the page with the image fails to render. These
 * files run after the others, one at a time (`npm run test:site` runs the two projects in turn).
 */
const SITE_TESTS_ALONE = ['tests/site/hero.test.ts'];

export default defineConfig({
	root,
	test: {
		projects: [
			{
				extends: true,
				// Unit tests are pure, so files may share one module graph: importing zod, unified and
				// Astro's Markdown package once instead of per file takes the run from ~80 s to ~10 s.
				// tests/content/ checks the files of content/ themselves (house style, sources): as pure.
				// tests/content-guard/ runs the corpus of broken content through checkContent(), in process.
				test: {
					name: 'unit',
					include: [
						'tests/unit/**/*.test.ts',
						'tests/content/**/*.test.ts',
						'tests/content-guard/**/*.test.ts',
					],
					isolate: false,
				},
			},
			{
				extends: true,
				// Site tests build real sites with Astro: the edition in content/ once for all files
				// (global-setup.ts), fixture content once in each file that needs it.
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					exclude: SITE_TESTS_ALONE,
					globalSetup: ['tests/site/global-setup.ts'],
					testTimeout: 180_000,
					hookTimeout: 300_000,
					maxWorkers: 2,
				},
			},
			{
				extends: true,
				test: {
					name: 'site-alone',
					include: SITE_TESTS_ALONE,
					testTimeout: 180_000,
					hookTimeout: 300_000,
					maxWorkers: 1,
					fileParallelism: false,
				},
			},
			{
				extends: true,
				// End-to-end tests drive real Chromium over one build of content/ (global-setup.ts);
				// one file and so one browser at a time.
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
					maxWorkers: 1,
					fileParallelism: false,
				},
			},
		],
	},
});
