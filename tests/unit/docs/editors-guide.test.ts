import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { parseArticleFile, parseDataFile } from '../../../src/loaders/parse-entry.ts';
import { splitFrontmatter } from '../../../src/problems/frontmatter.ts';
import { parseYaml } from '../../../src/problems/yaml-document.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { ChartSchema } from '../../../src/schemas/chart.ts';
import { MapSchema } from '../../../src/schemas/map.ts';
import { PlaceSchema } from '../../../src/schemas/place.ts';
import { SourceSchema } from '../../../src/schemas/source.ts';
import { TimelineSchema } from '../../../src/schemas/timeline.ts';
import { BASE_CONTENT } from '../../helpers/build-site.ts';
import { readDocs } from '../../helpers/docs.ts';
import { renderMarkdown } from '../../helpers/markdown.ts';

/**
 * The examples of the editor's guide pass the checks a build makes, so that an editor who copies
 * one starts from valid content: every YAML example against the schema of its folder (or, for a
 * part of an article's frontmatter, in the full example), every Markdown example through the
 * site's plugins, and the full article as the article loader reads it, citing only entries of
 * the base fixture, as the guide says.
 */

/** A fenced block of the guide with the heading it stands under. */
interface Example {
	heading: string;
	lang: string;
	value: string;
}

/** The schema a YAML example under a heading is checked against, by the heading's first word. */
const DATA_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
	Хроники: TimelineSchema,
	Источники: SourceSchema,
	Диаграммы: ChartSchema,
	Карта: MapSchema,
	Места: PlaceSchema,
};

/** Headings whose YAML example is a part of an article's frontmatter. */
const FRONTMATTER_PARTS = ['Журнал изменений', 'Главная картинка'];

/** Where each kind of body reference lives in the fixture content. */
const FOLDERS = {
	source: 'sources',
	term: 'glossary',
	timeline: 'timelines',
	chart: 'charts',
	map: 'maps',
};

const FULL_EXAMPLE_FILE = 'content/articles/lukashenko-visit.md';

let examples: Example[];

/** The fenced blocks of `tree` in order, each with the last heading before it. */
function fencedExamples(tree: Root): Example[] {
	let heading = '';
	const found: Example[] = [];
	for (const node of tree.children) {
		if (node.type === 'heading') heading = toString(node);
		if (node.type === 'code') found.push({ heading, lang: node.lang ?? '', value: node.value });
	}
	return found;
}

/** The full article example. */
function fullArticle(): string {
	const full = examples.filter(
		({ heading, lang }) => lang === 'md' && heading === 'Полный пример статьи',
	);
	expect(full).toHaveLength(1);
	return full[0]!.value;
}

/** Whether the fixture content has the entry `id` in `folder`. */
const inFixture = (folder: string, id: string) =>
	existsSync(join(BASE_CONTENT, folder, `${id}.yaml`));

beforeAll(async () => {
	const guide = (await readDocs()).find((doc) => doc.path === 'docs/editors-guide.md');
	examples = fencedExamples(guide!.tree);
});

describe('examples of the editor’s guide', () => {
	test('every YAML example passes the schema of its folder or of the article', () => {
		const yamlExamples = examples.filter(({ lang }) => lang === 'yaml');
		const frontmatter = parseYaml(splitFrontmatter(fullArticle())!.yaml).data as object;

		const problems = yamlExamples.flatMap(({ heading, value }) => {
			const schema = DATA_SCHEMAS[heading.split(':')[0]!];
			if (schema) {
				const parsed = parseDataFile(heading, value, schema);
				return parsed.ok ? [] : parsed.problems.map((problem) => problem.message);
			}
			if (FRONTMATTER_PARTS.some((part) => heading.startsWith(part))) {
				const part = parseYaml(value).data as object;
				const parsed = ArticleSchema.safeParse({ ...frontmatter, ...part });
				return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
			}
			return [`${heading}: no check for this example`];
		});

		expect(yamlExamples.length).toBeGreaterThanOrEqual(6);
		expect(problems).toEqual([]);
	});

	test('every Markdown example passes the site’s plugins', async () => {
		const markdown = examples.filter(({ lang }) => lang === 'md');
		const failures: string[] = [];
		for (const { heading, value } of markdown) {
			const body = splitFrontmatter(value)?.body ?? value;
			await renderMarkdown(body).catch((error: unknown) => {
				failures.push(`${heading}: ${String(error)}`);
			});
		}

		expect(markdown.length).toBeGreaterThanOrEqual(5);
		expect(failures).toEqual([]);
	});

	test('the full article passes the article loader and cites only entries of the fixture', async () => {
		const parsed = parseArticleFile(FULL_EXAMPLE_FILE, fullArticle(), {
			imageFileExists: () => false,
		});
		if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
		const { references } = await renderMarkdown(parsed.value.bodyAtFileLines, FULL_EXAMPLE_FILE);
		const { topics, people, sources } = parsed.value.data;

		const missing = [
			...topics.filter((id) => !inFixture('topics', id)),
			...people.filter((id) => !inFixture('people', id)),
			...sources.filter((id) => !inFixture('sources', id)),
			...(references?.references ?? [])
				.filter(({ kind, id }) => !inFixture(FOLDERS[kind], id))
				.map(({ id }) => id),
		];

		expect(references?.references.length).toBeGreaterThan(0);
		expect(missing).toEqual([]);
	});
});
