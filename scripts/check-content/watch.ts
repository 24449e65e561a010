import { watch } from 'node:fs';

/** Quiet time after the last change before checking again: an editor's save is several writes. */
const SETTLE_MS = 150;

/**
 * Calls `check` whenever something under `folder` changes, once the changes settle, and never
 * two checks at once: a change during a check asks for one more check after it. Returns how to
 * stop watching.
 */
export function watchFolderTree(folder: string, check: () => Promise<void>): () => void {
	let timer: NodeJS.Timeout | undefined;
	let running: Promise<void> | undefined;
	let again = false;
	const run = () => {
		if (running) {
			again = true;
			return;
		}
		running = check().finally(() => {
			running = undefined;
			if (again) {
				again = false;
				run();
			}
		});
	};
	const watcher = watch(folder, { recursive: true }, () => {
		clearTimeout(timer);
		timer = setTimeout(run, SETTLE_MS);
	});
	return () => {
		clearTimeout(timer);
		watcher.close();
	};
}
