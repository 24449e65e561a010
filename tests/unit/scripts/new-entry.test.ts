import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from '../../../src/schemas/zod.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentCollection } from '../../../scripts/content-schemas/collections.ts';
import { schemaPath } from '../../../scripts/content-schemas/json-schema.ts';
import { createEntry, type NewEntryRequest } from '../../../scripts/new-entry/create-entry.ts';
import {
	ENTRY_KINDS,
	renderTemplate,
	type EntryKindName,
} from '../../../scripts/new-entry/templates.ts';
import { parseArticleFile, parseDataFile } from '../../../src/loaders/parse-entry.ts';
import { markdownProcessor } from '../../../src/markdown/index.ts';
import { ChartSchema } from '../../../src/schemas/chart.ts';
import { TimelineSchema } from '../../../src/schemas/timeline.ts';
import { BASE_CONTENT, copyContent, ROOT } from '../../helpers/build-site.ts';
import { runNpm } from '../../helpers/npm.ts';

/** 21:30 UTC on 13 March is already 00:30 on 14 March in Moscow. */
const NOW = new Date('2025-03-13T21:30:00Z');

const KINDS = Object.keys(ENTRY_KINDS) as EntryKindName[];

/** A fresh copy of the base fixture content for each test that writes. */
async function freshContent(): Promise<string> {
	const contentDir = await copyContent(BASE_CONTENT);
	copies.push(dirname(contentDir));
	return contentDir;
}

const copies: string[] = [];

afterAll(async () => {
	await Promise.all(copies.map((copy) => rm(copy, { recursive: true, force: true })));
});

function request(contentDir: string, kind: string, slug?: string): NewEntryRequest {
	return { kind, slug, contentDir, projectRoot: ROOT, now: NOW };
}

/** The comment lines of a file joined into one text, for finding what they say. */
function commentsOf(text: string): string {
	return text
		.split('\n')
		.filter((line) => line.trimStart().startsWith('# '))
		.map((line) => line.trimStart().slice(2))
		.join(' ');
}

