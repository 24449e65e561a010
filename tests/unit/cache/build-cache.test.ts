import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
	BackgroundWrites,
	buildCacheDir,
	cachedFile,
	cachedText,
	cacheKey,
	cacheLocation,
	cacheWithFingerprint,
	entryFile,
	readTextIfPresent,
	storeCachedFile,
	writeFileAtomically,
	type OpenCache,
} from '../../../src/cache/build-cache.ts';
import type { CacheKind } from '../../../src/cache/cache-kinds.ts';
import {
	cacheSession,
	endCacheSession,
	startCacheSession,
} from '../../../src/cache/cache-session.ts';

const KIND: CacheKind = {
	folder: 'things',
	extension: '.txt',
	code: { modules: ['src/things.ts'] },
};

let dir: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'razbor-build-cache-'));
});

afterEach(async () => {
	endCacheSession();
	await rm(dir, { recursive: true, force: true });
});

/** The kind opened in the temporary folder with a given code fingerprint. */
const open = (fingerprint = 'code-1'): OpenCache => cacheWithFingerprint(KIND, fingerprint, dir);

/** A stand-in for the real computation that records its calls. */
const maker = (text: string) => vi.fn(() => Promise.resolve(text));

describe('cacheLocation and buildCacheDir', () => {
	test('are RAZBOR_CACHE_DIR resolved from the working folder, or else node_modules/.astro', () => {
		expect(buildCacheDir('feeds', { RAZBOR_CACHE_DIR: '.build/cache' }, '/site')).toBe(
			'/site/.build/cache/feeds',
		);
		expect(buildCacheDir('feeds', { RAZBOR_CACHE_DIR: '/var/cache/razbor' }, '/site')).toBe(
			'/var/cache/razbor/feeds',
		);
		expect(buildCacheDir('feeds', { RAZBOR_CACHE_DIR: '' }, '/site')).toBe(
			'/site/node_modules/.astro/feeds',
		);
		expect(cacheLocation({}, '/site')).toEqual({
			root: '/site',
			cacheDir: '/site/node_modules/.astro',
		});
	});

	test("are Astro's root and cache folder once an Astro run has started a session", () => {
		startCacheSession({ root: '/project', cacheDir: '/project/cache/', recordUses: false });

		expect(cacheLocation({ RAZBOR_CACHE_DIR: 'elsewhere' }, '/site')).toEqual({
			root: '/project',
			cacheDir: '/project/cache',
		});
		expect(buildCacheDir('og', {}, '/site')).toBe('/project/cache/og');
	});
});

describe('cacheKey', () => {
	test('is a SHA-256 that changes with the input and with the fingerprint, and only then', () => {
		const key = cacheKey({ text: 'Кремль', at: new Date(0) }, 'code-1');

		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(cacheKey({ text: 'Кремль', at: new Date(0) }, 'code-1')).toBe(key);
		expect(cacheKey({ text: 'Минск', at: new Date(0) }, 'code-1')).not.toBe(key);
		expect(cacheKey({ text: 'Кремль', at: new Date(1) }, 'code-1')).not.toBe(key);
		expect(cacheKey({ text: 'Кремль', at: new Date(0) }, 'code-2')).not.toBe(key);
	});
});

describe('entryFile', () => {
	test("is <key><extension> in the kind's folder, the key naming input and code", () => {
		const file = entryFile(open(), { text: 'Кремль' });

		expect(file).toBe(join(dir, 'things', `${cacheKey({ text: 'Кремль' }, 'code-1')}.txt`));
		expect(entryFile(open(), { text: 'Минск' })).not.toBe(file);
		expect(entryFile(open('code-2'), { text: 'Кремль' })).not.toBe(file);
	});
});

describe('cachedFile', () => {
	test('makes and stores the entry on a miss, and reads it back without making it again', async () => {
		const make = maker('drawn');

		const first = await cachedFile(open(), 'Кремль', make);
		const second = await cachedFile(open(), 'Кремль', make);

		expect(first).toBe(entryFile(open(), 'Кремль'));
		expect(second).toBe(first);
		expect(make).toHaveBeenCalledOnce();
		expect(await readFile(first, 'utf8')).toBe('drawn');
	});

	test('makes another entry for another input or changed code, and keeps both', async () => {
		await cachedFile(open(), 'Кремль', maker('first'));
		const other = maker('second');

		await cachedFile(open(), 'Минск', other);
		await cachedFile(open('code-2'), 'Кремль', other);

		expect(other).toHaveBeenCalledTimes(2);
		expect(await readdir(join(dir, 'things'))).toHaveLength(3);
	});

	test('stores nothing, not even a temporary file, when making the entry fails', async () => {
		const make = vi.fn(() => Promise.reject(new Error('render failed')));

		await expect(cachedFile(open(), 'Кремль', make)).rejects.toThrow('render failed');

		expect(await readdir(dir)).toEqual([]);
	});

	test('leaves one whole file when several builds store the same entry at once', async () => {
		await Promise.all(Array.from({ length: 5 }, () => cachedFile(open(), 'Кремль', maker('same'))));

		expect(await readdir(join(dir, 'things'))).toEqual([`${cacheKey('Кремль', 'code-1')}.txt`]);
	});
});

describe('cachedText', () => {
	test('makes and stores the text on a miss, and reads the stored text back on a hit', async () => {
		const made = await cachedText(open(), 'Кремль', () => '<p>Текст</p>');
		// A marker written over the entry proves the next call reads the file.
		await writeFile(entryFile(open(), 'Кремль'), '<p>из кэша</p>');
		const make = vi.fn(() => '<p>Текст</p>');

		const read = await cachedText(open(), 'Кремль', make);

		expect(made).toBe('<p>Текст</p>');
		expect(read).toBe('<p>из кэша</p>');
		expect(make).not.toHaveBeenCalled();
	});

	test('makes the text again for changed code', async () => {
		await cachedText(open(), 'Кремль', () => 'old');

		expect(await cachedText(open('code-2'), 'Кремль', () => 'new')).toBe('new');
	});
});

