import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../helpers/build-site.ts';
import {
	headingAnchors,
	readDocs,
	relativeLinks,
	repositoryPathExists,
	repositoryPaths,
	type DocFile,
} from '../../helpers/docs.ts';

/**
 * README.md and docs/ point only at what exists: every relative link reaches a file (and a
 * heading of it, when it names one), and every `src/…`, `scripts/…`, `tests/…`, `deploy/…`,
 * `docs/…` or `.ci/…` path they name is in the repository. A file moved or renamed fails here
 * until the docs follow it.
 */

let docs: DocFile[];

beforeAll(async () => {
	docs = await readDocs();
});

/** The doc at a repository path, when it is one of the docs. */
function docAt(path: string): DocFile | undefined {
	return docs.find((doc) => doc.path === path);
}

/** Why a relative link of `doc` does not resolve, or `undefined` when it does. */
function brokenLink(doc: DocFile, url: string): string | undefined {
	const [target = '', fragment] = url.split('#');
	const path = target === '' ? doc.path : normalize(join(dirname(doc.path), target));
	if (path.startsWith('..')) return 'leaves the repository';
	if (!existsSync(join(ROOT, path))) return `no file ${path}`;
	if (fragment === undefined) return undefined;
	const linked = docAt(path);
	if (!linked) return `#${fragment} in a file that is not one of the docs`;
	const anchor = decodeURIComponent(fragment);
	return headingAnchors(linked.tree).has(anchor) ? undefined : `no heading #${anchor} in ${path}`;
}

describe('links and paths in README.md and docs/', () => {
	test('every relative link reaches a file, and the heading it names', () => {
		const broken = docs.flatMap((doc) =>
			relativeLinks(doc.tree).flatMap((url) => {
				const problem = brokenLink(doc, url);
				return problem ? [`${doc.path}: (${url}) ${problem}`] : [];
			}),
		);

		expect(docs.flatMap((doc) => relativeLinks(doc.tree)).length).toBeGreaterThan(0);
		expect(broken).toEqual([]);
	});

	test('every repository path they name exists', async () => {
		const missing: string[] = [];
		for (const doc of docs)
			for (const path of repositoryPaths(doc.text))
				if (!(await repositoryPathExists(ROOT, path))) missing.push(`${doc.path}: ${path}`);

		expect(missing).toEqual([]);
	});

	test('the README links every document of docs/', () => {
		const readme = docAt('README.md')!;
		const linked = new Set(
			relativeLinks(readme.tree).map((url) => normalize(url.split('#')[0] ?? '')),
		);

		const unlinked = docs
			.map((doc) => doc.path)
			.filter((path) => path.startsWith('docs/') && !linked.has(path));

		expect(docs.length).toBeGreaterThan(1);
		expect(unlinked).toEqual([]);
	});
});
