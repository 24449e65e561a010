import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CACHE_KINDS } from '../../src/cache/cache-kinds.ts';
import {
	BASE_CONTENT,
	buildSite,
	copyContent,
	temporaryDirectory,
	type BuildResult,
} from '../helpers/build-site.ts';

/**
 * The build cache over several builds of the base fixture content into one cache folder: a
 * successful build leaves exactly the entries it used, a failed one deletes nothing.
 */

/** Every entry file of the build cache (`article-bodies/…`, `og/…`, `feeds/…`) with its identity. */
async function cacheEntries(cacheDir: string): Promise<Map<string, string>> {
	const entries = new Map<string, string>();
	for (const { folder } of CACHE_KINDS) {
		const names = await readdir(join(cacheDir, folder)).catch(() => []);
		for (const name of names.sort()) {
			// A file rewritten in place would get a new inode or time.
			const { ino, mtimeMs } = await stat(join(cacheDir, folder, name));
			entries.set(`${folder}/${name}`, `${ino}:${mtimeMs}`);
		}
	}
	return entries;
}

/** The paths among `paths` in a kind's folder. */
const inFolder = (paths: Iterable<string>, folder: string) =>
	[...paths].filter((path) => path.startsWith(`${folder}/`));

describe('the build cache over builds of changing content', () => {
	let contentDir: string;
	let cacheDir: string;
	let first: BuildResult;
	let second: BuildResult;
	/** The second build's content built with a cache of its own: the entries that content needs. */
	let reference: BuildResult;
	let failed: BuildResult;
	let afterFirst: Map<string, string>;
	let afterSecond: Map<string, string>;
	let referenceEntries: Map<string, string>;
	let afterFailed: Map<string, string>;

	beforeAll(async () => {
		contentDir = await copyContent(BASE_CONTENT);
		cacheDir = await temporaryDirectory('razbor-cache-');
		const news = join(contentDir, 'articles/sample-news.md');
		const text = await readFile(news, 'utf8');
		first = await buildSite({ contentDir, cacheDir });
		afterFirst = await cacheEntries(cacheDir);

		// Different content: the article's title and body changed (a new body, share image and
		// feed text), the draft deleted (its body is no longer needed).
		await writeFile(
			news,
			text
				.replace('title: Тестовая новость о переговорах', 'title: Новость о переговорах в Кремле')
				.replace('Переговоры прошли в Кремле', 'Переговоры прошли в Москве'),
		);
		await rm(join(contentDir, 'articles/sample-draft.md'));
		const referenceCache = await temporaryDirectory('razbor-cache-');
		[second, reference] = await Promise.all([
			buildSite({ contentDir, cacheDir }),
			buildSite({ contentDir, cacheDir: referenceCache }),
		]);
		afterSecond = await cacheEntries(cacheDir);
		referenceEntries = await cacheEntries(referenceCache);

		// A build that fails after the content has synced: the body is edited again (a new body
		// file is written) while a source it cites is deleted (the references check stops it).
		await writeFile(
			news,
			(await readFile(news, 'utf8')).replace('Переговоры прошли в Москве', 'Переговоры прошли'),
		);
		await rm(join(contentDir, 'sources/sample-agency.yaml'));
		failed = await buildSite({ contentDir, cacheDir });
		afterFailed = await cacheEntries(cacheDir);
	});

	it('builds twice, then fails on the deleted source', () => {
		expect(first.exitCode, first.output).toBe(0);
		expect(second.exitCode, second.output).toBe(0);
		expect(reference.exitCode, reference.output).toBe(0);
		expect(failed.exitCode).toBe(1);
		expect(failed.output).toMatch(/нет записи «sample-agency» в content\/sources\//);
	});

	it.each(CACHE_KINDS.map(({ folder }) => folder))(
		'holds in %s/ only the entries of the second build after two builds with different content',
		(folder) => {
			const kept = inFolder(afterSecond.keys(), folder);
			const needed = inFolder(referenceEntries.keys(), folder);
			const stale = inFolder(afterFirst.keys(), folder).filter((path) => !afterSecond.has(path));

			expect(kept).toEqual(needed);
			// The first build left entries the second did not need, and they are gone.
			expect(stale.length).toBeGreaterThan(0);
			for (const path of stale) expect(needed).not.toContain(path);
		},
	);

	it('keeps the entries the second build reused as they were, and says how many it removed', () => {
		const reused = [...afterSecond.keys()].filter((path) => afterFirst.has(path));
		const removed = [...afterFirst.keys()].filter((path) => !afterSecond.has(path));

		expect(reused.length).toBeGreaterThan(0);
		for (const path of reused) expect(afterSecond.get(path)).toBe(afterFirst.get(path));
		expect(second.output).toContain(
			`stale entries removed from the build cache: ${removed.length}`,
		);
	});

	it('sweeps nothing when the build fails, though it wrote entries before it stopped', () => {
		const written = [...afterFailed.keys()].filter((path) => !afterSecond.has(path));

		// Had this build succeeded, the second build's body of the article would have gone.
		expect(inFolder(written, 'article-bodies')).toHaveLength(1);
		for (const [path, identity] of afterSecond) expect(afterFailed.get(path), path).toBe(identity);
		expect(failed.output).not.toContain('stale entries removed');
	});

	it('leaves only whole entries, named by their digest', () => {
		for (const path of [...afterFirst.keys(), ...afterSecond.keys(), ...afterFailed.keys()])
			expect(path).toMatch(/^[a-z-]+\/[0-9a-f]{64}\.(html|png)$/);
	});
});
