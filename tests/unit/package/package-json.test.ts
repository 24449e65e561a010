import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** The parts of package.json these tests read. */
interface PackageJson {
	dependencies: Record<string, string>;
	devDependencies: Record<string, string>;
	allowScripts: Record<string, boolean>;
}

/** The parts of a package-lock.json (lockfileVersion 3) entry these tests read. */
interface LockEntry {
	version?: string;
	hasInstallScript?: boolean;
}

const manifest = JSON.parse(
	readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
) as PackageJson;
const lock = JSON.parse(
	readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8'),
) as { packages: Record<string, LockEntry> };

/** `node_modules/a/node_modules/@b/c` → `@b/c`. */
function packageName(lockPath: string): string {
	return lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('package.json', () => {
	test('decides in allowScripts on every installed package with an install script, and on no other', () => {
		// npm 11 lists packages whose install scripts nobody reviewed, and npm 12 will not run them:
		// each must be allowed or refused on purpose, and a name left over from an update goes.
		const withScripts = Object.entries(lock.packages)
			.filter(([path, entry]) => path !== '' && entry.hasInstallScript === true)
			.map(([path]) => packageName(path));

		expect(Object.keys(manifest.allowScripts).sort()).toEqual([...new Set(withScripts)].sort());
	});

	test('pins pagefind to the exact version in the lock file', () => {
		// The search page runs the pagefind.js the index was written with, and the site tests read
		// Pagefind's fragment files, whose format is not a public API. `astro build` runs it
		// (src/integrations/search/), so it is a dependency of the site, not of its tooling.
		const pinned = manifest.dependencies['pagefind'];

		expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
		expect(lock.packages['node_modules/pagefind']?.version).toBe(pinned);
	});
});
