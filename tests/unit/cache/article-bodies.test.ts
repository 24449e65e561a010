import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	articleBodyDir,
	articleBodyExists,
	readArticleBody,
	storeArticleBody,
} from '../../../src/cache/article-bodies.ts';

let cacheDir: string;

beforeEach(async () => {
	cacheDir = await mkdtemp(join(tmpdir(), 'razbor-bodies-'));
});

afterEach(async () => {
	await rm(cacheDir, { recursive: true, force: true });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('article bodies in the cache', () => {
	test('are stored in article-bodies/ under the SHA-256 of their HTML and read back', async () => {
		const dir = articleBodyDir(cacheDir);
		const html = '<p>Переговоры прошли в\u00A0Кремле.</p>';

		const file = await storeArticleBody(dir, html);

		expect(dir).toBe(join(cacheDir, 'article-bodies'));
		expect(file).toBe(join(dir, `${sha256(html)}.html`));
		expect(readArticleBody(file)).toBe(html);
		expect(articleBodyExists(file)).toBe(true);
	});

	test('share one file when two articles render the same HTML, and get another for other HTML', async () => {
		const dir = articleBodyDir(cacheDir);

		const first = await storeArticleBody(dir, '<p>Один.</p>');
		const again = await storeArticleBody(dir, '<p>Один.</p>');
		const other = await storeArticleBody(dir, '<p>Два.</p>');

		expect(again).toBe(first);
		expect(other).not.toBe(first);
		expect((await readdir(dir)).sort()).toEqual(
			[`${sha256('<p>Один.</p>')}.html`, `${sha256('<p>Два.</p>')}.html`].sort(),
		);
	});

	test('are missing when their file is gone or no file was named', async () => {
		const file = await storeArticleBody(articleBodyDir(cacheDir), '<p>Текст.</p>');
		await rm(file);

		expect(articleBodyExists(file)).toBe(false);
		expect(articleBodyExists(undefined)).toBe(false);
		expect(articleBodyExists(42)).toBe(false);
	});
});
