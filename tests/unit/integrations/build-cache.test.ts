import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cacheSession, endCacheSession, recordCacheUse } from '../../../src/cache/cache-session.ts';
import { buildCache } from '../../../src/integrations/build-cache/index.ts';

type Hooks = AstroIntegration['hooks'];
type SetupParams = Parameters<NonNullable<Hooks['astro:config:setup']>>[0];
type DoneParams = Parameters<NonNullable<Hooks['astro:build:done']>>[0];

let root: string;
let stale: string;
let used: string;

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'razbor-build-cache-integration-'));
	await mkdir(join(root, 'cache/feeds'), { recursive: true });
	stale = join(root, 'cache/feeds/stale.html');
	used = join(root, 'cache/feeds/used.html');
	const hourAgo = new Date(Date.now() - 3_600_000);
	for (const file of [stale, used]) {
		await writeFile(file, '<p>Текст</p>');
		await utimes(file, hourAgo, hourAgo);
	}
});

afterEach(async () => {
	endCacheSession();
	await rm(root, { recursive: true, force: true });
});

/** Runs the integration's setup as Astro does for `command`. */
async function setUp(command: SetupParams['command']): Promise<Hooks> {
	const { hooks } = buildCache();
	const config = { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) };
	await hooks['astro:config:setup']?.({ command, config } as unknown as SetupParams);
	return hooks;
}

describe('buildCache', () => {
	test("gives the session Astro's root and cache folder in every run", async () => {
		await setUp('dev');

		expect(cacheSession()).toMatchObject({ root, cacheDir: join(root, 'cache') });
	});

	test('records no uses outside a build, so a dev server sweeps nothing', async () => {
		await setUp('dev');
		recordCacheUse(used);

		expect(cacheSession()?.used).toBeUndefined();
	});

	test('deletes the entries a build did not use when the build is done, and says so', async () => {
		const hooks = await setUp('build');
		recordCacheUse(used);
		const logger = { info: vi.fn() };

		await hooks['astro:build:done']?.({ logger } as unknown as DoneParams);

		expect(existsSync(used)).toBe(true);
		expect(existsSync(stale)).toBe(false);
		expect(logger.info).toHaveBeenCalledWith('stale entries removed from the build cache: 1');
	});
});
