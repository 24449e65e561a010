import { cp, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cacheWithFingerprint, type OpenCache } from '../../../src/cache/build-cache.ts';
import { FEED_TEXTS } from '../../../src/cache/cache-kinds.ts';
import { cachedFeedContentHtml, openFeedContentCache } from '../../../src/feeds/content-cache.ts';
import { feedContentHtml, type FeedContentInput } from '../../../src/feeds/feed-html.ts';
import { ROOT } from '../../helpers/build-site.ts';

const INPUT: FeedContentInput = {
	bodyHtml: '<p>Переговоры прошли в <a href="/glossary/#union-state">Кремле</a>.</p>',
	pageUrl: 'https://razbor.example/articles/kremlin-talks/',
	updates: [],
	published: new Date('2025-03-13T12:00:00+03:00'),
	modified: new Date('2025-03-13T12:00:00+03:00'),
};

let dir: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'razbor-feed-cache-'));
});

afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('cachedFeedContentHtml', () => {
	const cache = (fingerprint = 'code-1'): OpenCache =>
		cacheWithFingerprint(FEED_TEXTS, fingerprint, dir);

	test('makes the text as feedContentHtml does and stores it in feeds/', async () => {
		const html = await cachedFeedContentHtml(INPUT, cache());

		expect(html).toBe(feedContentHtml(INPUT));
		expect(html).toContain('href="https://razbor.example/glossary/#union-state"');
		expect(await readdir(join(dir, 'feeds'))).toEqual([
			expect.stringMatching(/^[0-9a-f]{64}\.html$/),
		]);
	});

	test('reads the stored text back instead of making it again', async () => {
		await cachedFeedContentHtml(INPUT, cache());
		const [name] = await readdir(join(dir, 'feeds'));
		await writeFile(join(dir, 'feeds', name!), '<p>из кэша</p>');

		expect(await cachedFeedContentHtml(INPUT, cache())).toBe('<p>из кэша</p>');
	});

	test('makes the text again for another input or for changed code', async () => {
		await cachedFeedContentHtml(INPUT, cache());
		const [name] = await readdir(join(dir, 'feeds'));
		await writeFile(join(dir, 'feeds', name!), '<p>из кэша</p>');
		const edited = { ...INPUT, bodyHtml: '<p>Другой текст.</p>' };

		expect(await cachedFeedContentHtml(edited, cache())).toBe('<p>Другой текст.</p>');
		expect(await cachedFeedContentHtml(INPUT, cache('code-2'))).toBe(feedContentHtml(INPUT));
		expect(await readdir(join(dir, 'feeds'))).toHaveLength(3);
	});

	test('without a cache, makes the text and stores nothing', async () => {
		expect(await cachedFeedContentHtml(INPUT, undefined)).toBe(feedContentHtml(INPUT));
		expect(await readdir(dir)).toEqual([]);
	});
});

describe('openFeedContentCache', () => {
	test("keeps the texts in feeds/ of the build cache, fingerprinted by the feed text's code", async () => {
		await cp(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
		await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
		const location = { root: dir, cacheDir: join(dir, '.cache') };

		const opened = await openFeedContentCache(location);
		await writeFile(join(dir, 'src/feeds/absolute-urls.ts'), 'export const changed = true;');
		const reopened = await openFeedContentCache(location);

		expect(opened?.dir).toBe(join(dir, '.cache/feeds'));
		expect(opened?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
		expect(reopened?.fingerprint).not.toBe(opened?.fingerprint);
	});

	test('is no cache where the project root holds no project', async () => {
		expect(
			await openFeedContentCache({ root: dir, cacheDir: join(dir, '.cache') }),
		).toBeUndefined();
	});
});
