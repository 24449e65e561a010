import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { devSearchIndex } from './dev-index.ts';
import { searchIndexFiles, writeSearchIndex } from './pagefind-index.ts';

/**
 * Collects the garbage the pages left before Pagefind's process starts beside this one, so that the
 * two do not hold it at once. `npm run build` (package.json) lets V8 count the pages' bytes in its
 * heap's limit (`--external-memory-accounted-in-global-limit`: 3 full collections while 1,000
 * articles are written instead of about 25, one per 64 MB of them), so they pile up; it gives this
 * process `gc` (`--expose-gc`) and has glibc give freed buffers of 64 KB and more back to the
 * system (`MALLOC_MMAP_THRESHOLD_`). A plain `astro build` has none of these, and nothing to do
 * here. The figures: docs/performance.md.
 */
function collectPagesGarbage(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

/**
 * Pagefind search for the site: `astro build` indexes the built pages when they are written
 * (`astro:build:done`, failing the build when Pagefind fails); `astro dev` serves an index of
 * the current content under `/pagefind/`, made on the first search and after every change.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'razbor:search',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				collectPagesGarbage();
				const startedAt = performance.now();
				await writeSearchIndex(fileURLToPath(dir));
				const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
				logger.info(`Pagefind index written (${seconds} s)`);
			},
			'astro:server:setup': ({ server, logger }) => {
				const index = devSearchIndex({
					makeIndex: async (pages) => {
						const files = await searchIndexFiles(pages);
						logger.info('search index made from the current content');
						return files;
					},
					fetchPage: (path) => {
						const address = server.httpServer?.address();
						if (!address || typeof address === 'string')
							return Promise.reject(new Error('сервер разработки ещё не слушает порт'));
						return fetch(`http://localhost:${address.port}${path}`);
					},
				});
				server.middlewares.use(index.middleware);
				// Any change may change what a page says; the index is made again when next asked.
				server.watcher.on('all', (_event, path) => {
					if (!path.includes('/node_modules/')) index.invalidate();
				});
			},
		},
	};
}
