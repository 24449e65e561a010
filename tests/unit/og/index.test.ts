import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cacheKey } from '../../../src/cache/build-cache.ts';
import { SHARE_IMAGES } from '../../../src/cache/cache-kinds.ts';
import { codeFingerprint } from '../../../src/cache/declared-code.ts';
import { shareImageFile, shareImagePng } from '../../../src/og/index.ts';
import { shareCardElement, type ShareCard } from '../../../src/og/template.ts';
import { ROOT } from '../../helpers/build-site.ts';

const CARD: ShareCard = {
	label: 'Новость',
	headline: 'Переговоры в\u00A0Кремле',
	footerStart: 'Разбор',
	footerEnd: '13 марта 2025',
};

let dir: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'razbor-og-cache-'));
	vi.stubEnv('RAZBOR_CACHE_DIR', dir);
});

afterEach(async () => {
	vi.unstubAllEnvs();
	await rm(dir, { recursive: true, force: true });
});

describe('shareImageFile', () => {
	test("draws into og/ of RAZBOR_CACHE_DIR, named by the card's element tree and the renderer's code", async () => {
		const fingerprint = await codeFingerprint(ROOT, SHARE_IMAGES.code);

		const file = await shareImageFile(CARD);

		expect(file).toBe(join(dir, 'og', `${cacheKey(shareCardElement(CARD), fingerprint)}.png`));
		expect(await readdir(join(dir, 'og'))).toEqual([file.slice(join(dir, 'og/').length)]);
	});
});

describe('shareImagePng', () => {
	test('draws a PNG and reads the same image back on the next call', async () => {
		const first = await shareImagePng(CARD);
		const second = await shareImagePng(CARD);

		expect(Buffer.from(first).subarray(1, 4).toString()).toBe('PNG');
		expect(Buffer.compare(Buffer.from(second), Buffer.from(first))).toBe(0);
		expect(await readdir(join(dir, 'og'))).toHaveLength(1);
	});

	test('draws a new image, beside the old one, when the card changes', async () => {
		await shareImagePng(CARD);

		await shareImagePng({ ...CARD, headline: 'Переговоры в\u00A0Минске' });

		expect(await readdir(join(dir, 'og'))).toHaveLength(2);
	});

	test('serves the cached file rather than drawing again', async () => {
		await shareImagePng(CARD);
		const [file] = await readdir(join(dir, 'og'));
		// A marker written over the cached image proves the next call reads the file.
		await writeFile(join(dir, 'og', file!), 'cached');

		const image = await shareImagePng(CARD);

		expect(Buffer.from(image).toString()).toBe('cached');
	});
});
