import type { AstroIntegration } from 'astro';
import { onProblemsChanged } from '../../loaders/synced-collections.ts';

/** Dev-only page script: a page that was served whole reloads when told of a content error. */
const STALE_ERROR_CHECK = `import.meta.hot?.on('vite:error', (payload) => {
	if (payload.err?.name === 'ContentError') location.reload();
});`;

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
			'astro:config:setup': ({ command, injectScript }) => {
				// Astro sends the error overlay 200 ms after the failed page has gone out; a reload in
				// between (the file fixed meanwhile) leaves it to the next page, good as it may be. A
				// page that gets a content error reloads to see which is true. The error page itself
				// carries no such script, so this never loops; builds never get it.
				if (command === 'dev') injectScript('page', STALE_ERROR_CHECK);
			},
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
