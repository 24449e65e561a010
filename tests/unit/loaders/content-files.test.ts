import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { WATCH_QUIET_MS, watchFolder } from '../../../src/loaders/content-files.ts';

const FOLDER = '/project/content/timelines';

/** A watcher like Vite's, as far as watchFolder uses it. */
class FakeWatcher extends EventEmitter {
	readonly added: string[] = [];
	add(path: string): void {
		this.added.push(path);
	}
}

/** A sync that records when it runs and finishes only when the test says so. */
function controlledSync() {
	const calls: { finish: () => void }[] = [];
	let running = 0;
	let overlapped = false;
	const sync = () =>
		new Promise<void>((resolve) => {
			running += 1;
			if (running > 1) overlapped = true;
			calls.push({
				finish: () => {
					running -= 1;
					resolve();
				},
			});
		});
	return { sync, calls, overlapped: () => overlapped };
}

let watcher: FakeWatcher;
const logger = { error: vi.fn() };

beforeEach(() => {
	vi.useFakeTimers();
	watcher = new FakeWatcher();
	logger.error.mockClear();
});

afterEach(() => {
	vi.useRealTimers();
});

describe('watchFolder', () => {
	test('syncs once for a save that arrives as two changes', async () => {
		const { sync, calls } = controlledSync();
		watchFolder({ watcher, logger }, FOLDER, sync);

		watcher.emit('change', join(FOLDER, 'visit.yaml'));
		watcher.emit('change', join(FOLDER, 'visit.yaml'));
		await vi.advanceTimersByTimeAsync(WATCH_QUIET_MS);

		expect(watcher.added).toEqual([FOLDER]);
		expect(calls).toHaveLength(1);
	});

	test('ignores files outside its folder', async () => {
		const { sync, calls } = controlledSync();
		watchFolder({ watcher, logger }, FOLDER, sync);

		watcher.emit('change', '/project/content/people/putin.yaml');
		await vi.advanceTimersByTimeAsync(WATCH_QUIET_MS);

		expect(calls).toHaveLength(0);
	});

	test('starts the next sync only when the one before has finished', async () => {
		const { sync, calls, overlapped } = controlledSync();
		watchFolder({ watcher, logger }, FOLDER, sync);

		watcher.emit('change', join(FOLDER, 'visit.yaml'));
		await vi.advanceTimersByTimeAsync(WATCH_QUIET_MS);
		watcher.emit('unlink', join(FOLDER, 'old.yaml'));
		await vi.advanceTimersByTimeAsync(WATCH_QUIET_MS);

		expect(calls).toHaveLength(1);

		calls[0]!.finish();
		await vi.advanceTimersByTimeAsync(0);

		expect(calls).toHaveLength(2);
		expect(overlapped()).toBe(false);
	});

	test('logs a failed sync and goes on syncing', async () => {
		let attempts = 0;
		const sync = () => {
			attempts += 1;
			return attempts === 1
				? Promise.reject(new Error('Ошибки в материалах (1)'))
				: Promise.resolve();
		};
		watchFolder({ watcher, logger }, FOLDER, sync);

		watcher.emit('add', join(FOLDER, 'new.yaml'));
		await vi.advanceTimersByTimeAsync(WATCH_QUIET_MS);
		watcher.emit('change', join(FOLDER, 'new.yaml'));
		await vi.advanceTimersByTimeAsync(WATCH_QUIET_MS);

		expect(logger.error).toHaveBeenCalledWith('Ошибки в материалах (1)');
		expect(attempts).toBe(2);
	});
});
