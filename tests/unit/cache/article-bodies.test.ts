import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	articleBodyExists,
	readArticleBody,
	storeArticleBody,
	type ArticleBodyInput,
} from '../../../src/cache/article-bodies.ts';
import { cacheKey, cacheWithFingerprint } from '../../../src/cache/build-cache.ts';
import { ARTICLE_BODIES } from '../../../src/cache/cache-kinds.ts';

let cacheDir: string;

beforeEach(async () => {
	cacheDir = await mkdtemp(join(tmpdir(), 'razbor-bodies-'));
});

afterEach(async () => {
	await rm(cacheDir, { recursive: true, force: true });
});

const bodies = (fingerprint = 'code-1') =>
	cacheWithFingerprint(ARTICLE_BODIES, fingerprint, cacheDir);

/** Stores a body and waits for its file, as a page finds it after the sync. */
async function storedBody(
	cache: ReturnType<typeof bodies>,
	input: ArticleBodyInput,
	html: string,
): Promise<string> {
	const { file, stored } = storeArticleBody(cache, input, html);
	await stored;
	return file;
}

const NEWS: ArticleBodyInput = {
	file: 'content/articles/news.md',
	markdown: '\n\n\nПереговоры прошли в Кремле.',
};

describe('article bodies in the cache', () => {
	test('are stored in article-bodies/ under the digest of their input and code, and read back', async () => {
		const html = '<p>Переговоры прошли в\u00A0Кремле.</p>';

		const file = await storedBody(bodies(), NEWS, html);

		expect(file).toBe(join(cacheDir, 'article-bodies', `${cacheKey(NEWS, 'code-1')}.html`));
		expect(readArticleBody(file)).toBe(html);
		expect(articleBodyExists(file)).toBe(true);
	});

	test('keep the stored file when the same input comes again, and get another for other input or code', async () => {
		const first = await storedBody(bodies(), NEWS, '<p>Один.</p>');

		const again = await storedBody(bodies(), NEWS, '<p>Один.</p>');
		const edited = await storedBody(bodies(), { ...NEWS, markdown: 'Два.' }, '<p>Два.</p>');
		const recoded = await storedBody(bodies('code-2'), NEWS, '<p>Один!</p>');

		expect(again).toBe(first);
		expect(new Set([first, edited, recoded]).size).toBe(3);
		expect(await readdir(join(cacheDir, 'article-bodies'))).toHaveLength(3);
		expect(readArticleBody(first)).toBe('<p>Один.</p>');
	});

	test('name their file at once and write it in the background', async () => {
		const { file, stored } = storeArticleBody(bodies(), NEWS, '<p>Сразу.</p>');

		expect(file).toBe(join(cacheDir, 'article-bodies', `${cacheKey(NEWS, 'code-1')}.html`));
		expect(articleBodyExists(file)).toBe(false);
		await stored;
		expect(readArticleBody(file)).toBe('<p>Сразу.</p>');
	});

	test('are missing when their file is gone or no file was named', async () => {
		const file = await storedBody(bodies(), NEWS, '<p>Текст.</p>');
		await rm(file);

		expect(articleBodyExists(file)).toBe(false);
		expect(articleBodyExists(undefined)).toBe(false);
		expect(articleBodyExists(42)).toBe(false);
	});
});
