import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import { readContentFile } from '../../src/loaders/content-files.ts';
import { createArticleRenderer, readArticle } from '../../src/loaders/read-article.ts';
import { markdownProcessor } from '../../src/markdown/index.ts';
import { encodeOpaquePng } from '../../src/og/png.ts';
import { formatProblem } from '../../src/problems/content-error.ts';
import { BASE_CONTENT, ROOT, copyContent } from '../helpers/build-site.ts';
import { CASES, type ContentChange, type GuardCase, type GuardClass } from './cases.ts';

/** The issue asks for at least this many cases; fewer means cases were lost. */
const MINIMUM_CASES = 100;

const copies: string[] = [];

/** A 4 × 3 grey PNG: an image the build can read. */
const SMALL_PNG = encodeOpaquePng({
	width: 4,
	height: 3,
	// Grey and opaque: the encoder refuses a pixel that is not.
	pixels: Uint8Array.from({ length: 4 * 3 * 4 }, (_, index) => (index % 4 === 3 ? 255 : 128)),
});

afterAll(async () => {
	await Promise.all(copies.map((copy) => rm(dirname(copy), { recursive: true, force: true })));
});

/** A copy of the base content with `change` applied. */
async function changedContent(change: ContentChange): Promise<string> {
	const contentDir = await copyContent(BASE_CONTENT);
	copies.push(contentDir);
	for (const folder of change.folders ?? [])
		await mkdir(join(contentDir, folder), { recursive: true });
	for (const [path, text] of Object.entries(change.write ?? {})) {
		await mkdir(dirname(join(contentDir, path)), { recursive: true });
		await writeFile(join(contentDir, path), text);
	}
	for (const path of change.images ?? []) {
		await mkdir(dirname(join(contentDir, path)), { recursive: true });
		await writeFile(join(contentDir, path), SMALL_PNG);
	}
	return contentDir;
}

/** The problem lines the editor would see, paths relative to the content folder. */
function lines(problems: Parameters<typeof formatProblem>[0][]): string[] {
	return problems.map((problem) => formatProblem(problem).replace(/^.*?\/content\//, ''));
}

const renderer = createArticleRenderer(markdownProcessor);

describe('the content guard corpus', () => {
	test(`holds at least ${MINIMUM_CASES} cases with distinct names`, () => {
		expect(CASES.length).toBeGreaterThanOrEqual(MINIMUM_CASES);
		expect(new Set(CASES.map(({ name }) => name)).size).toBe(CASES.length);
	});

	test('covers every class of mistake, each with at least one case', () => {
		const classes: readonly GuardClass[] = [
			'html-element',
			'html-attribute',
			'html-marker',
			'url-scheme',
			'comment',
			'task-list',
			'image',
			'link',
			'date',
			'files',
			'yaml',
			'invisible-text',
			'directive',
			'field-name',
			'schema',
			'reference',
			'translation',
			'accepted',
		];
		for (const kind of classes)
			expect(CASES.filter((item) => item.kind === kind).length, kind).toBeGreaterThan(0);
	});
});

/** Runs one case through checkContent, the build's own readers and reference check. */
async function runCase({ change, expected }: GuardCase): Promise<void> {
	const contentDir = await changedContent(change);

	const { problems } = await checkContent({ root: ROOT, contentDir });

	const printed = lines(problems);
	if (!('accepted' in expected)) {
		// One message per problem: exactly one line, at the file and line, with the rule.
		expect(printed, printed.join('\n')).toHaveLength(1);
		const [problem] = problems;
		expect(problem!.file.endsWith(`/${expected.file}`), printed[0]).toBe(true);
		expect(problem!.line ?? null, printed[0]).toBe(expected.line);
		expect(problem!.rule, printed[0]).toBe(expected.rule);
		// The printed line: `file:line[:column] [field:] message [rule]`.
		expect(printed[0]).toContain(expected.message);
		// In Russian, for the editor: no absolute path and no English sentence from a library.
		expect(problem!.message).not.toContain(ROOT);
		expect(problem!.message).not.toMatch(/\b(?:Error|Failed|undefined|Cannot|Unexpected)\b/);
		return;
	}
	expect(printed).toEqual([]);
	const articleFile = join(contentDir, 'articles/guard.md');
	if (!change.write?.['articles/guard.md']) return;
	const read = await readArticle(await readContentFile(articleFile), await renderer);
	if (!read.ok) throw new Error(lines(read.problems).join('\n'));
	const { html } = read.value;
	for (const text of expected.absent ?? []) expect(html).not.toContain(text);
	for (const text of expected.present ?? []) expect(html).toContain(text);
	// Nothing active in any accepted body.
	expect(html).not.toMatch(/<(?:script|style|iframe|object|embed|form|input|plaintext|xmp)\b/i);
	expect(html).not.toMatch(/\son[a-z]+=/i);
	expect(html).not.toContain('<!--');
}

describe('a content change', () => {
	for (const item of CASES) {
		const outcome = 'accepted' in item.expected ? 'accepts' : `refuses with ${item.expected.rule}`;
		test(`${outcome}: ${item.name}`, () => runCase(item));
	}
});

describe('the corpus reads its base content unchanged', () => {
	test('the base article is still there to be copied', async () => {
		expect(await readFile(join(BASE_CONTENT, 'articles/sample-news.md'), 'utf8')).toContain(
			'title:',
		);
	});
});
