import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
	cachedShareImageFile,
	shareImageCacheDir,
	shareImageCacheKey,
} from '../../../src/og/cache.ts';
import { shareImagePng } from '../../../src/og/index.ts';
import type { ShareCard } from '../../../src/og/template.ts';

const FINGERPRINT = 'a'.repeat(64);

let dir: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'razbor-og-cache-'));
});

afterEach(async () => {
	vi.unstubAllEnvs();
	await rm(dir, { recursive: true, force: true });
});

/** A stand-in for the renderer that records its calls and returns `bytes`. */
function fakeRenderer(bytes: string) {
	return vi.fn(() => Promise.resolve(new Uint8Array(Buffer.from(bytes))));
}

describe('shareImageCacheDir', () => {
	test('is og/ inside RAZBOR_CACHE_DIR, resolved from the working folder', () => {
		expect(shareImageCacheDir({ RAZBOR_CACHE_DIR: '.build/cache' }, '/site')).toBe(
			'/site/.build/cache/og',
		);
		expect(shareImageCacheDir({ RAZBOR_CACHE_DIR: '/var/cache/razbor' }, '/site')).toBe(
			'/var/cache/razbor/og',
		);
	});

	test("is og/ inside Astro's node_modules/.astro without RAZBOR_CACHE_DIR", () => {
		expect(shareImageCacheDir({}, '/site')).toBe('/site/node_modules/.astro/og');
		expect(shareImageCacheDir({ RAZBOR_CACHE_DIR: '' }, '/site')).toBe(
			'/site/node_modules/.astro/og',
		);
	});
});

describe('shareImageCacheKey', () => {
	test('is the SHA-256 of the input and the fingerprint, the same for equal inputs', () => {
		const key = shareImageCacheKey({ headline: 'Кремль' }, FINGERPRINT);

		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(shareImageCacheKey({ headline: 'Кремль' }, FINGERPRINT)).toBe(key);
	});

	test('changes with the input and with the renderer', () => {
		const key = shareImageCacheKey({ headline: 'Кремль' }, FINGERPRINT);

		expect(shareImageCacheKey({ headline: 'Минск' }, FINGERPRINT)).not.toBe(key);
		expect(shareImageCacheKey({ headline: 'Кремль' }, 'b'.repeat(64))).not.toBe(key);
	});
});

describe('cachedShareImageFile', () => {
	test('gives the path of <key>.png, rendering it only when it is missing', async () => {
		const key = 'c'.repeat(64);
		const render = fakeRenderer('drawn');

		const first = await cachedShareImageFile(dir, key, render);
		const second = await cachedShareImageFile(dir, key, render);

		expect(first).toBe(join(dir, `${key}.png`));
		expect(second).toBe(first);
		expect(render).toHaveBeenCalledOnce();
		expect(await readFile(first, 'utf8')).toBe('drawn');
	});

	test('renders on a miss and stores the image as <key>.png', async () => {
		const render = fakeRenderer('first');
		const key = shareImageCacheKey({ headline: 'Кремль' }, FINGERPRINT);

		const image = await cachedShareImageFile(dir, key, render);

		expect(render).toHaveBeenCalledTimes(1);
		expect(await readFile(image, 'utf8')).toBe('first');
		expect(await readdir(dir)).toEqual([`${key}.png`]);
		expect((await readFile(join(dir, `${key}.png`))).toString()).toBe('first');
	});

	test('does not call the renderer again for the same key', async () => {
		const key = shareImageCacheKey({ headline: 'Кремль' }, FINGERPRINT);
		await cachedShareImageFile(dir, key, fakeRenderer('first'));
		const render = fakeRenderer('second');

		const image = await cachedShareImageFile(dir, key, render);

		expect(render).not.toHaveBeenCalled();
		expect(await readFile(image, 'utf8')).toBe('first');
	});

	test('calls the renderer for a changed input and keeps both images', async () => {
		const first = shareImageCacheKey({ headline: 'Кремль' }, FINGERPRINT);
		const second = shareImageCacheKey({ headline: 'Минск' }, FINGERPRINT);
		await cachedShareImageFile(dir, first, fakeRenderer('first'));
		const render = fakeRenderer('second');

		const image = await cachedShareImageFile(dir, second, render);

		expect(render).toHaveBeenCalledTimes(1);
		expect(await readFile(image, 'utf8')).toBe('second');
		expect((await readdir(dir)).sort()).toEqual([`${first}.png`, `${second}.png`].sort());
	});

	test('creates the folder when it is missing', async () => {
		const nested = join(dir, 'a', 'og');

		await cachedShareImageFile(nested, 'k'.repeat(64), fakeRenderer('bytes'));

		expect(await readdir(nested)).toEqual([`${'k'.repeat(64)}.png`]);
	});

	test('stores nothing, not even a temporary file, when the render fails', async () => {
		const render = vi.fn(() => Promise.reject(new Error('render failed')));

		await expect(cachedShareImageFile(dir, 'k'.repeat(64), render)).rejects.toThrow(
			'render failed',
		);

		expect(await readdir(dir)).toEqual([]);
	});

	test('leaves no temporary file behind when several builds store the same image at once', async () => {
		const key = 'k'.repeat(64);

		await Promise.all(
			Array.from({ length: 5 }, () => cachedShareImageFile(dir, key, fakeRenderer('same'))),
		);

		expect(await readdir(dir)).toEqual([`${key}.png`]);
	});
});

describe('shareImagePng', () => {
	const CARD: ShareCard = {
		label: 'Новость',
		headline: 'Переговоры в\u00A0Кремле',
		footerStart: 'Разбор',
		footerEnd: '13 марта 2025',
	};

	test('renders into og/ of RAZBOR_CACHE_DIR and reads the same image back on the next call', async () => {
		vi.stubEnv('RAZBOR_CACHE_DIR', dir);

		const first = await shareImagePng(CARD);
		const [file] = await readdir(join(dir, 'og'));
		const second = await shareImagePng(CARD);

		expect(file).toMatch(/^[0-9a-f]{64}\.png$/);
		expect(Buffer.compare(Buffer.from(second), Buffer.from(first))).toBe(0);
		expect(await readdir(join(dir, 'og'))).toEqual([file]);
	});

	test('renders a new image, beside the old one, when the card changes', async () => {
		vi.stubEnv('RAZBOR_CACHE_DIR', dir);
		await shareImagePng(CARD);

		await shareImagePng({ ...CARD, headline: 'Переговоры в\u00A0Минске' });

		expect(await readdir(join(dir, 'og'))).toHaveLength(2);
	});

	test('serves the cached file rather than drawing again', async () => {
		vi.stubEnv('RAZBOR_CACHE_DIR', dir);
		await shareImagePng(CARD);
		const [file] = await readdir(join(dir, 'og'));
		// A marker written over the cached image proves the next call reads the file.
		await writeFile(join(dir, 'og', file!), 'cached');

		const image = await shareImagePng(CARD);

		expect(Buffer.from(image).toString()).toBe('cached');
	});
});
