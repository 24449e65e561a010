import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../scripts/check-content.ts';
import { encodeOpaquePng } from '../../../src/og/png.ts';
import type { ContentProblem } from '../../../src/problems/content-error.ts';
import { BASE_CONTENT, copyContent, temporaryDirectory } from '../../helpers/build-site.ts';
import { readDocs } from '../../helpers/docs.ts';

/**
 * Every example of the editor's guide goes through `checkContent` (what `npm run check:content`
 * runs) in a copy of the base fixture content: a valid example must pass, and an example of a
 * mistake must make exactly the problem the guide's table of messages documents.
 *
 * Where an example goes is said by an HTML comment right before its block,
 * `<!-- проверка: <где> -->` or `<!-- проверка: <где>; ошибка: <правило> «<часть сообщения>» -->`,
 * `<где>` being `шапка статьи` (fields laid over a valid article's frontmatter), `текст статьи`
 * (the text of a valid article) or a file path under `content/` (the whole file). A block without
 * the comment is placed by the heading it stands under (see {@link placeByHeading}).
 */

/** A fenced block of the guide, with the heading it stands under and its comment, if any. */
interface Example {
	heading: string;
	lang: string;
	value: string;
	/** What `<!-- проверка: … -->` says, or `undefined`. */
	marker: string | undefined;
	/** Line of the block in the guide, for messages. */
	line: number;
}

/** Where an example goes, and what it must make. */
interface Placement {
	/** `шапка статьи`, `текст статьи` or a path such as `content/people/example.yaml`. */
	where: string;
	/** The problem it must make; none for a valid example. */
	error?: { rule: string; fragment: string } | undefined;
}

/** One row of the table of messages. */
interface MessageRow {
	rule: string;
	message: string;
}

const GUIDE = 'docs/editors-guide.md';
const MESSAGES_HEADING = 'Сообщения об ошибках';
const MARKER = /^<!--\s*проверка:\s*(.+?)\s*-->$/s;
const ERROR = /^(.+?);\s*ошибка:\s*(razbor:[a-z-]+)\s*«(.+)»$/s;

/** The frontmatter of a valid article, by field, for examples of fields. */
const ARTICLE_FIELDS: readonly (readonly [string, string])[] = [
	['title', 'title: Пример статьи'],
	['dek', 'dek: Подзаголовок примера.'],
	['kind', 'kind: news'],
	['published', 'published: 2025-03-13T12:00:00+03:00'],
	['keyPoints', 'keyPoints: [Первый пункт., Второй пункт., Третий пункт.]'],
];
const ARTICLE_TEXT = 'Текст примера.';
const EXAMPLE_ARTICLE = 'content/articles/example.md';
/** The hero image the guide's examples show, beside the example article as they say. */
const HERO_IMAGE = 'articles/images/kremlin.jpg';
/** Its bytes: a small image the build can read (a PNG; the build reads the format from the bytes). */
/** A text file named as an image, beside it, for the example of a file that is no image. */
const BROKEN_IMAGE = 'articles/images/broken.jpg';
const HERO_IMAGE_BYTES = encodeOpaquePng({
	width: 4,
	height: 3,
	// Grey and opaque: the encoder refuses a pixel that is not.
	pixels: Uint8Array.from({ length: 4 * 3 * 4 }, (_, index) => (index % 4 === 3 ? 255 : 128)),
});

/** Headings whose YAML example is a part of an article's frontmatter. */
const FRONTMATTER_PARTS = ['Журнал изменений', 'Главная картинка', 'Проверка фактов'];

let examples: Example[];
let messageRows: MessageRow[];
let root: string;

/** The fenced blocks of `tree`, each with the last heading before it and the comment just before it. */
function fencedExamples(tree: Root): Example[] {
	let heading = '';
	const found: Example[] = [];
	tree.children.forEach((node, index) => {
		if (node.type === 'heading') heading = toString(node);
		if (node.type !== 'code') return;
		const before = tree.children[index - 1];
		const marker = before?.type === 'html' ? MARKER.exec(before.value.trim())?.[1] : undefined;
		found.push({
			heading,
			lang: node.lang ?? '',
			value: node.value,
			marker,
			line: node.position?.start.line ?? 0,
		});
	});
	return found;
}

