import { describe, expect, test } from 'vitest';
import {
	assertNoProblems,
	ContentError,
	formatProblem,
	type ContentProblem,
} from '../../../src/problems/content-error.ts';

const FULL: ContentProblem = {
	file: 'content/articles/visit.md',
	line: 3,
	column: 7,
	field: 'published',
	message: '«вчера» — не дата',
	rule: 'razbor:schema',
};

describe('formatProblem', () => {
	test('writes file:line:column, the field, the message and the rule', () => {
		expect(formatProblem(FULL)).toBe(
			'content/articles/visit.md:3:7 published: «вчера» — не дата [razbor:schema]',
		);
	});

	test('leaves out what is not known', () => {
		const problem: ContentProblem = { file: 'content/people/x.yaml', message: 'что-то не так' };

		expect(formatProblem(problem)).toBe('content/people/x.yaml что-то не так');
	});

	test('writes a line without a column', () => {
		const problem: ContentProblem = { ...FULL, column: undefined };

		expect(formatProblem(problem)).toBe(
			'content/articles/visit.md:3 published: «вчера» — не дата [razbor:schema]',
		);
	});

	test('drops a column that has no line', () => {
		const problem: ContentProblem = { ...FULL, line: undefined };

		expect(formatProblem(problem)).toBe(
			'content/articles/visit.md published: «вчера» — не дата [razbor:schema]',
		);
	});
});

describe('ContentError', () => {
	const problems: ContentProblem[] = [
		FULL,
		{ file: 'content/people/Putin.yaml', message: 'плохое имя файла', rule: 'razbor:file-name' },
	];

	test('lists the count and every problem, one per line', () => {
		const error = new ContentError(problems);

		expect(error.message).toBe(
			[
				'Ошибки в материалах (2):',
				'  content/articles/visit.md:3:7 published: «вчера» — не дата [razbor:schema]',
				'  content/people/Putin.yaml плохое имя файла [razbor:file-name]',
			].join('\n'),
		);
	});

	test('is an Error named ContentError that keeps the problems', () => {
		const error = new ContentError(problems);

		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('ContentError');
		expect(error.problems).toEqual(problems);
	});

	test('shows only the message as its stack, without build internals', () => {
		const error = new ContentError(problems);

		expect(error.stack).toBe(error.message);
	});
});

describe('assertNoProblems', () => {
	test('does nothing when there are no problems', () => {
		expect(() => {
			assertNoProblems([]);
		}).not.toThrow();
	});

	test('throws a ContentError with the problems when there is one', () => {
		const act = () => {
			assertNoProblems([FULL]);
		};

		expect(act).toThrow(ContentError);
		expect(act).toThrow('Ошибки в материалах (1):');
	});
});
