import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CACHE_KINDS } from '../../cache/cache-kinds.ts';
import { cacheSession, startCacheSession, sweepUnusedEntries } from '../../cache/cache-session.ts';

/**
 * The build cache's session (src/cache/cache-session.ts) in every Astro run: it tells the
 * loaders, pages and share images where Astro keeps its cache, and in `astro build` collects the
 * entries they use. When a build has succeeded — this integration comes last, so its
 * `astro:build:done` runs after every other step, share images and search index included — the
 * entries it did not use are deleted. A failed build never gets here, and `astro dev` never
 * sweeps: its pages ask for entries until it stops.
 */
export function buildCache(): AstroIntegration {
	return {
		name: 'razbor:build-cache',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				startCacheSession({
					root: fileURLToPath(config.root),
					cacheDir: fileURLToPath(config.cacheDir),
					recordUses: command === 'build',
				});
			},
			'astro:build:done': async ({ logger }) => {
				const session = cacheSession();
				if (!session) return;
				const removed = await sweepUnusedEntries(session, CACHE_KINDS);
				logger.info(`stale entries removed from the build cache: ${removed}`);
			},
		},
	};
}
