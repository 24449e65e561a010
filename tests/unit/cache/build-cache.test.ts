import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	buildCacheDir,
	cacheKey,
	filesFingerprint,
	readTextIfPresent,
	writeFileAtomically,
} from '../../../src/cache/build-cache.ts';

let dir: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'razbor-build-cache-'));
});

afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('buildCacheDir', () => {
	test('is the named folder inside RAZBOR_CACHE_DIR, or else inside node_modules/.astro', () => {
		expect(buildCacheDir('feeds', { RAZBOR_CACHE_DIR: '.build/cache' }, '/site')).toBe(
			'/site/.build/cache/feeds',
		);
		expect(buildCacheDir('feeds', { RAZBOR_CACHE_DIR: '/var/cache/razbor' }, '/site')).toBe(
			'/var/cache/razbor/feeds',
		);
		expect(buildCacheDir('feeds', {}, '/site')).toBe('/site/node_modules/.astro/feeds');
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

	test('leave one whole file when several builds write it at once', async () => {
		const file = join(dir, 'same.html');

		await Promise.all(Array.from({ length: 5 }, () => writeFileAtomically(file, 'одно и то же')));

		expect(await readdir(dir)).toEqual(['same.html']);
		expect(await readFile(file, 'utf8')).toBe('одно и то же');
	});
});

describe('filesFingerprint', () => {
	beforeEach(async () => {
		await mkdir(join(dir, 'src/feeds/deep'), { recursive: true });
		await writeFile(join(dir, 'src/feeds/urls.ts'), 'export const a = 1;');
		await writeFile(join(dir, 'src/feeds/deep/feed-html.ts'), 'export const b = 2;');
		await writeFile(join(dir, 'package-lock.json'), '{"lockfileVersion":3}');
	});

	const fingerprint = () => filesFingerprint(dir, ['src/feeds', 'package-lock.json']);

	test('is stable while nothing changes', async () => {
		expect(await fingerprint()).toBe(await fingerprint());
	});

	test('changes with a file deep in a folder, a new file and the lock file', async () => {
		const before = await fingerprint();

		await writeFile(join(dir, 'src/feeds/deep/feed-html.ts'), 'export const b = 3;');
		const edited = await fingerprint();
		await writeFile(join(dir, 'src/feeds/new.ts'), '');
		const added = await fingerprint();
		await writeFile(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"x":1}');
		const locked = await fingerprint();

		expect(new Set([before, edited, added, locked]).size).toBe(4);
	});

	test('fails when a listed path does not exist', async () => {
		await expect(filesFingerprint(dir, ['src/missing'])).rejects.toMatchObject({ code: 'ENOENT' });
	});
});
