/**
 * The drawing process of the share-image integration (./index.ts), forked beside the Astro build
 * so that the images are drawn on the other core while Astro renders pages. It takes
 * `{ image }` messages, draws each into the content-hash cache (src/og/), answers `{ drawn }`
 * with the cache file, and exits after `{ end }` once all are drawn.
 *
 * A process of its own also because resvg frees each image's pixels only when Node's garbage
 * collector gets round to it: the memory goes back the moment the drawing is done.
 */
import type { DrawnShareImage } from '../../og/drawn-images.ts';
import { shareImageFile } from '../../og/index.ts';
import type { SiteShareImage } from '../../og/site-images.ts';

/** What the integration sends. */
export type DrawRequest = { image: SiteShareImage } | { end: true };

/** What this process answers. */
export type DrawAnswer = { drawn: DrawnShareImage } | { failed: string } | { done: number };

const send = (answer: DrawAnswer) => process.send?.(answer);

/** Set once this process has its last word to say; then the channel closes by itself. */
let finishing = false;

/**
 * Sends the last answer and closes the channel only once it is written: closed at once, the
 * channel would take the answer with it, and the build would wait for a result that never came.
 */
function finish(answer: DrawAnswer): void {
	finishing = true;
	process.send?.(answer, () => {
		process.disconnect();
	});
}

// Drawn one at a time, in the order asked: satori and resvg are CPU-bound, one core is ours.
let queue: Promise<void> = Promise.resolve();
let count = 0;

process.on('message', (request: DrawRequest) => {
	queue = queue.then(async () => {
		if ('end' in request) {
			finish({ done: count });
			return;
		}
		const { path, card } = request.image;
		send({ drawn: { path, file: await shareImageFile(card) } });
		count += 1;
	});
	queue.catch((error: unknown) => {
		if (finishing) return;
		finish({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	});
});

// The build went away (it failed, or was stopped): nothing will collect what is drawn.
process.on('disconnect', () => {
	if (!finishing) process.exit();
});
