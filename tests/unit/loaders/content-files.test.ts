import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	CONTENT_FOLDERS,
	displayPath,
	strayContentFiles,
	strayContentRoot,
	strayFilesIn,
} from '../../../src/loaders/content-files.ts';

let root: string;

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'razbor-content-files-'));
	for (const folder of Object.keys(CONTENT_FOLDERS)) await mkdir(join(root, folder));
	await writeFile(join(root, 'articles/visit.md'), '---\n---\n');
	await writeFile(join(root, 'people/putin.yaml'), 'name: x\n');
	await writeFile(join(root, 'people/lukashenko.yml'), 'name: x\n');
	await mkdir(join(root, '.schemas'));
	await writeFile(join(root, '.schemas/article.json'), '{}');
	await writeFile(join(root, 'articles/.DS_Store'), '');
});

afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('stray content files', () => {
	test('finds nothing when every file is one a loader reads (hidden files are left alone)', async () => {
		expect(await strayContentFiles(root)).toEqual([]);
	});

	test('refuses a .markdown article by name and says what to rename it to', async () => {
		await writeFile(join(root, 'articles/visit-2.markdown'), 'text');

		expect(await strayFilesIn(root, 'articles')).toEqual([
			{
				file: displayPath(join(root, 'articles/visit-2.markdown')),
				message:
					'файл не будет прочитан: в content/articles/ сборка читает только файлы .md; переименуйте его в visit-2.md или уберите из content/',
				rule: 'razbor:stray-file',
			},
		]);
	});

	test('refuses a JSON data file and a folder inside a data folder', async () => {
		await writeFile(join(root, 'people/medvedev.json'), '{}');
		await mkdir(join(root, 'people/archive'));

		const problems = await strayFilesIn(root, 'people');

		expect(problems.map(({ file, message }) => [file.replace(root, ''), message])).toEqual([
			[
				'/people/archive/',
				'папка внутри content/people/ не читается: сборка берёт только файлы .yaml или .yml, лежащие прямо в content/people/; переложите файлы туда',
			],
			[
				'/people/medvedev.json',
				'файл не будет прочитан: в content/people/ сборка читает только файлы .yaml или .yml; переименуйте его в medvedev.yaml или уберите из content/',
			],
		]);
	});

	test('refuses a file at the top of content/ and an unknown folder, with the nearest name', async () => {
		await writeFile(join(root, 'visit.md'), 'text');
		await mkdir(join(root, 'article'));
		await mkdir(join(root, 'drafts'));

		const problems = await strayContentRoot(root);

		expect(problems.map(({ file, message }) => [file.replace(root, ''), message])).toEqual([
			[
				'/article/',
				'папка content/article/ сборке неизвестна, её файлы не будут прочитаны; может быть, content/articles/?',
			],
			[
				'/drafts/',
				'папка content/drafts/ сборке неизвестна, её файлы не будут прочитаны; папки материалов: articles, timelines, people, sources, glossary, topics, charts',
			],
			[
				'/visit.md',
				'файл лежит прямо в content/ и не будет прочитан: статьи кладите в content/articles/, данные — в папку своего вида (timelines, people, sources, glossary, topics, charts)',
			],
		]);
	});
});