describe('npm run new: each kind', () => {
	let contentDir: string;
	const written = new Map<EntryKindName, { file: string; text: string }>();

	beforeAll(async () => {
		contentDir = await freshContent();
		for (const kind of KINDS) {
			const result = await createEntry(request(contentDir, kind, `new-${kind}`));
			if (!result.ok) throw new Error(result.message);
			const file = resolve(result.file);
			written.set(kind, { file, text: await readFile(file, 'utf8') });
		}
	});

	test.each(KINDS)('writes %s into its folder under the given name', (kind) => {
		const collection = contentCollection(ENTRY_KINDS[kind].collection);

		expect(written.get(kind)!.file).toBe(
			join(contentDir, collection.folder, `new-${kind}${collection.extensions[0]}`),
		);
	});

	test.each(KINDS.filter((kind) => kind !== 'article'))(
		'writes a %s that the data loader accepts as it is',
		(kind) => {
			const { file, text } = written.get(kind)!;
			const schema = contentCollection(ENTRY_KINDS[kind].collection).schema;

			const parsed = parseDataFile(file, text, schema);

			expect(parsed).toMatchObject({ ok: true });
		},
	);

	test('writes an article whose frontmatter and body pass the loader and the real Markdown processor', async () => {
		const { file, text } = written.get('article')!;
		const renderer = await markdownProcessor.createRenderer({ syntaxHighlight: false });

		const parsed = parseArticleFile(file, text, { imageFileExists: () => false });
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const rendered = await renderer.render(parsed.value.bodyAtFileLines, {
			frontmatter: {},
			fileURL: pathToFileURL(file),
		});

		expect(parsed.value.data.draft).toBe(true);
		// Typography is the processor's: «в Markdown» gets a no-break space.
		expect(rendered.code).toMatch(/^<p>Текст статьи в\u00a0Markdown\./);
	});

	test('dates the article, the source and the timeline event in Moscow time', () => {
		const article = parseArticleFile('a.md', written.get('article')!.text, {
			imageFileExists: () => false,
		});

		expect(article.ok && article.value.data.published).toEqual(NOW);
		expect(written.get('article')!.text).toContain('\npublished: 2025-03-14T00:30:00+03:00\n');
		expect(written.get('source')!.text).toContain('\ndate: 2025-03-14\n');
		expect(written.get('timeline')!.text).toContain('  date: 2025-03-14T00:30+03:00\n');
	});

	test('cites a source that exists in the content folder, where a source is required', async () => {
		const sources = (await readdir(join(contentDir, 'sources'))).map((name) =>
			name.replace(/\.ya?ml$/, ''),
		);

		const timeline = parseDataFile('t.yaml', written.get('timeline')!.text, TimelineSchema);
		const chart = parseDataFile('c.yaml', written.get('chart')!.text, ChartSchema);
		if (!timeline.ok || !chart.ok) throw new Error('the templates do not parse');

		expect(sources).toContain(timeline.value.events[0]!.sources[0]);
		expect(sources).toContain(chart.value.bars[0]!.sources[0]);
	});

	test.each(KINDS)(
		'names every field of the %s schema, with its description as a comment',
		(kind) => {
			const { text } = written.get(kind)!;
			const comments = commentsOf(text).replace(/\s+/g, ' ');
			const shape = ENTRY_KINDS[kind].schema.shape as Record<string, z.ZodType>;

			for (const [key, field] of Object.entries(shape)) {
				expect(text, key).toMatch(new RegExp(`^(?:# )?${key}:`, 'm'));
				expect(comments, key).toContain(field.description!.replace(/\s+/g, ' '));
			}
		},
	);

	test('names the fields of nested entries too: updates, hero, events, bars', () => {
		const fields = {
			article: ['at', 'note', 'correction', 'src', 'alt', 'caption', 'credit'],
			timeline: ['id', 'date', 'end', 'qualifier', 'period', 'text', 'caveat', 'people'],
			chart: ['label', 'value', 'qualifier', 'basis', 'note', 'sources'],
		} as const;

		for (const [kind, keys] of Object.entries(fields))
			for (const key of keys)
				expect(written.get(kind as EntryKindName)!.text, `${kind} ${key}`).toMatch(
					new RegExp(`^ *(?:# *)?(?:- )?${key}:`, 'm'),
				);
	});

	test.each(KINDS.filter((kind) => kind !== 'article'))(
		'points the YAML language server at the committed schema from a %s',
		(kind) => {
			const { file, text } = written.get(kind)!;
			const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
			const collection = contentCollection(ENTRY_KINDS[kind].collection);

			expect(text.startsWith('# yaml-language-server:')).toBe(true);
			expect(resolve(dirname(file), modeline![1]!)).toBe(join(ROOT, schemaPath(collection)));
			expect(existsSync(resolve(dirname(file), modeline![1]!))).toBe(true);
		},
	);

	test('leaves the `$schema` line out of an article: frontmatter is the Astro extension’s', () => {
		expect(written.get('article')!.text).not.toContain('yaml-language-server');
	});

	test('keeps optional fields commented out, so uncommenting them gives valid YAML', () => {
		// factCheck belongs to a fact-check only, so the piece becomes one.
		const text = written
			.get('article')!
			.text.replace(/^# (?=(?:updates|hero|factCheck| {2}))/gm, '')
			.replace(/^kind: news$/m, 'kind: factcheck');
		const parsed = parseArticleFile('a.md', text, { imageFileExists: () => true });

		expect(parsed.ok && parsed.value.data.hero?.src).toBe('./images/photo.jpg');
		expect(parsed.ok && parsed.value.data.factCheck?.claims[0]?.verdict).toBe('unconfirmed');
		// The note is typeset as it is parsed: a no-break space before the dash.
		expect(parsed.ok && parsed.value.data.updates[0]?.note).toBe(
			'Что изменилось\u00a0— одно предложение.',
		);
	});
});

describe('npm run new: refusals', () => {
	test('refuses a name that is already taken, and leaves the file alone', async () => {
		const contentDir = await freshContent();
		const before = await readFile(join(contentDir, 'people/putin.yaml'), 'utf8');

		const result = await createEntry(request(contentDir, 'person', 'putin'));

		expect(result).toEqual({
			ok: false,
			message: expect.stringMatching(/^Файл .*people\/putin\.yaml уже есть/) as string,
		});
		expect(await readFile(join(contentDir, 'people/putin.yaml'), 'utf8')).toBe(before);
	});

	test('refuses a name taken by the other YAML extension, as the loader would see two ids', async () => {
		const contentDir = await freshContent();
		await writeFile(
			join(contentDir, 'glossary/ceasefire.yml'),
			'term: Перемирие\ndefinition: Пауза.\n',
		);

		const result = await createEntry(request(contentDir, 'term', 'ceasefire'));

		expect(result).toMatchObject({
			ok: false,
			message: expect.stringContaining('ceasefire.yml') as string,
		});
		expect(existsSync(join(contentDir, 'glossary/ceasefire.yaml'))).toBe(false);
	});

	test.each([
		['Визит Лукашенко', 'например, vizit-lukashenko'],
		['lukashenko_visit', 'например, lukashenko-visit'],
		['Putin', 'например, putin'],
		['-visit', 'например, visit'],
		['../visit', 'например, visit'],
		['visit.md', 'например, visit-md'],
	])('refuses the name «%s», suggesting a valid one', async (slug, suggestion) => {
		const contentDir = await freshContent();

		const result = await createEntry(request(contentDir, 'article', slug));

		expect(result).toEqual({
			ok: false,
			message: `«${slug}» не годится для имени файла: нужны строчные латинские буквы, цифры и дефисы, без пробелов; ${suggestion}`,
		});
		expect(await readdir(join(contentDir, 'articles'))).toEqual([
			'sample-draft.md',
			'sample-news.md',
		]);
	});

	test('refuses an unknown kind, listing the ones there are', async () => {
		const result = await createEntry(request(await freshContent(), 'post', 'visit'));

		expect(result).toEqual({
			ok: false,
			message:
				'Не знаю, что такое «post»: можно article, person, source, term, timeline, chart, place, map, topic. Например: npm run new -- article lukashenko-visit',
		});
	});

	test('asks for a name when there is none', async () => {
		const result = await createEntry(request(await freshContent(), 'person'));

		expect(result).toMatchObject({
			ok: false,
			message: expect.stringContaining('npm run new -- person lukashenko') as string,
		});
	});

	test.each(['timeline', 'chart'])(
		'refuses a %s while there is no source to cite',
		async (kind) => {
			const contentDir = await freshContent();
			await rm(join(contentDir, 'sources'), { recursive: true });

			const result = await createEntry(request(contentDir, kind, 'first'));

			expect(result).toMatchObject({
				ok: false,
				message: expect.stringContaining('npm run new -- source') as string,
			});
		},
	);

	test('creates the folder of a kind the content has none of yet', async () => {
		const contentDir = await freshContent();
		await rm(join(contentDir, 'charts'), { recursive: true });

		const result = await createEntry(request(contentDir, 'chart', 'turnout'));

		expect(result.ok).toBe(true);
		expect(existsSync(join(contentDir, 'charts/turnout.yaml'))).toBe(true);
	});
});

describe('npm run new: the command', () => {
	test('prints the path of the draft it wrote', async () => {
		const contentDir = await freshContent();

		const run = await runNpm('npm run new', {
			args: ['--', 'article', 'lukashenko-visit'],
			env: { RAZBOR_CONTENT_DIR: contentDir },
		});

		expect(run.exitCode, run.output).toBe(0);
		expect(run.output).toMatch(/^Создан черновик: \S+\/articles\/lukashenko-visit\.md$/m);
		expect(existsSync(join(contentDir, 'articles/lukashenko-visit.md'))).toBe(true);
	});

	test('explains itself and exits with 1 when refusing', async () => {
		const contentDir = await freshContent();
		const env = { RAZBOR_CONTENT_DIR: contentDir };

		const refused = await runNpm('npm run new', { args: ['--', 'person', 'putin'], env });
		const bare = await runNpm('npm run new', { env });

		expect(refused.exitCode).toBe(1);
		expect(refused.output).toMatch(/^Файл \S+people\/putin\.yaml уже есть/m);
		expect(bare.exitCode).toBe(1);
		expect(bare.output).toContain('npm run new -- <что> <имя-файла>');
	});
});

describe('renderTemplate', () => {
	test('writes the same file for the same moment: the only input that changes is the clock', () => {
		const context = { now: NOW, sourceId: 'sample-agency', schemaPath: '../.schemas/x.json' };

		expect(renderTemplate('timeline', context)).toBe(renderTemplate('timeline', context));
		expect(
			renderTemplate('timeline', { ...context, now: new Date('2025-03-14T09:00:00Z') }),
		).toContain('date: 2025-03-14T12:00+03:00');
	});
});
