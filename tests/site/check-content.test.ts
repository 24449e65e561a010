import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, test } from 'vitest';
import { summaryLine } from '../../scripts/check-content/report.ts';
import { ENTRY_KINDS } from '../../scripts/new-entry/templates.ts';
import { collectOutput } from '../helpers/process-output.ts';
import {
	BASE_CONTENT,
	ROOT,
	copyContent,
	shellEnvironment,
	temporaryDirectory,
} from '../helpers/build-site.ts';
import { runNpm } from '../helpers/npm.ts';

/**
 * `npm run check:content` as an editor runs it: on the edition, on what `npm run new` writes, on
 * broken content, with `--watch`, and as the pre-commit hook in .githooks/. That it finds what
 * the build finds is asserted beside the builds of the broken corpus
 * (tests/site/broken-content.test.ts), so that each is built once.
 */

/** Temporary folders to delete after the tests. */
const scratch: string[] = [];

/** The files of the base fixture content, every one of which check:content reads. */
const BASE_FILES = readdirSync(BASE_CONTENT, { recursive: true, withFileTypes: true }).filter(
	(entry) => entry.isFile(),
).length;
/** The start of the summary line for the base content, e.g. «Проверено 12 файлов». */
const CHECKED_BASE = summaryLine(BASE_FILES, 0).split(',')[0]!;