/** The rows of the table under the heading of messages: rule and message, backticks removed. */
function tableOfMessages(text: string): MessageRow[] {
	const lines = text.split('\n');
	const start = lines.findIndex((line) => line === `## ${MESSAGES_HEADING}`);
	const rows: MessageRow[] = [];
	for (const line of lines.slice(start + 1)) {
		if (line.startsWith('## ')) break;
		if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
		const cells = line
			.slice(1, -1)
			.split(/(?<!\\)\|/)
			.map((cell) => cell.trim().replace(/\\\|/g, '|'));
		const rule = /^`(razbor:[a-z-]+)`$/.exec(cells[0] ?? '')?.[1];
		if (rule) rows.push({ rule, message: (cells[1] ?? '').replace(/`/g, '') });
	}
	return rows;
}

/** Where a block without a comment goes, by the heading it stands under; `undefined` when unknown. */
function placeByHeading({ heading, lang, value }: Example): string | undefined {
	if (lang === 'md') return value.startsWith('---\n') ? EXAMPLE_ARTICLE : 'текст статьи';
	const folder = /content\/([a-z]+)\/<id>\.yaml/.exec(heading)?.[1];
	if (folder) return `content/${folder}/example.yaml`;
	if (heading.startsWith('Диаграммы')) return 'content/charts/example.yaml';
	if (FRONTMATTER_PARTS.some((part) => heading.startsWith(part))) return 'шапка статьи';
	return undefined;
}

/** The placement an example's comment or heading gives it. */
function placementOf(example: Example): Placement | undefined {
	if (example.marker === undefined) {
		const where = placeByHeading(example);
		return where ? { where } : undefined;
	}
	const error = ERROR.exec(example.marker);
	if (!error) return { where: example.marker };
	return { where: error[1]!, error: { rule: error[2]!, fragment: error[3]! } };
}

/** The top-level field a YAML line sets, e.g. `title` for `title: …`. */
const fieldOf = (line: string) => /^([A-Za-z]+):/.exec(line)?.[1];

/** An article whose frontmatter has `fields` laid over the valid one: a field given replaces it. */
function articleWithFields(fields: string): string {
	const lines = fields.split('\n');
	const given = new Set(lines.map(fieldOf).filter(Boolean));
	const kept = ARTICLE_FIELDS.filter(([field]) => !given.has(field)).map(([, line]) => line);
	return ['---', ...kept, ...lines, '---', '', ARTICLE_TEXT, ''].join('\n');
}

/** The file an example becomes: its path under the content folder and its text. */
function exampleFile({ where }: Placement, value: string): { path: string; text: string } {
	if (where === 'шапка статьи') return { path: EXAMPLE_ARTICLE, text: articleWithFields(value) };
	if (where === 'текст статьи') {
		const text = articleWithFields('').replace(ARTICLE_TEXT, value);
		return { path: EXAMPLE_ARTICLE, text };
	}
	if (!where.startsWith('content/')) throw new Error(`unknown place «${where}»`);
	return { path: where, text: `${value}\n` };
}

/** Runs `checkContent` on the base fixture content with the example's file added. */
async function checkExample(placement: Placement, value: string): Promise<ContentProblem[]> {
	const contentDir = await copyContent(BASE_CONTENT);
	try {
		const { path, text } = exampleFile(placement, value);
		const file = join(contentDir, path.replace(/^content\//, ''));
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, text);
		await mkdir(dirname(join(contentDir, HERO_IMAGE)), { recursive: true });
		await writeFile(join(contentDir, HERO_IMAGE), HERO_IMAGE_BYTES);
		await writeFile(join(contentDir, BROKEN_IMAGE), 'не картинка, а текст');
		return (await checkContent({ root, contentDir })).problems;
	} finally {
		await rm(dirname(contentDir), { recursive: true, force: true });
	}
}

const show = (problems: readonly ContentProblem[]) =>
	problems.map((problem) => `${problem.message} [${problem.rule ?? ''}]`);

beforeAll(async () => {
	const guide = (await readDocs()).find((doc) => doc.path === GUIDE)!;
	examples = fencedExamples(guide.tree).filter(({ lang }) => lang === 'md' || lang === 'yaml');
	messageRows = tableOfMessages(guide.text);
	root = await temporaryDirectory('razbor-guide-');
});

afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('examples of the editor’s guide', () => {
	test('each has a place to be checked: its comment or its heading', () => {
		const unplaced = examples
			.filter((example) => placementOf(example) === undefined)
			.map(({ line, heading }) => `${GUIDE}:${line} (${heading})`);

		expect(examples.length).toBeGreaterThanOrEqual(40);
		expect(unplaced).toEqual([]);
	});

	test('every valid example passes check:content', { timeout: 120_000 }, async () => {
		const failures: string[] = [];
		for (const example of examples) {
			const placement = placementOf(example);
			if (!placement || placement.error) continue;
			const problems = await checkExample(placement, example.value);
			if (problems.length > 0)
				failures.push(`${GUIDE}:${example.line}: ${show(problems).join('; ')}`);
		}

		expect(failures).toEqual([]);
	});

	test(
		'every example of a mistake makes exactly the problem it names',
		{ timeout: 120_000 },
		async () => {
			const failures: string[] = [];
			let count = 0;
			for (const example of examples) {
				const placement = placementOf(example);
				if (!placement?.error) continue;
				count++;
				const { rule, fragment } = placement.error;
				const problems = await checkExample(placement, example.value);
				const [problem] = problems;
				if (problems.length !== 1 || problem?.rule !== rule || !problem.message.includes(fragment))
					failures.push(
						`${GUIDE}:${example.line}: expected ${rule} «${fragment}», got ${show(problems).join('; ') || 'nothing'}`,
					);
			}

			expect(count).toBeGreaterThanOrEqual(30);
			expect(failures).toEqual([]);
		},
	);

	test('shows every directive in a valid example', () => {
		const valid = examples
			.filter((example) => placementOf(example)?.error === undefined && example.lang === 'md')
			.map(({ value }) => value)
			.join('\n');

		for (const directive of [':::factbox[', '::timeline{#', '::chart{#', ':cite{#', ':term['])
			expect(valid, directive).toContain(directive);
	});
});

describe('the table of messages', () => {
	test('has a row for every rule the corpus of broken content meets', () => {
		const rules = new Set(messageRows.map(({ rule }) => rule));

		expect(messageRows.length).toBeGreaterThanOrEqual(30);
		for (const rule of [
			'razbor:schema',
			'razbor:yaml',
			'razbor:unknown-reference',
			'razbor:html-element',
		])
			expect(rules, rule).toContain(rule);
	});

	test('documents the message of every example of a mistake, under its rule', () => {
		const undocumented = examples
			.map(placementOf)
			.flatMap((placement) => (placement?.error ? [placement.error] : []))
			.filter(
				({ rule, fragment }) =>
					!messageRows.some((row) => row.rule === rule && row.message.includes(fragment)),
			)
			.map(({ rule, fragment }) => `${rule} «${fragment}»`);

		expect(undocumented).toEqual([]);
	});

	test('has an example for every row', () => {
		const errors = examples
			.map(placementOf)
			.flatMap((placement) => (placement?.error ? [placement.error] : []));

		const without = messageRows
			.filter(
				(row) =>
					!errors.some(({ rule, fragment }) => rule === row.rule && row.message.includes(fragment)),
			)
			.map(({ rule, message }) => `${rule}: ${message}`);

		expect(without).toEqual([]);
	});
});
