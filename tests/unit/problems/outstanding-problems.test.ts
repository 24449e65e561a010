import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ContentError, type ContentProblem } from '../../../src/problems/content-error.ts';
import {
	assertNoLocatedProblems,
	LocatedContentError,
	outstandingProblems,
	recordSyncProblems,
} from '../../../src/problems/outstanding-problems.ts';

const CITE: ContentProblem = {
	file: 'content/articles/visit.md',
	line: 21,
	column: 28,
	message: 'нет записи «nope» в content/sources/ (файла nope.yaml)',
	rule: 'razbor:unknown-reference',
};

const YAML: ContentProblem = {
	file: 'content/timelines/visit.yaml',
	line: 1,
	column: 8,
	message: 'не закрыта кавычка ": допишите её в конце значения',
	rule: 'razbor:yaml',
};

// Unit test files share one process and so the process-wide record: each test clears its folders.
afterEach(() => {
	recordSyncProblems('test-articles', []);
	recordSyncProblems('test-timelines', []);
});

describe('recordSyncProblems', () => {
	test('keeps the problems of the latest sync of each folder until a clean sync', () => {
		recordSyncProblems('test-articles', [CITE]);
		recordSyncProblems('test-timelines', [YAML]);

		expect(outstandingProblems()).toEqual([CITE, YAML]);

		recordSyncProblems('test-articles', []);

		expect(outstandingProblems()).toEqual([YAML]);
	});

	test('replaces the problems of a folder rather than adding to them', () => {
		recordSyncProblems('test-timelines', [YAML]);
		recordSyncProblems('test-timelines', [{ ...YAML, line: 2 }]);

		expect(outstandingProblems()).toEqual([{ ...YAML, line: 2 }]);
	});

	test('says whether the problems changed', () => {
		expect(recordSyncProblems('test-articles', [])).toBe(false);
		expect(recordSyncProblems('test-articles', [CITE])).toBe(true);
		expect(recordSyncProblems('test-articles', [{ ...CITE }])).toBe(false);
		expect(recordSyncProblems('test-articles', [{ ...CITE, column: 29 }])).toBe(true);
		expect(recordSyncProblems('test-articles', [])).toBe(true);
	});
});

describe('LocatedContentError', () => {
	test('says what the build says, and where the first problem is, as Astro errors do', () => {
		const error = new LocatedContentError([CITE, YAML]);

		expect(error).toBeInstanceOf(ContentError);
		expect(error.name).toBe('ContentError');
		expect(error.message).toBe(new ContentError([CITE, YAML]).message);
		expect(error.loc).toEqual({ file: resolve('content/articles/visit.md'), line: 21, column: 28 });
		expect(error.title).toBe('Ошибка в материалах');
	});

	test('has no line for a problem of a whole file', () => {
		const error = new LocatedContentError([{ file: 'content/people/Putin.yaml', message: 'имя' }]);

		expect(error.loc).toEqual({ file: resolve('content/people/Putin.yaml') });
	});
});

describe('assertNoLocatedProblems', () => {
	test('throws a located error when there is a problem, nothing otherwise', () => {
		expect(() => {
			assertNoLocatedProblems([]);
		}).not.toThrow();
		expect(() => {
			assertNoLocatedProblems([YAML]);
		}).toThrow(LocatedContentError);
	});
});
