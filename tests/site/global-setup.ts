import { readdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT, temporaryDirectory } from '../helpers/build-site.ts';

/**
 * Builds the real edition in content/ once per run of the site tests, into a temporary folder
 * that every file reads through `inject('editionDir')` (the files that build fixture content
 * build their own); removed again when the run ends. One build instead of one per file keeps
 * the suite fast.
 */

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built edition of content/, read-only for the site tests. */
		editionDir: string;
	}
}

/** Temporary folders older than this are left over from earlier runs, never in use by this one. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Removes what earlier runs left in `.build/tmp/`: every site test builds into fresh temporary
 * folders, and a run that was stopped halfway never cleans up after itself.
 */
async function removeStaleTemporaryFolders(): Promise<void> {
	const parent = join(ROOT, '.build/tmp');
	const names = await readdir(parent).catch(() => []);
	const now = Date.now();
	for (const name of names) {
		const path = join(parent, name);
		const { mtimeMs } = await stat(path);
		if (now - mtimeMs > STALE_AFTER_MS) await rm(path, { recursive: true, force: true });
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	await removeStaleTemporaryFolders();
	const scratch = await temporaryDirectory('razbor-edition-');
	const result = await buildSite({
		contentDir: join(ROOT, 'content'),
		outDir: join(scratch, 'dist'),
		cacheDir: join(scratch, 'cache'),
	});
	if (result.exitCode !== 0 || !result.output.includes('Complete!')) {
		await rm(scratch, { recursive: true, force: true });
		throw new Error(`The build of content/ failed:\n${result.output}`);
	}
	project.provide('editionDir', result.outDir);
	return async () => {
		await rm(dirname(result.outDir), { recursive: true, force: true });
	};
}
