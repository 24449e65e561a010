import { spawn } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { checkContent } from '../../../scripts/check-content.ts';
import { readArticlesInThreads } from '../../../scripts/check-content/article-threads.ts';
import { quietRendererErrors } from '../../../scripts/check-content/quiet-renderer.ts';
import { readArticles } from '../../../scripts/check-content/read-articles.ts';
import { readContentFiles } from '../../../src/loaders/content-files.ts';
import { formatReport, summaryLine } from '../../../scripts/check-content/report.ts';
import { formatProblem } from '../../../src/problems/content-error.ts';
import { BASE_CONTENT, ROOT, copyContent } from '../../helpers/build-site.ts';
import { collectOutput } from '../../helpers/process-output.ts';

const copies: string[] = [];

afterAll(async () => {
	await Promise.all(copies.map((copy) => rm(dirname(copy), { recursive: true, force: true })));
});

/** A copy of the base fixture content, deleted after the tests. */
async function baseCopy(): Promise<string> {
	const copy = await copyContent(BASE_CONTENT);
	copies.push(copy);
	return copy;
}

/** Replaces `search` by `replacement` in a file of the content copy; fails when it is not there. */
async function edit(contentDir: string, file: string, search: string, replacement: string) {
	const path = join(contentDir, file);
	const text = await readFile(path, 'utf8');
	expect(text, `${file} holds «${search}»`).toContain(search);
	await writeFile(path, text.replace(search, replacement));
}

/** The problem lines for `contentDir`, paths relative to it. */
async function problemLines(contentDir: string): Promise<string[]> {
	const { problems } = await checkContent({ root: ROOT, contentDir });
	const prefix = `${relative(process.cwd(), contentDir)}/`;
	return problems.map((problem) => formatProblem(problem).replace(prefix, ''));
}

