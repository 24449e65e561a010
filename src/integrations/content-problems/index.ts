import type { AstroIntegration } from 'astro';
import { onProblemsChanged } from '../../loaders/synced-collections.ts';

/**
 * In `astro dev`, reloads the open pages whenever the content problems change: when a saved
 * file breaks, the page shows the error (src/data/site-data.ts refuses to load, so Astro's error
 * overlay names the file and line); when it is fixed, the page comes back. Astro reloads pages
 * by itself only when its content store changes, and neither a failed sync nor a file put back
 * as it was changes the store. A build needs nothing of this: any problem stops it.
 */
export function contentProblems(): AstroIntegration {
	return {
		name: 'razbor:content-problems',
		hooks: {
			'astro:server:setup': ({ server }) => {
				const stop = onProblemsChanged(() => {
					server.environments.client.hot.send({ type: 'full-reload', path: '*' });
				});
				// A restarted dev server (after a config change) sets up a new listener.
				server.httpServer?.once('close', stop);
			},
		},
	};
}
