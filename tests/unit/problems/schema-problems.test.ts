import { describe, expect, test } from 'vitest';
import {
	formatFieldPath,
	objectKeysAt,
	problemsFromIssues,
} from '../../../src/problems/schema-problems.ts';
import { parseYaml } from '../../../src/problems/yaml-document.ts';
import { z } from '../../../src/schemas/zod.ts';

/** The issues zod reports for `input`, with the input kept as the loaders keep it. */
function issuesOf(schema: z.ZodType, input: unknown): z.core.$ZodIssue[] {
	const result = schema.safeParse(input, { reportInput: true });
	if (result.success) throw new Error('test data: expected the input to be rejected');
	return result.error.issues;
}

describe('formatFieldPath', () => {
	test.each([
		[[], ''],
		[['published'], 'published'],
		[['hero', 'src'], 'hero.src'],
		[['keyPoints', 0], 'keyPoints[0]'],
		[['events', 2, 'date'], 'events[2].date'],
		[['events', 1, 'sources', 0], 'events[1].sources[0]'],
		[[0, 'id'], '[0].id'],
	])('writes %j as %j', (path, expected) => {
		expect(formatFieldPath(path)).toBe(expected);
	});
});

describe('problemsFromIssues', () => {
	const schema = z.strictObject({
		title: z.string({ error: 'нужен текст' }),
		events: z.array(z.strictObject({ id: z.string(), date: z.string() })),
	});
	const yaml = [
		'title: 5', // line 2 of the file
		'events:',
		'  - id: first',
		'    date: "1996"',
		'  - id: second',
		'    date: 1999',
		'    sourse: kremlin',
	].join('\n');

	test('locates each issue with file, line of its field, field path, message and rule', () => {
		const document = parseYaml(yaml, 2);
		const issues = issuesOf(schema, document.data);

		const problems = problemsFromIssues('content/timelines/visit.yaml', issues, document);

		expect(problems).toEqual([
			{
				file: 'content/timelines/visit.yaml',
				line: 8,
				field: 'events[1].sourse',
				message: 'неизвестное поле «sourse»: проверьте написание (список полей — в README)',
				rule: 'razbor:schema',
			},
			{
				file: 'content/timelines/visit.yaml',
				line: 2,
				field: 'title',
				message: 'нужен текст',
				rule: 'razbor:schema',
			},
			{
				file: 'content/timelines/visit.yaml',
				line: 7,
				field: 'events[1].date',
				message: 'ожидается текст, а указано «1999»',
				rule: 'razbor:schema',
			},
		]);
	});

	test('reports a problem of the whole document without a field, on its first line', () => {
		const document = parseYaml('- a\n- b\n');
		const issues = issuesOf(schema, document.data);

		const [problem] = problemsFromIssues('content/people/x.yaml', issues, document, 'razbor:x');

		expect(problem).toEqual({
			file: 'content/people/x.yaml',
			line: 1,
			field: undefined,
			message: 'ожидается набор полей, а указано список',
			rule: 'razbor:x',
		});
	});
});

describe("problemsFromIssues with the schema's field names", () => {
	test('puts a misspelled field first, suggests the right one, and drops the missing-field echo', () => {
		const schema = z.strictObject({ title: z.string(), keyPoints: z.array(z.string()) });
		const document = parseYaml('title: Визит\nkeypoints: [a, b]\n');
		const issues = issuesOf(schema, document.data);

		const problems = problemsFromIssues('a.md', issues, document, 'razbor:schema', (path) =>
			objectKeysAt(schema, path),
		);

		expect(problems).toEqual([
			{
				file: 'a.md',
				line: 2,
				field: 'keypoints',
				message: 'неизвестное поле «keypoints»; может быть, keyPoints?',
				rule: 'razbor:schema',
			},
		]);
	});
});

describe('objectKeysAt', () => {
	test('finds the fields of nested objects through optional, default and array wrappers', () => {
		const schema = z.strictObject({
			hero: z.strictObject({ src: z.string(), alt: z.string() }).optional(),
			events: z.array(z.strictObject({ id: z.string(), date: z.string() })).default([]),
		});

		expect(objectKeysAt(schema, [])).toEqual(['hero', 'events']);
		expect(objectKeysAt(schema, ['hero'])).toEqual(['src', 'alt']);
		expect(objectKeysAt(schema, ['events', 2])).toEqual(['id', 'date']);
		expect(objectKeysAt(schema, ['nothing'])).toEqual([]);
	});
});
