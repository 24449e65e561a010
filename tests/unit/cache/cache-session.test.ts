import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CACHE_KINDS, type CacheKind } from '../../../src/cache/cache-kinds.ts';
import {
	cacheSession,
	endCacheSession,
	recordCacheUse,
	startCacheSession,
	sweepUnusedEntries,
} from '../../../src/cache/cache-session.ts';

const KINDS: CacheKind[] = [
	{ folder: 'bodies', extension: '.html', code: { modules: [] } },
	{ folder: 'images', extension: '.png', code: { modules: [] } },
];

let cacheDir: string;

beforeEach(async () => {
	cacheDir = await mkdtemp(join(tmpdir(), 'razbor-cache-session-'));
});

afterEach(async () => {
	endCacheSession();
	await rm(cacheDir, { recursive: true, force: true });
});

/** Writes `path` under the cache folder, dated an hour ago: an entry of an earlier build. */
async function earlierEntry(path: string): Promise<string> {
	const file = join(cacheDir, path);
	await mkdir(join(file, '..'), { recursive: true });
	await writeFile(file, path);
	const hourAgo = new Date(Date.now() - 3_600_000);
	await utimes(file, hourAgo, hourAgo);
	return file;
}

describe('startCacheSession', () => {
	test('keeps the first session of the process, so no recorded use is forgotten', () => {
		const first = startCacheSession({ root: cacheDir, cacheDir, recordUses: true });
		recordCacheUse(join(cacheDir, 'bodies/x.html'));

		const second = startCacheSession({
			root: '/elsewhere',
			cacheDir: join(cacheDir, 'other'),
			recordUses: true,
		});

		expect(second).toBe(first);
		expect(cacheSession()?.used).toEqual(new Set([join(cacheDir, 'bodies/x.html')]));
	});

	test('of a build takes its start time from the file system and leaves no file behind', async () => {
		const session = startCacheSession({ root: cacheDir, cacheDir, recordUses: true });
		await writeFile(join(cacheDir, 'after.html'), '');
		const { mtimeMs } = await stat(join(cacheDir, 'after.html'));

		expect(session.startedAt).toBeLessThanOrEqual(mtimeMs);
		expect(await readdir(cacheDir)).toEqual(['after.html']);
	});
});

describe('sweepUnusedEntries', () => {
	test("deletes the entries of every kind's folder that the build did not use", async () => {
		const usedBody = await earlierEntry('bodies/used.html');
		const staleBody = await earlierEntry('bodies/stale.html');
		const usedImage = await earlierEntry('images/used.png');
		const staleImage = await earlierEntry('images/stale.png');
		const session = startCacheSession({ root: cacheDir, cacheDir, recordUses: true });
		recordCacheUse(usedBody);
		recordCacheUse(usedImage);

		const removed = await sweepUnusedEntries(session, KINDS);

		expect(removed).toBe(2);
		expect(existsSync(usedBody)).toBe(true);
		expect(existsSync(usedImage)).toBe(true);
		expect(existsSync(staleBody)).toBe(false);
		expect(existsSync(staleImage)).toBe(false);
	});

	test("leaves alone what is not a kind's folder: Astro's content store and other files", async () => {
		const store = await earlierEntry('data-store.json');
		const other = await earlierEntry('assets/picture.webp');
		const session = startCacheSession({ root: cacheDir, cacheDir, recordUses: true });

		await sweepUnusedEntries(session, KINDS);

		expect(existsSync(store)).toBe(true);
		expect(existsSync(other)).toBe(true);
	});

	test('keeps an entry written since the build began, by a process beside it', async () => {
		const session = startCacheSession({ root: cacheDir, cacheDir, recordUses: true });
		await mkdir(join(cacheDir, 'bodies'));
		await writeFile(join(cacheDir, 'bodies/dev-server.html'), '<p>Текст</p>');

		const removed = await sweepUnusedEntries(session, KINDS);

		expect(removed).toBe(0);
		expect(await readdir(join(cacheDir, 'bodies'))).toEqual(['dev-server.html']);
	});

	test('deletes nothing where uses are not recorded (astro dev, astro sync)', async () => {
		const body = await earlierEntry('bodies/any.html');
		const session = startCacheSession({ root: cacheDir, cacheDir, recordUses: false });
		recordCacheUse(body);

		expect(await sweepUnusedEntries(session, KINDS)).toBe(0);
		expect(existsSync(body)).toBe(true);
	});

	test('accepts a kind whose folder was never made', async () => {
		const session = startCacheSession({ root: cacheDir, cacheDir, recordUses: true });

		expect(await sweepUnusedEntries(session, CACHE_KINDS)).toBe(0);
	});
});
