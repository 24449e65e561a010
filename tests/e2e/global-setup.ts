import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, ROOT, temporaryDirectory } from '../helpers/build-site.ts';

/**
 * Builds the real edition in content/ once per run, into a temporary folder, and hands the
 * folder to every e2e file through `inject('siteDir')`; removed again when the run ends. The
 * build is Astro's own `astro build`, with no wrapper, so every journey here (search, sharing,
 * feeds) also shows that it alone makes the whole site.
 */

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built site every e2e file serves. */
		siteDir: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const scratch = await temporaryDirectory('razbor-e2e-');
	const result = await astroBuild({
		contentDir: join(ROOT, 'content'),
		outDir: join(scratch, 'dist'),
		cacheDir: join(scratch, 'cache'),
	});
	if (result.exitCode !== 0) {
		await rm(scratch, { recursive: true, force: true });
		throw new Error(`The e2e build of content/ failed:\n${result.output}`);
	}
	project.provide('siteDir', result.outDir);
	return async () => {
		await rm(dirname(result.outDir), { recursive: true, force: true });
	};
}
