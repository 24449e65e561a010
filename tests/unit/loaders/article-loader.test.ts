import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BODY_FILE_KEY } from '../../../src/cache/article-bodies.ts';
import { IMAGE_STAMPS_KEY, isStoredArticleIntact } from '../../../src/loaders/article-loader.ts';
import { missingBodyImages } from '../../../src/loaders/read-article.ts';
import type { StoredEntry } from '../../../src/loaders/folder-loader.ts';

let dir: string;
let body: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'razbor-article-loader-'));
	await mkdir(join(dir, 'content/articles/images'), { recursive: true });
	await writeFile(join(dir, 'content/articles/images/kremlin.jpg'), 'jpeg');
	body = join(dir, 'body.html');
	await writeFile(body, '<p>Текст.</p>');
});

afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** A stored article naming `bodyFile`, with a hero image at `heroSrc` when given. */
function stored(bodyFile: unknown, heroSrc?: string): StoredEntry {
	return {
		id: 'news',
		data: heroSrc ? { hero: { src: heroSrc, alt: 'Кремль' } } : {},
		filePath: 'content/articles/news.md',
		rendered: { html: '', metadata: { [BODY_FILE_KEY]: bodyFile } },
	};
}

describe('isStoredArticleIntact', () => {
	test('keeps an entry whose body file and hero image are there', () => {
		expect(isStoredArticleIntact(stored(body), dir)).toBe(true);
		expect(isStoredArticleIntact(stored(body, './images/kremlin.jpg'), dir)).toBe(true);
	});

	test('reads the file again when its body file is gone from the cache', async () => {
		await rm(body);

		expect(isStoredArticleIntact(stored(body), dir)).toBe(false);
		expect(isStoredArticleIntact(stored(undefined), dir)).toBe(false);
	});

	test('reads the file again, to report it, when its hero image is gone from beside it', async () => {
		await rm(join(dir, 'content/articles/images/kremlin.jpg'));

		expect(isStoredArticleIntact(stored(body, './images/kremlin.jpg'), dir)).toBe(false);
	});
});

/** Render metadata naming the body's images, as rehypeBodyImages records them. */
function withImages(...paths: string[]): Record<string, unknown> {
	return {
		frontmatter: {
			razbor: {
				citations: [],
				references: [],
				images: paths.map((path, index) => ({ path, alt: 'Кремль', line: 10 + index, column: 1 })),
			},
		},
	};
}

describe('missingBodyImages', () => {
	test('reports each image of the body without a file beside the article, at its line', () => {
		expect(
			missingBodyImages(
				'content/articles/a.md',
				withImages('./images/kremlin.jpg', './images/nope.jpg'),
				join(dir, 'content/articles'),
			),
		).toEqual([
			{
				file: 'content/articles/a.md',
				line: 11,
				column: 1,
				message:
					'картинки ./images/nope.jpg нет: положите файл в content/articles/images/ или исправьте путь (он считается от файла статьи)',
				rule: 'razbor:missing-file',
			},
		]);
	});

	test('reads a stored entry again when an image of its body is gone', async () => {
		const entry = stored(body);
		entry.rendered!.metadata = {
			...entry.rendered!.metadata,
			...withImages('./images/kremlin.jpg'),
		};
		expect(isStoredArticleIntact(entry, dir)).toBe(true);

		await rm(join(dir, 'content/articles/images/kremlin.jpg'));

		expect(isStoredArticleIntact(entry, dir)).toBe(false);
	});
});

describe('isStoredArticleIntact and a replaced image', () => {
	test('reads the file again when an image it shows was replaced since, to check the new one', async () => {
		const image = join(dir, 'content/articles/images/kremlin.jpg');
		const entry = stored(body, './images/kremlin.jpg');
		entry.rendered!.metadata = {
			...entry.rendered!.metadata,
			[IMAGE_STAMPS_KEY]: { './images/kremlin.jpg': '4:1000' },
		};
		await utimes(image, 1, 1);
		expect(isStoredArticleIntact(entry, dir)).toBe(true);

		await writeFile(image, 'не картинка');
		await utimes(image, 1, 1);

		expect(isStoredArticleIntact(entry, dir)).toBe(false);
	});
});
