import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ContentFile } from '../../src/loaders/content-files.ts';
import { articleShareCard, siteShareCard } from '../../src/lib/og/cards.ts';
import { shareImageFile } from '../../src/lib/og/index.ts';
import { copyShareImages } from '../../src/lib/og/drawn-images.ts';
import {
	articleShareImage,
	drawShareImages,
	siteShareImage,
	siteShareImages,
} from '../../src/lib/og/site-images.ts';
import { parseArticleFile } from '../../src/loaders/parse-entry.ts';
import { SITE } from '../../src/site.ts';

/** An article file in `content/articles/` with the given frontmatter lines. */
function articleFile(name: string, frontmatter: string[]): ContentFile {
	const text = ['---', ...frontmatter, '---', '', 'Текст статьи.', ''].join('\n');
	return {
		absolute: `/project/content/articles/${name}`,
		display: `content/articles/${name}`,
		text,
	};
}

function frontmatter(title: string, published: string, extra: string[] = []): string[] {
	return [
		`title: ${title}`,
		'dek: Кратко.',
		'kind: news',
		`published: ${published}`,
		'keyPoints: [Один., Два., Три.]',
		...extra,
	];
}

const OLDER = articleFile(
	'older.md',
	frontmatter('Переговоры в Кремле', '2025-03-13T12:00:00+03:00'),
);
const NEWER = articleFile('newer.md', frontmatter('Итоги визита', '2025-03-14T18:00:00+03:00'));

describe('articleShareImage', () => {
	test("gives a published article's image path and the card its pages describe", () => {
		const parsed = parseArticleFile(NEWER.display, NEWER.text, { publicFileExists: () => true });
		if (!parsed.ok) throw new Error('the fixture article must parse');

		expect(articleShareImage(NEWER, SITE)).toEqual({
			path: '/og/articles/newer.png',
			card: articleShareCard(parsed.value.data, SITE),
		});
	});

	test('gives a draft no image', () => {
		const draft = articleFile(
			'draft.md',
			frontmatter('Черновик', '2025-03-15T12:00:00+03:00', ['draft: true']),
		);

		expect(articleShareImage(draft, SITE)).toBeUndefined();
	});

	test('skips a file that does not parse or has a bad name, which the Astro build reports', () => {
		const broken = articleFile('broken.md', ['title: Без даты']);
		const badName = articleFile('Плохое имя.md', frontmatter('Имя', '2025-03-13T12:00:00+03:00'));

		expect(articleShareImage(broken, SITE)).toBeUndefined();
		expect(articleShareImage(badName, SITE)).toBeUndefined();
	});
});

describe('siteShareImages', () => {
	const PROJECT_ROOT = new URL('../../', import.meta.url);
	let contentDir: string;

	beforeEach(async () => {
		// Content must lie inside the project (contentRoot): a temporary folder under .build/.
		const parent = fileURLToPath(new URL('.build/tmp/', PROJECT_ROOT));
		await mkdir(parent, { recursive: true });
		contentDir = await mkdtemp(join(parent, 'razbor-site-images-'));
		await mkdir(join(contentDir, 'articles'));
		vi.stubEnv('RAZBOR_CONTENT_DIR', contentDir);
	});

	afterEach(async () => {
		vi.unstubAllEnvs();
		await rm(contentDir, { recursive: true, force: true });
	});

	test("lists the site's image, then one per published article file in name order", async () => {
		const draft = articleFile(
			'draft.md',
			frontmatter('Черновик', '2025-03-15T12:00:00+03:00', ['draft: true']),
		);
		for (const file of [OLDER, NEWER, draft])
			await writeFile(join(contentDir, 'articles', basename(file.display)), file.text);
		await writeFile(join(contentDir, 'articles', 'notes.txt'), 'не статья');

		const images = await Array.fromAsync(siteShareImages(PROJECT_ROOT, SITE));

		expect(images[0]).toEqual(siteShareImage(SITE));
		expect(images[0]!.card).toEqual(siteShareCard(SITE));
		expect(images.map(({ path }) => path)).toEqual([
			'/og/site.png',
			'/og/articles/newer.png',
			'/og/articles/older.png',
		]);
	});
});

describe('drawing and copying', () => {
	let dir: string;

	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'razbor-site-images-'));
		vi.stubEnv('RAZBOR_CACHE_DIR', join(dir, 'cache'));
	});

	afterEach(async () => {
		vi.unstubAllEnvs();
		await rm(dir, { recursive: true, force: true });
	});

	test('draws each image into the cache and copies it to its path in the site', async () => {
		const images = [siteShareImage(SITE), articleShareImage(OLDER, SITE)!];

		const drawn = await drawShareImages(images);
		await copyShareImages(drawn, join(dir, 'site'));

		expect(drawn.map(({ path }) => path)).toEqual(['/og/site.png', '/og/articles/older.png']);
		for (const { path, file } of drawn) {
			const copied = await readFile(join(dir, 'site', path));
			expect(copied.subarray(1, 4).toString()).toBe('PNG');
			expect(Buffer.compare(copied, await readFile(file))).toBe(0);
		}
	});

	test('takes an image drawn before from the cache instead of drawing it again', async () => {
		const site = siteShareImage(SITE);
		const file = await shareImageFile(site.card);
		// A marker written over the cached image proves the next drawing reads the file.
		await writeFile(file, 'cached');

		const [drawn] = await drawShareImages([site]);
		await copyShareImages([drawn!], join(dir, 'site'));

		expect(await readFile(join(dir, 'site/og/site.png'), 'utf8')).toBe('cached');
	});
});
