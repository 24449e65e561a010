import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { entryFile, openCache } from '../../../src/cache/build-cache.ts';
import {
	ARTICLE_BODIES,
	CACHE_KINDS,
	DATA_ENTRY_CODE,
	FEED_TEXTS,
	SHARE_IMAGES,
	type CacheKind,
} from '../../../src/cache/cache-kinds.ts';
import { codeFingerprint } from '../../../src/cache/declared-code.ts';
import { ROOT } from '../../helpers/build-site.ts';

/**
 * Each kind against a copy of this project: an edit to a file its entries depend on must miss
 * the cache, and an edit anywhere else must not.
 */

let project: string;

beforeAll(async () => {
	project = await mkdtemp(join(tmpdir(), 'razbor-cache-kinds-'));
	for (const path of ['src', 'scripts', 'astro.config.mjs', 'package.json'])
		await cp(join(ROOT, path), join(project, path), { recursive: true });
	await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'));
});

afterAll(async () => {
	await rm(project, { recursive: true, force: true });
});

/** Runs `act` with `path` of the copy edited (a line added), then puts the file back. */
async function whileEdited<T>(path: string, act: () => Promise<T>): Promise<T> {
	const file = join(project, path);
	const original = await readFile(file);
	await writeFile(file, `${original.toString()}\n// edited\n`);
	try {
		return await act();
	} finally {
		await writeFile(file, original);
	}
}

/** The file an entry of `kind` for a fixed input gets in the copy. */
async function entryOf(kind: CacheKind): Promise<string> {
	const cache = await openCache(kind, { root: project, cacheDir: join(project, 'cache') });
	return entryFile(cache, { input: 'the same every time' });
}

const CASES: { kind: CacheKind; declared: string[]; undeclared: string[] }[] = [
	{
		kind: ARTICLE_BODIES,
		declared: [
			'src/loaders/article-loader.ts',
			'src/loaders/parse-entry.ts',
			'src/schemas/article.ts',
			'src/markdown/index.ts',
			'src/markdown/remark-fact-box.ts',
			'src/schemas/fact-box.ts',
			'src/format/typography.ts',
			'astro.config.mjs',
		],
		undeclared: [
			'src/components/ArticleBody.astro',
			'src/feeds/feed-html.ts',
			'src/og/render.ts',
			'src/schemas/person.ts',
			'src/model/site-index.ts',
			'scripts/check-links.ts',
		],
	},
	{
		kind: SHARE_IMAGES,
		declared: ['src/og/render.ts', 'src/og/png.ts', 'src/og/fonts.ts', 'src/og/share-image.ts'],
		undeclared: [
			// The template makes the input: a change to it changes the input instead.
			'src/og/template.ts',
			'src/og/site-images.ts',
			'src/integrations/share-images/index.ts',
			'src/feeds/feed-html.ts',
			'astro.config.mjs',
			'scripts/check-links.ts',
		],
	},
	{
		kind: FEED_TEXTS,
		declared: [
			'src/feeds/feed-html.ts',
			'src/feeds/absolute-urls.ts',
			'src/feeds/change-notes.ts',
			'src/feeds/page-only-nodes.ts',
			'src/format/dates.ts',
		],
		undeclared: [
			// Page components make the input (the body as the page renders it).
			'src/components/ArticleBody.astro',
			'src/components/FeedArticle.astro',
			'src/feeds/xml-feeds.ts',
			'src/feeds/site-feeds.ts',
			'src/pages/rss.xml.ts',
			'src/markdown/remark-fact-box.ts',
			'scripts/check-links.ts',
		],
	},
];

describe.each(CASES)('entries of $kind.folder/', ({ kind, declared, undeclared }) => {
	test.each(declared)('miss the cache after an edit to %s', async (path) => {
		const before = await entryOf(kind);

		const after = await whileEdited(path, () => entryOf(kind));

		expect(after).not.toBe(before);
	});

	test.each(undeclared)('stay in the cache after an edit to %s', async (path) => {
		const before = await entryOf(kind);

		const after = await whileEdited(path, () => entryOf(kind));

		expect(after).toBe(before);
	});
});

describe('entries of YAML collections in the content store', () => {
	const fingerprint = () => codeFingerprint(project, DATA_ENTRY_CODE);

	test.each(['src/schemas/person.ts', 'src/loaders/data-loader.ts', 'src/content.config.ts'])(
		'are read again after an edit to %s',
		async (path) => {
			const before = await fingerprint();

			expect(await whileEdited(path, fingerprint)).not.toBe(before);
		},
	);

	test.each(['src/markdown/remark-fact-box.ts', 'src/feeds/feed-html.ts', 'src/og/render.ts'])(
		'are kept after an edit to %s',
		async (path) => {
			const before = await fingerprint();

			expect(await whileEdited(path, fingerprint)).toBe(before);
		},
	);
});

describe('CACHE_KINDS', () => {
	test('lists every kind once, each in a folder of its own', () => {
		expect(CACHE_KINDS).toEqual([ARTICLE_BODIES, SHARE_IMAGES, FEED_TEXTS]);
		expect(new Set(CACHE_KINDS.map((kind) => kind.folder)).size).toBe(CACHE_KINDS.length);
	});
});
