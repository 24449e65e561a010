import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PIPELINE_CODE, pipelineFingerprint } from '../../../src/loaders/content-files.ts';

let root: string;

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'razbor-pipeline-'));
	for (const folder of [...PIPELINE_CODE, 'src/markdown/nested'])
		await mkdir(join(root, folder), { recursive: true });
	await writeFile(join(root, 'src/format/typography.ts'), 'export const a = 1;');
	await writeFile(join(root, 'src/markdown/nested/render.ts'), 'export const b = 1;');
});

afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

const fingerprint = () => pipelineFingerprint(pathToFileURL(`${root}/`));

describe('pipelineFingerprint', () => {
	test('is 16 hex digits, the same while the code stays the same', async () => {
		expect(await fingerprint()).toMatch(/^[0-9a-f]{16}$/);
		expect(await fingerprint()).toBe(await fingerprint());
	});

	test('changes with the code of any of its folders, subfolders included, and not with content', async () => {
		const before = await fingerprint();
		await writeFile(join(root, 'src/markdown/nested/render.ts'), 'export const b = 2;');
		const subfolder = await fingerprint();
		await writeFile(join(root, 'src/markdown/plugin.ts'), 'export {};');
		const added = await fingerprint();
		await mkdir(join(root, 'content/articles'), { recursive: true });
		await writeFile(join(root, 'content/articles/a.md'), '# Текст');

		expect(new Set([before, subfolder, added]).size).toBe(3);
		expect(await fingerprint()).toBe(added);
	});
});
