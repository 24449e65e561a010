import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import type { ContentProblem } from '../../../src/problems/content-error.ts';
import { splitFrontmatter } from '../../../src/problems/frontmatter.ts';
import { findBrokenReferences, type CollectionName } from '../../../src/model/references.ts';
import { parseYaml, type YamlDocument } from '../../../src/problems/yaml-document.ts';
import { readContentFiles } from '../../../src/loaders/content-files.ts';
import { idFromFile, parseArticleFile, parseDataFile } from '../../../src/loaders/parse-entry.ts';
import type { BodyReferences } from '../../../src/markdown/directives.ts';
import type { Article } from '../../../src/schemas/article.ts';
import { PersonSchema } from '../../../src/schemas/person.ts';
import { SourceSchema } from '../../../src/schemas/source.ts';
import { TermSchema } from '../../../src/schemas/term.ts';
import { TimelineSchema, type Timeline } from '../../../src/schemas/timeline.ts';
import { TopicSchema } from '../../../src/schemas/topic.ts';
import { ChartSchema, type Chart } from '../../../src/schemas/chart.ts';
import { renderMarkdown } from '../../helpers/markdown.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Each YAML folder of `content/` and the schema its files must follow, as in src/content.config.ts. */
const DATA_FOLDERS: readonly [CollectionName, z.ZodType][] = [
	['timelines', TimelineSchema],
	['people', PersonSchema],
	['sources', SourceSchema],
	['glossary', TermSchema],
	['topics', TopicSchema],
	['charts', ChartSchema],
];

/** What checking one content folder found. */
interface CheckResult {
	files: Record<string, number>;
	problems: ContentProblem[];
}

/**
 * Checks a content folder the way the build does: file names, schemas, hero images, the
 * Markdown body through the real plugins, and references between entries.
 */
async function checkContent(contentDir: string): Promise<CheckResult> {
	const files: Record<string, number> = {};
	const problems: ContentProblem[] = [];
	const documents = new Map<string, YamlDocument>();
	const ids = Object.fromEntries(
		DATA_FOLDERS.map(([folder]) => [folder, new Set<string>()]),
	) as Record<CollectionName, Set<string>>;
	const timelines: { id: string; file: string; data: Timeline }[] = [];
	const charts: { id: string; file: string; data: Chart }[] = [];
	const articles: { id: string; file: string; data: Article; body: BodyReferences }[] = [];

	for (const [folder, schema] of DATA_FOLDERS) {
		const entries = await readContentFiles(join(contentDir, folder), ['.yaml', '.yml']);
		files[folder] = entries.length;
		for (const entry of entries) {
			const id = idFromFile(entry.display);
			if (!id.ok) problems.push(...id.problems);
			else ids[folder].add(id.value);
			documents.set(entry.display, parseYaml(entry.text));
			const parsed = parseDataFile(entry.display, entry.text, schema);
			if (!parsed.ok) problems.push(...parsed.problems);
			else if (folder === 'timelines' && id.ok)
				timelines.push({ id: id.value, file: entry.display, data: parsed.value as Timeline });
			else if (folder === 'charts' && id.ok)
				charts.push({ id: id.value, file: entry.display, data: parsed.value as Chart });
		}
	}

	const articleFiles = await readContentFiles(join(contentDir, 'articles'), ['.md']);
	files['articles'] = articleFiles.length;
	for (const entry of articleFiles) {
		const id = idFromFile(entry.display);
		if (!id.ok) problems.push(...id.problems);
		const parsed = parseArticleFile(entry.display, entry.text, {
			publicFileExists: (path) => existsSync(join(ROOT, 'public', path)),
		});
		if (!parsed.ok) {
			problems.push(...parsed.problems);
			continue;
		}
		const split = splitFrontmatter(entry.text)!;
		documents.set(entry.display, parseYaml(split.yaml, split.yamlFirstLine));
		try {
			const { references } = await renderMarkdown(parsed.value.bodyAtFileLines, entry.display);
			if (id.ok)
				articles.push({
					id: id.value,
					file: entry.display,
					data: parsed.value.data,
					body: references ?? { citations: [], references: [] },
				});
		} catch (error) {
			const failure = error as { reason?: string; line?: number; ruleId?: string };
			problems.push({
				file: entry.display,
				line: failure.line,
				message: failure.reason ?? String(error),
				rule: failure.ruleId,
			});
		}
	}

	problems.push(
		...findBrokenReferences({
			articles,
			timelines,
			charts,
			ids,
			lineOf: (file, path) => documents.get(file)?.lineOf(path),
		}),
	);
	return { files, problems };
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
		for (const folder of ['articles', ...DATA_FOLDERS.map(([name]) => name)])
			expect(result.files[folder], folder).toBeGreaterThan(0);
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

		expect(result.problems.map(({ rule, field }) => [rule, field])).toEqual([
			['razbor:schema', 'description'],
			['razbor:schema', 'dek'],
			['razbor:schema', 'kind'],
			['razbor:schema', 'published'],
			['razbor:schema', 'keyPoints'],
			['razbor:unknown-directive', undefined],
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
