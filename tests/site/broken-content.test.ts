import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import { formatProblem } from '../../src/problems/content-error.ts';
import {
	BASE_CONTENT,
	ROOT,
	buildSite,
	copyContent,
	temporaryDirectory,
} from '../helpers/build-site.ts';

/**
 * One folder per authoring mistake: the files to lay over the base content at their content
 * paths, and `expected.json` saying which problem line the build must print.
 */
const BROKEN_CONTENT = join(ROOT, 'tests/fixtures/content/broken');

/** Fewer cases than this means folders were lost, not that the checks got better. */
const MINIMUM_CASES = 20;

/** Builds at once: each is a whole Astro process and CI has two cores. */
const PARALLEL_BUILDS = 2;

// Every build and check of this file runs at one fixed moment (src/format/clock.ts), so that a
// case can hold a date later than the build that is still a plausible year, on any day the
// suite runs. The builds are child processes and inherit it.
process.env['RAZBOR_NOW'] = '2025-06-01T12:00:00+03:00';

/** `expected.json` of a case. */
interface ExpectedProblem {
	/** Path of the broken file relative to the content folder, e.g. `articles/bad-date.md`. */
	file: string;
	/** Line the problem is reported on; `null` for problems of the whole file (its name, its id). */
	line: number | null;
	/** Field path printed before the message, e.g. `events[1].date`, when the problem is in a field. */
	field?: string;
	/** Rule id printed in brackets at the end, e.g. `razbor:schema`. */
	rule: string;
	/** A part of the Russian message the editor must see. */
	message: string;
}

interface BrokenCase {
	name: string;
	overlay: string;
	expected: ExpectedProblem;
}

async function readCases(): Promise<BrokenCase[]> {
	const entries = await readdir(BROKEN_CONTENT, { withFileTypes: true });
	const names = entries
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
	return Promise.all(
		names.map(async (name) => {
			const overlay = join(BROKEN_CONTENT, name);
			const json = await readFile(join(overlay, 'expected.json'), 'utf8');
			return { name, overlay, expected: JSON.parse(json) as ExpectedProblem };
		}),
	);
}

/** Runs at most `limit` tasks at a time; a finished task hands its slot to the next waiting one. */
function createPool(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
	let running = 0;
	const waiting: (() => void)[] = [];
	return async (task) => {
		if (running < limit) running++;
		else await new Promise<void>((resolve) => waiting.push(resolve));
		try {
			return await task();
		} finally {
			const next = waiting.shift();
			if (next) next();
			else running--;
		}
	};
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The one output line that reports the problem: `<path ending in file>:<line>[:<column>]
 * [<field>:] … <message> … [<rule>]`. The path is relative to the repository or absolute, so only
 * its ending is fixed; a problem without a line has a space right after the path.
 */
function problemLinePattern({ file, line, field, rule, message }: ExpectedProblem): RegExp {
	const location = `/${escapeRegExp(file)}${line === null ? '' : `:${line}(?::\\d+)?`}`;
	const fieldPrefix = field ? `${escapeRegExp(field)}: ` : '';
	return new RegExp(
		`^\\s*\\S*${location} ${fieldPrefix}.*${escapeRegExp(message)}.*\\[${escapeRegExp(rule)}\\]$`,
		'm',
	);
}

/**
 * The problem lines a failed build printed under «Ошибки в материалах (N):», with the content
 * folder's path replaced by `<content>`.
 */
function buildProblemLines(output: string, contentDir: string): string[] {
	const lines = output.split('\n');
	const start = lines.findIndex((line) => /^Ошибки в материалах \(\d+\):$/.test(line));
	if (start === -1) return [];
	const problems = [];
	for (const line of lines.slice(start + 1)) {
		if (!line.startsWith('  ')) break;
		problems.push(line.trim());
	}
	return problems.map((line) => line.replace(relative(ROOT, contentDir), '<content>'));
}

/** What `npm run check:content` prints for the same folder, in the same form. */
async function checkedProblemLines(contentDir: string): Promise<string[]> {
	const { problems } = await checkContent({ root: ROOT, contentDir });
	return problems.map((problem) =>
		formatProblem(problem).replace(relative(process.cwd(), contentDir), '<content>'),
	);
}

const cases = await readCases();
const inPool = createPool(PARALLEL_BUILDS);

describe('the broken content corpus', () => {
	it(`holds at least ${MINIMUM_CASES} mistakes`, () => {
		expect(cases.length).toBeGreaterThanOrEqual(MINIMUM_CASES);
	});

	it('names in every expected.json a file its case lays over the content', () => {
		const missing = cases.filter(
			({ overlay, expected }) => !existsSync(join(overlay, expected.file)),
		);

		expect(missing.map(({ name }) => name)).toEqual([]);
	});
});

/**
 * Builds the base content with one case's files laid over it and checks the build refuses it,
 * and that `npm run check:content` reports the same problems for it.
 * `cleanUp` registers what to delete once the test is over, passed or not.
 */
async function expectRefused(
	overlay: string,
	expected: ExpectedProblem,
	cleanUp: TestContext['onTestFinished'],
): Promise<void> {
	// Arrange
	const contentDir = await copyContent(BASE_CONTENT, overlay);
	const scratch = await temporaryDirectory('razbor-broken-');
	cleanUp(() => rm(dirname(contentDir), { recursive: true, force: true }));
	cleanUp(() => rm(scratch, { recursive: true, force: true }));
	// The loaders read only their sub-folders, but the corpus note has no place in content.
	await rm(join(contentDir, 'expected.json'));
	const outDir = join(scratch, 'dist');
	const staging = join(scratch, '.dist-staging');

	// Act
	const result = await inPool(() =>
		buildSite({ contentDir, outDir, cacheDir: join(scratch, 'cache') }),
	);

	// Assert
	expect(result.exitCode).toBe(1);
	expect(result.output).toMatch(problemLinePattern(expected));
	expect(result.output).toContain('Сборка остановлена');
	// One message per problem: no English echo of it from the Markdown processor, no stack trace.
	expect(result.output).not.toMatch(/Failed to parse Markdown|VFileMessage|^\s+at .+:\d+:\d+\)?$/m);
	expect(result.output.match(problemLinePattern(expected)) ?? []).toHaveLength(1);
	// Neither a half-written site nor the staging folder it was built in is left behind.
	expect(existsSync(outDir)).toBe(false);
	expect(existsSync(staging)).toBe(false);
	// npm run check:content finds, without building, every problem the build found.
	const built = buildProblemLines(result.output, contentDir);
	expect(built.length).toBeGreaterThan(0);
	expect(await checkedProblemLines(contentDir)).toEqual(expect.arrayContaining(built));
}

describe('a build of content with one authoring mistake', () => {
	for (const { name, overlay, expected } of cases) {
		const title = `refuses ${name}: ${expected.message}`;
		const run = ({ onTestFinished }: TestContext) =>
			expectRefused(overlay, expected, onTestFinished);
		it.concurrent(title, run);
	}
});