/** Runs `node scripts/check-content.ts` on a content folder. */
async function runCli(contentDir: string): Promise<{ exitCode: number; stdout: string }> {
	const child = spawn(process.execPath, ['scripts/check-content.ts'], {
		cwd: ROOT,
		env: { ...process.env, RAZBOR_CONTENT_DIR: contentDir },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const stdout = collectOutput(child);
	const exitCode = await new Promise<number>((resolve) => {
		child.on('close', (code) => {
			resolve(code ?? 1);
		});
	});
	return { exitCode, stdout: stdout() };
}

describe('checkContent', { timeout: 30_000 }, () => {
	test('finds no problem in the base content and counts its files', async () => {
		const result = await checkContent({ root: ROOT, contentDir: BASE_CONTENT });

		expect(result.problems).toEqual([]);
		expect(result.files).toBe(12);
	});

	test('reports every problem of every collection in one run, ordered by file and line', async () => {
		// Arrange: a YAML mistake, a schema mistake, a broken directive and an unknown reference, in four files.
		const contentDir = await baseCopy();
		await edit(contentDir, 'sources/sample-agency.yaml', 'kind: state-media', 'kind: blog');
		await edit(contentDir, 'people/putin.yaml', 'name:', 'name: [');
		await edit(
			contentDir,
			'articles/sample-news.md',
			':::factbox[Торговля]{#trade}',
			':::factbox[Торговля]',
		);
		await edit(contentDir, 'articles/sample-draft.md', 'Текст черновика.', 'Текст :cite{#nope}.');

		// Act
		const lines = await problemLines(contentDir);

		// Assert
		expect(lines).toEqual([
			expect.stringMatching(
				/^articles\/sample-draft\.md:\d+:\d+ нет записи «nope» в content\/sources\/.*\[razbor:unknown-reference\]$/,
			),
			expect.stringMatching(/^articles\/sample-news\.md:\d+:\d+ .*\[razbor:factbox-id\]$/),
			expect.stringMatching(/^people\/putin\.yaml:\d+.* \[razbor:yaml\]$/),
			expect.stringMatching(/^sources\/sample-agency\.yaml:4 kind: .*\[razbor:schema\]$/),
		]);
	});

	test('does not call a file that is there but invalid an unknown reference', async () => {
		const contentDir = await baseCopy();
		await edit(contentDir, 'sources/sample-kremlin.yaml', 'kind: official', 'kind: rumour');

		const lines = await problemLines(contentDir);

		expect(lines).toEqual([
			expect.stringMatching(/^sources\/sample-kremlin\.yaml:4 kind: .*\[razbor:schema\]$/),
		]);
	});

	test('keeps nothing between calls: a fixed file passes the next check', async () => {
		const contentDir = await baseCopy();
		await edit(contentDir, 'articles/sample-news.md', 'people: [putin]', 'people: [lukashenko]');
		const broken = await checkContent({ root: ROOT, contentDir });

		await edit(contentDir, 'articles/sample-news.md', 'people: [lukashenko]', 'people: [putin]');
		const fixed = await checkContent({ root: ROOT, contentDir });

		expect(broken.problems.map((problem) => problem.rule)).toEqual(['razbor:unknown-reference']);
		expect(fixed.problems).toEqual([]);
	});

	test('takes a content folder relative to the project root', async () => {
		const result = await checkContent({ root: ROOT, contentDir: relative(ROOT, BASE_CONTENT) });

		expect(result).toEqual({ files: 12, problems: [], untranslated: [] });
	});
});

describe('checkContent: the English edition (issue 20)', { timeout: 30_000 }, () => {
	test('reads the translations in en/, counts them and lists what is in Russian only', async () => {
		const contentDir = await baseCopy();
		await cp(join(ROOT, 'tests/fixtures/content/english'), contentDir, { recursive: true });

		const result = await checkContent({ root: ROOT, contentDir });

		expect(result.problems).toEqual([]);
		expect(result.files).toBe(17);
		expect(result.untranslated).toEqual([
			{ folder: 'articles', ids: ['sample-draft'] },
			{ folder: 'topics', ids: ['union-state'] },
			{ folder: 'places', ids: ['minsk', 'moscow'] },
			{ folder: 'maps', ids: ['sample-route'] },
		]);
	});

	test('holds an English article to its original, located in the English file', async () => {
		const contentDir = await baseCopy();
		await cp(join(ROOT, 'tests/fixtures/content/english'), contentDir, { recursive: true });
		await edit(contentDir, 'articles/en/sample-news.md', 'people: [putin]', 'people: []');

		expect(await problemLines(contentDir)).toEqual([
			expect.stringMatching(
				/^articles\/en\/sample-news\.md:15 people: в переводе нет «putin»: перевод должен совпадать с оригиналом .*\/articles\/sample-news\.md \[razbor:translation-mismatch\]$/,
			),
		]);
	});

	test('prints the pieces in Russian only after the problems, before the summary', () => {
		const report = formatReport({
			files: 3,
			problems: [],
			untranslated: [{ folder: 'people', ids: ['putin', 'lukashenko'] }],
		});

		expect(report).toBe(
			'Без перевода на английский в content/people/en/: putin, lukashenko\nПроверено 3 файла, проблем нет',
		);
	});
});

describe('readArticlesInThreads', () => {
	test(
		'reads articles in worker threads with the same results, in the same order, as on this one',
		{ timeout: 60_000 },
		async () => {
			const contentDir = await baseCopy();
			await edit(contentDir, 'articles/sample-draft.md', 'Текст черновика.', '::timeline');
			const files = await readContentFiles(join(contentDir, 'articles'), ['.md']);

			const threaded = await readArticlesInThreads(files, {
				threads: 2,
				articlesPerThread: 1,
			});
			const here = await readArticles(files);

			expect(threaded.map((result) => result.ok)).toEqual([false, true]);
			expect(threaded).toEqual(here);
		},
	);
});

describe('the report', () => {
	test.each([
		[1, 0, 'Проверен 1 файл, проблем нет'],
		[3, 1, 'Проверено 3 файла, найдена 1 проблема'],
		[212, 3, 'Проверено 212 файлов, найдено 3 проблемы'],
		[21, 11, 'Проверен 21 файл, найдено 11 проблем'],
		[5, 22, 'Проверено 5 файлов, найдено 22 проблемы'],
	])('sums up %i files and %i problems', (files, problems, line) => {
		expect(summaryLine(files, problems)).toBe(line);
	});

	test('prints one line per problem as the build does, then the summary', () => {
		const problem = {
			file: 'content/people/putin.yaml',
			line: 2,
			field: 'name',
			message: 'пусто',
			rule: 'razbor:schema',
		};

		expect(formatReport({ files: 2, problems: [problem], untranslated: [] })).toBe(
			'content/people/putin.yaml:2 name: пусто [razbor:schema]\nПроверено 2 файла, найдена 1 проблема',
		);
	});
});

describe('quietRendererErrors', () => {
	test('drops the renderer’s prints of located errors while it runs, and only those', async () => {
		const original = console.error;
		const spy = vi.fn();
		console.error = spy;
		try {
			await quietRendererErrors(() => {
				console.error(Object.assign(new Error('x'), { reason: 'нет id', line: 3 }));
				console.error('something else');
				return Promise.resolve();
			});

			expect(spy.mock.calls).toEqual([['something else']]);
			expect(console.error).toBe(spy);
		} finally {
			console.error = original;
		}
	});
});

describe('node scripts/check-content.ts', () => {
	// Each starts Node and loads the Markdown pipeline: seconds on a busy machine.
	test('exits with 0 and the summary on valid content', { timeout: 60_000 }, async () => {
		const { exitCode, stdout } = await runCli(BASE_CONTENT);

		expect(stdout).toBe('Проверено 12 файлов, проблем нет\n');
		expect(exitCode).toBe(0);
	});

	test('exits with 1 and prints each problem on broken content', { timeout: 60_000 }, async () => {
		const contentDir = await baseCopy();
		await edit(contentDir, 'topics/union-state.yaml', 'title:', 'titel:');

		const { exitCode, stdout } = await runCli(contentDir);

		expect(stdout).toMatch(/\/topics\/union-state\.yaml:\d+ titel: .*\[razbor:schema\]\n/);
		expect(stdout).toMatch(/Проверено 12 файлов, найден[оа] \d+ проблем[аы]?\n$/);
		expect(exitCode).toBe(1);
	});
});
