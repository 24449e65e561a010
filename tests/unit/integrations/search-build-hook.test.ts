import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { searchIndex } from '../../../src/integrations/search/index.ts';

let site: string;

/** Runs the integration's `astro:build:done` hook on the built site in `site`. */
async function buildDone(): Promise<void> {
	const hook = searchIndex().hooks['astro:build:done'] as unknown as (options: {
		dir: URL;
		logger: Pick<AstroIntegrationLogger, 'info'>;
	}) => Promise<void>;
	await hook({ dir: pathToFileURL(`${site}/`), logger: { info: () => {} } });
}

describe('the search index at the end of a build', () => {
	beforeEach(async () => {
		site = await mkdtemp(join(tmpdir(), 'razbor-search-'));
		await mkdir(join(site, 'articles', 'visit'), { recursive: true });
		await writeFile(
			join(site, 'articles', 'visit', 'index.html'),
			'<!doctype html><html lang="ru"><head><title>Визит</title></head><body><main data-pagefind-body><h1>Визит</h1><p>Переговоры в Кремле.</p></main></body></html>',
		);
	});

	afterEach(async () => {
		delete (globalThis as { gc?: () => void }).gc;
		await rm(site, { recursive: true, force: true });
	});

	test('collects the pages’ garbage before Pagefind starts, when the process may (npm run build)', async () => {
		const indexWhenCollected: boolean[] = [];
		(globalThis as { gc?: () => void }).gc = () =>
			indexWhenCollected.push(existsSync(join(site, 'pagefind')));

		await buildDone();

		expect(indexWhenCollected).toEqual([false]);
		expect(existsSync(join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
	});

	test('indexes the site all the same in a process without gc (a plain astro build)', async () => {
		await buildDone();

		expect(existsSync(join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
	});
});