afterAll(async () => {
	await Promise.all(scratch.map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A copy of the base fixture content, deleted after the tests. */
async function baseCopy(): Promise<string> {
	const copy = await copyContent(BASE_CONTENT);
	scratch.push(dirname(copy));
	return copy;
}

/** Replaces `search` by `replacement` in a file of a content folder; fails when it is not there. */
async function edit(contentDir: string, file: string, search: string, replacement: string) {
	const path = join(contentDir, file);
	const text = await readFile(path, 'utf8');
	expect(text, `${file} holds «${search}»`).toContain(search);
	await writeFile(path, text.replace(search, replacement));
}

const SUMMARY = /^Проверен[о]? \d+ файл(?:а|ов)?, (?:проблем нет|найден[оа] \d+ проблем[аы]?)$/m;

describe('npm run check:content', () => {
	test('passes the edition in content/', async () => {
		const { exitCode, output } = await runNpm('npm run check:content');

		expect(output).toMatch(/^Проверено \d+ файл(?:а|ов)?, проблем нет$/m);
		expect(exitCode).toBe(0);
	});

	test('passes a piece of every kind that npm run new writes, as it is', async () => {
		const contentDir = await baseCopy();
		const env = { RAZBOR_CONTENT_DIR: contentDir };
		for (const kind of Object.keys(ENTRY_KINDS)) {
			const created = await runNpm('npm run new', { args: ['--', kind, `new-${kind}`], env });
			expect(created.exitCode, created.output).toBe(0);
		}

		const { exitCode, output } = await runNpm('npm run check:content', { env });

		expect(output).toContain(summaryLine(BASE_FILES + Object.keys(ENTRY_KINDS).length, 0));
		expect(exitCode).toBe(0);
	});

	test('prints every problem of several files in one run, the summary, and exits with 1', async () => {
		const contentDir = await baseCopy();
		await edit(contentDir, 'articles/sample-news.md', 'kind: news', 'kind: blog');
		await edit(
			contentDir,
			'timelines/sample-visit.yaml',
			'sources: [sample-kremlin]',
			'sources: [nope]',
		);
		await edit(contentDir, 'glossary/union-state.yaml', 'term:', 'trem:');

		const { exitCode, output } = await runNpm('npm run check:content', {
			env: { RAZBOR_CONTENT_DIR: contentDir },
		});

		expect(output).toMatch(/\/articles\/sample-news\.md:\d+ kind: .*\[razbor:schema\]$/m);
		expect(output).toMatch(
			/\/timelines\/sample-visit\.yaml:\d+ events\[\d+\]\.sources\[0\]: нет записи «nope».*\[razbor:unknown-reference\]$/m,
		);
		expect(output).toMatch(/\/glossary\/union-state\.yaml:\d+ trem: .*\[razbor:schema\]$/m);
		expect(output).toMatch(new RegExp(`^${CHECKED_BASE}, найдено [2-9] проблем[аы]?$`, 'm'));
		expect(exitCode).toBe(1);
	});
});

/** A command running in a process group of its own, with what it printed so far. */
interface Running {
	child: ChildProcess;
	output: () => string;
}

/** Starts `npm run check:content -- --watch` on a content folder. */
function startWatching(contentDir: string): Running {
	const child = spawn('npm', ['run', 'check:content', '--', '--watch'], {
		cwd: ROOT,
		env: { ...shellEnvironment(), RAZBOR_CONTENT_DIR: contentDir },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	return { child, output: collectOutput(child) };
}

/** Waits until the output from `from` on matches `pattern`; returns where the match ends. */
async function waitForOutput(running: Running, pattern: RegExp, from = 0): Promise<number> {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		const match = pattern.exec(running.output().slice(from));
		if (match) return from + match.index + match[0].length;
		if (running.child.exitCode !== null) break;
		await delay(100);
	}
	throw new Error(`no ${String(pattern)} in the output:\n${running.output()}`);
}

describe('npm run check:content -- --watch', () => {
	test('checks again on every save: the problem appears, and the clean summary once it is fixed', async () => {
		// Arrange
		const contentDir = await baseCopy();
		const running = startWatching(contentDir);
		try {
			const started = await waitForOutput(running, new RegExp(`${CHECKED_BASE}, проблем нет\n`));

			// Act: break a person's file, then fix it.
			await edit(contentDir, 'people/putin.yaml', 'role:', 'rolle:');
			const broken = await waitForOutput(
				running,
				new RegExp(`${CHECKED_BASE}, найден[оа] \\d+ проблем[аы]?\n`),
				started,
			);
			await edit(contentDir, 'people/putin.yaml', 'rolle:', 'role:');
			await waitForOutput(running, new RegExp(`${CHECKED_BASE}, проблем нет\n`), broken);

			// Assert
			const afterBreaking = running.output().slice(started, broken);
			expect(afterBreaking).toMatch(/\/people\/putin\.yaml:2 rolle: .*\[razbor:schema\]$/m);
			expect(running.child.exitCode).toBeNull();
		} finally {
			if (running.child.pid !== undefined) process.kill(-running.child.pid, 'SIGTERM');
		}
	});
});

/** What a finished command did. */
interface Finished {
	exitCode: number;
	/** stdout and stderr together. */
	output: string;
}

/** Runs a program to its end in a shell's environment plus `env`. */
async function runProgram(
	program: string,
	args: readonly string[],
	cwd: string,
	env: Readonly<Record<string, string>> = {},
): Promise<Finished> {
	const child = spawn(program, args, {
		cwd,
		env: { ...shellEnvironment(), ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exitCode = await new Promise<number>((resolve) => {
		child.on('close', (code) => {
			resolve(code ?? 1);
		});
	});
	return { exitCode, output };
}

describe('the pre-commit hook in .githooks/', () => {
	const HOOK = join(ROOT, '.githooks/pre-commit');
	/** How docs/development.md turns the hook on. */
	const TURN_ON_HOOK = 'git config core.hooksPath .githooks';

	/**
	 * A new git repository with the hook turned on as the docs say, whose `check:content` script
	 * is this repository's (with this Node: a bare `node` could be an older one).
	 */
	async function repositoryWithHook(): Promise<string> {
		const repository = await temporaryDirectory('razbor-hook-');
		scratch.push(repository);
		await runProgram('git', ['init', '-q'], repository);
		await cp(join(ROOT, '.githooks'), join(repository, '.githooks'), { recursive: true });
		const script = `"${process.execPath}" "${join(ROOT, 'scripts/check-content.ts')}"`;
		await writeFile(
			join(repository, 'package.json'),
			JSON.stringify({ private: true, scripts: { 'check:content': script } }),
		);
		const turnedOn = await runProgram('sh', ['-c', TURN_ON_HOOK], repository);
		expect(turnedOn.exitCode, turnedOn.output).toBe(0);
		return repository;
	}

	/** `git commit` in `repository`, with the content folder the hook checks. */
	function commit(repository: string, contentDir: string): Promise<Finished> {
		const author = ['-c', 'user.name=Редактор', '-c', 'user.email=editor@example.org'];
		return runProgram(
			'git',
			[...author, 'commit', '-q', '--allow-empty', '-m', 'Новый материал'],
			repository,
			{ RAZBOR_CONTENT_DIR: contentDir },
		);
	}

	test('is an executable script that runs npm run check:content', async () => {
		const script = await readFile(HOOK, 'utf8');

		expect(script).toMatch(/^#!\/bin\/sh\n/);
		expect(script).toMatch(/^exec npm run (?:--silent )?check:content$/m);
		expect(statSync(HOOK).mode & 0o111).toBe(0o111);
	});

	test('runs this repository’s check:content: broken content fails it, saying what is wrong', async () => {
		const contentDir = await baseCopy();
		await edit(contentDir, 'articles/sample-news.md', '{#union-state}', '{#union-stat}');

		const { exitCode, output } = await runProgram(HOOK, [], ROOT, {
			RAZBOR_CONTENT_DIR: contentDir,
		});

		expect(output).toMatch(
			/\/articles\/sample-news\.md:\d+:\d+ нет записи «union-stat» в content\/glossary\/.*\[razbor:unknown-reference\]$/m,
		);
		expect(output).toMatch(new RegExp(`^${CHECKED_BASE}, найдена 1 проблема$`, 'm'));
		expect(exitCode).toBe(1);
	});

	test('once turned on, lets git commit valid content and stops a commit of broken content', async () => {
		// Arrange
		const repository = await repositoryWithHook();
		const broken = await baseCopy();
		await edit(broken, 'people/putin.yaml', 'name:', 'nmae:');

		// Act
		const refused = await commit(repository, broken);
		const accepted = await commit(repository, BASE_CONTENT);
		const log = await runProgram('git', ['log', '--format=%s'], repository);

		// Assert
		expect(refused.output).toMatch(/\/people\/putin\.yaml:1 nmae: .*\[razbor:schema\]$/m);
		expect(refused.exitCode).not.toBe(0);
		expect(accepted.output).toMatch(SUMMARY);
		expect(accepted.exitCode).toBe(0);
		expect(log.output.trim().split('\n')).toEqual(['Новый материал']);
	});
});