describe('the uses a build records', () => {
	test('name every entry read or written through the cache while a build records them', async () => {
		const session = startCacheSession({ root: dir, cacheDir: dir, recordUses: true });

		const written = await cachedFile(open(), 'Кремль', maker('a'));
		const read = await cachedFile(open(), 'Кремль', maker('b'));
		await cachedText(open(), 'Минск', () => 'c');

		expect(read).toBe(written);
		expect([...(session.used ?? [])].sort()).toEqual([written, entryFile(open(), 'Минск')].sort());
	});

	test('are not kept outside a build', async () => {
		const session = startCacheSession({ root: dir, cacheDir: dir, recordUses: false });

		await cachedFile(open(), 'Кремль', maker('a'));

		expect(session.used).toBeUndefined();
	});
});

describe('writeFileAtomically and readTextIfPresent', () => {
	test('write the file, creating its folder, and leave no temporary file', async () => {
		const file = join(dir, 'a', 'b', 'text.html');

		await writeFileAtomically(file, '<p>Текст</p>');

		expect(await readTextIfPresent(file)).toBe('<p>Текст</p>');
		expect(await readdir(join(dir, 'a', 'b'))).toEqual(['text.html']);
	});

	test('read nothing where nothing was written', async () => {
		expect(await readTextIfPresent(join(dir, 'missing.html'))).toBeUndefined();
	});

	test('write again into a folder removed after an earlier write made it', async () => {
		const file = join(dir, 'kept', 'text.html');
		await writeFileAtomically(file, 'первый');
		await rm(join(dir, 'kept'), { recursive: true });

		await writeFileAtomically(file, 'второй');

		expect(await readFile(file, 'utf8')).toBe('второй');
	});

	test('leave no temporary file when the write fails', async () => {
		// A folder where the file should be: the rename cannot replace it.
		const file = join(dir, 'taken');
		await writeFileAtomically(join(file, 'inside.txt'), 'мешает');

		await expect(writeFileAtomically(file, 'текст')).rejects.toThrow();

		expect(await readdir(dir)).toEqual(['taken']);
	});

	test('leave one whole file when several builds write it at once', async () => {
		const file = join(dir, 'same.html');

		await Promise.all(Array.from({ length: 5 }, () => writeFileAtomically(file, 'одно и то же')));

		expect(await readdir(dir)).toEqual(['same.html']);
		expect(await readFile(file, 'utf8')).toBe('одно и то же');
	});
});

describe('storeCachedFile and BackgroundWrites', () => {
	test('name the entry at once, record it as used, and write it in the background', async () => {
		startCacheSession({ root: dir, cacheDir: dir, recordUses: true });
		const { file, stored } = storeCachedFile(open(), 'Кремль', 'текст');

		expect(file).toBe(entryFile(open(), 'Кремль'));
		expect(await readTextIfPresent(file)).toBeUndefined();
		await stored;
		expect(await readFile(file, 'utf8')).toBe('текст');
		expect(cacheSession()?.used?.has(file)).toBe(true);
	});

	test('keep an entry that is there already', async () => {
		const first = storeCachedFile(open(), 'Кремль', 'первый');
		await first.stored;

		await storeCachedFile(open(), 'Кремль', 'второй').stored;

		expect(await readFile(first.file, 'utf8')).toBe('первый');
	});

	test('wait for every write and name the file whose write failed', async () => {
		const writes = new BackgroundWrites();
		const good = writes.add('content/articles/a.md', storeCachedFile(open(), 'a', 'A'));
		// The kind's folder is a file: nothing can be written into it.
		await writeFile(join(dir, 'blocked'), '');
		const blocked = cacheWithFingerprint({ ...KIND, folder: 'blocked' }, 'code-1', dir);
		writes.add('content/articles/b.md', storeCachedFile(blocked, 'b', 'B'));

		await expect(writes.settled()).rejects.toThrow(
			'не записан файл кэша сборки для content/articles/b.md',
		);
		expect(await readFile(good, 'utf8')).toBe('A');
	});

	test('let a loader go on while a few writes run, and wait for the oldest beyond that', async () => {
		const writes = new BackgroundWrites();
		const finish: (() => void)[] = [];
		for (let index = 0; index < 17; index++) {
			const stored = new Promise<void>((resolve) => finish.push(resolve));
			writes.add(`content/articles/${index}.md`, { file: `${index}.html`, stored });
		}
		let roomMade = false;
		const room = writes.room().then(() => {
			roomMade = true;
		});

		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(roomMade).toBe(false);
		finish[0]!();
		await room;
		expect(roomMade).toBe(true);
		for (const done of finish) done();
		await writes.settled();
	});

	test('let the event loop see a write finish while a loader renders without touching the disk', async () => {
		const writes = new BackgroundWrites();
		const file = writes.add('content/articles/a.md', storeCachedFile(open(), 'a', 'A'));

		// A loop that touches no disk itself, as a loader rendering one body after another: only
		// room() gives the write's steps their turns.
		// Bounded by time, not turns: a busy machine takes longer to write (without the turns the
		// write would not finish at all).
		const until = Date.now() + 5000;
		while (!existsSync(file) && Date.now() < until) await writes.room();

		expect(existsSync(file)).toBe(true);
		expect(await readFile(file, 'utf8')).toBe('A');
	});

	test('settle at once when nothing was added', async () => {
		await expect(new BackgroundWrites().settled()).resolves.toBeUndefined();
	});
});
