import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkContent as checkContentAt } from '../../../scripts/check-content.ts';
import { CONTENT_COLLECTIONS } from '../../../scripts/content-schemas/collections.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Checks a content folder the way the build does — file names, schemas, hero images, the
 * Markdown body through the real plugins, and references between entries — with the checker of
 * `npm run check:content`, which runs the build's own readers and reference check.
 */
function checkContent(contentDir: string) {
	return checkContentAt({ root: ROOT, contentDir });
}

describe('content guard', () => {
	test('every file in content/ is valid (an empty content folder is valid too)', async () => {
		const result = await checkContent(join(ROOT, 'content'));

		expect(result.problems).toEqual([]);
		// It renders every article of the edition: seconds on a loaded machine, not milliseconds.
	}, 60_000);

	test('every file in tests/fixtures/content/base/ is valid', async () => {
		const result = await checkContent(join(ROOT, 'tests/fixtures/content/base'));

		expect(result.problems).toEqual([]);
		// The fixture set has files in every folder, so this check is not vacuous.
		for (const { folder } of CONTENT_COLLECTIONS) {
			const files = await readdir(join(ROOT, 'tests/fixtures/content/base', folder));
			expect(files.length, folder).toBeGreaterThan(0);
		}
	});

	test('the guard reports bad files in each kind of folder', async () => {
		const contentDir = await mkdtemp(join(tmpdir(), 'razbor-guard-'));
		await mkdir(join(contentDir, 'people'));
		await mkdir(join(contentDir, 'articles'));
		await writeFile(join(contentDir, 'people', 'putin.yaml'), 'name: Путин\nrole: президент\n');
		await writeFile(
			join(contentDir, 'articles', 'visit.md'),
			[
				'---',
				'title: Визит',
				'dek: Кратко.',
				'kind: news',
				'published: 2025-03-13T12:00:00+03:00',
				'keyPoints: [Один., Два., Три.]',
				'people: [lukashenko]',
				'---',
				'',
				'::note{#x}',
			].join('\n'),
		);
		await writeFile(
			join(contentDir, 'articles', 'draft.md'),
			'---\ntitle: Черновик\n---\n\nТекст.\n',
		);

		const result = await checkContent(contentDir);

		// By file: articles/draft.md, articles/visit.md, people/putin.yaml.
		expect(result.problems.map(({ rule, field }) => [rule, field])).toEqual([
			['razbor:schema', 'dek'],
			['razbor:schema', 'kind'],
			['razbor:schema', 'published'],
			['razbor:schema', 'keyPoints'],
			['razbor:unknown-directive', undefined],
			['razbor:schema', 'description'],
		]);
	});

	test('the guard reports references to entries that do not exist', async () => {
		const contentDir = await mkdtemp(join(tmpdir(), 'razbor-guard-'));
		await mkdir(join(contentDir, 'articles'));
		await writeFile(
			join(contentDir, 'articles', 'visit.md'),
			[
				'---',
				'title: Визит',
				'dek: Кратко.',
				'kind: news',
				'published: 2025-03-13T12:00:00+03:00',
				'keyPoints: [Один., Два., Три.]',
				'people: [lukashenko]',
				'---',
				'',
				'Текст :cite{#tass}.',
			].join('\n'),
		);

		const result = await checkContent(contentDir);

		expect(result.problems.map(({ line, field, rule }) => [line, field, rule])).toEqual([
			[7, 'people[0]', 'razbor:unknown-reference'],
			[10, undefined, 'razbor:unknown-reference'],
		]);
	});
});
