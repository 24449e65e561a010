import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
	CONTENT_FOLDERS,
	displayPath,
	strayContentFiles,
	strayContentRoot,
	strayFilesIn,
	WATCH_QUIET_MS,
	watchFolder,
} from '../../../src/loaders/content-files.ts';

let root: string;

describe('stray content files', () => {
	beforeEach(async () => {
		root = await mkdtemp(join(tmpdir(), 'razbor-content-files-'));
		for (const folder of Object.keys(CONTENT_FOLDERS)) await mkdir(join(root, folder));
		await writeFile(join(root, 'articles/visit.md'), '---\n---\n');
		await writeFile(join(root, 'people/putin.yaml'), 'name: x\n');
		await writeFile(join(root, 'people/lukashenko.yml'), 'name: x\n');
		await mkdir(join(root, '.schemas'));
		await writeFile(join(root, '.schemas/article.json'), '{}');
		await writeFile(join(root, 'articles/.DS_Store'), '');
	});

	afterEach(async () => {
		await rm(root, { recursive: true, force: true });
	});

	test('finds nothing when every file is one a loader reads (hidden files are left alone)', async () => {
		expect(await strayContentFiles(root)).toEqual([]);
	});

	test('refuses a .markdown article by name and says what to rename it to', async () => {
		await writeFile(join(root, 'articles/visit-2.markdown'), 'text');

		expect(await strayFilesIn(root, 'articles')).toEqual([
			{
				file: displayPath(join(root, 'articles/visit-2.markdown')),
				message:
					'файл не будет прочитан: в content/articles/ сборка читает только файлы .md; переименуйте его в visit-2.md или уберите из content/',
				rule: 'razbor:stray-file',
			},
		]);
	});

	test('reads the images folder of the articles and refuses what is not an image in it', async () => {
		await mkdir(join(root, 'articles/images'));
		await writeFile(join(root, 'articles/images/kremlin.jpg'), 'jpeg');

		expect(await strayFilesIn(root, 'articles')).toEqual([]);

		await writeFile(join(root, 'articles/images/notes.txt'), 'text');

		expect(await strayFilesIn(root, 'articles')).toEqual([
			{
				file: displayPath(join(root, 'articles/images/notes.txt')),
				message:
					'в content/articles/images/ лежат только картинки статей (.jpg, .jpeg, .png, .webp, .avif); этот файл сборка не прочитает — уберите его',
				rule: 'razbor:stray-file',
			},
		]);
	});

	test('refuses a JSON data file and a folder inside a data folder', async () => {
		await writeFile(join(root, 'people/medvedev.json'), '{}');
		await mkdir(join(root, 'people/archive'));

		const problems = await strayFilesIn(root, 'people');

		expect(problems.map(({ file, message }) => [file.replace(root, ''), message])).toEqual([
			[
				'/people/archive/',
				'папка внутри content/people/ не читается: сборка берёт только файлы .yaml или .yml, лежащие прямо в content/people/; переложите файлы туда',
			],
			[
				'/people/medvedev.json',
				'файл не будет прочитан: в content/people/ сборка читает только файлы .yaml или .yml; переименуйте его в medvedev.yaml или уберите из content/',
			],
		]);
	});

	test('refuses a file at the top of content/ and an unknown folder, with the nearest name', async () => {
		await writeFile(join(root, 'visit.md'), 'text');
		await mkdir(join(root, 'article'));
		await mkdir(join(root, 'drafts'));

		const problems = await strayContentRoot(root);

		expect(problems.map(({ file, message }) => [file.replace(root, ''), message])).toEqual([
			[
				'/article/',
				'папка content/article/ сборке неизвестна, её файлы не будут прочитаны; может быть, content/articles/?',
			],
			[
				'/drafts/',
				'папка content/drafts/ сборке неизвестна, её файлы не будут прочитаны; папки материалов: articles, timelines, people, sources, glossary, topics, charts, places, maps',
			],
			[
				'/visit.md',
				'файл лежит прямо в content/ и не будет прочитан: статьи кладите в content/articles/, данные — в папку своего вида (timelines, people, sources, glossary, topics, charts, places, maps)',
			],
		]);
	});
});

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

describe('watchFolder', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		watcher = new FakeWatcher();
		logger.error.mockClear();
	});

	afterEach(() => {
		vi.useRealTimers();
	});

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
