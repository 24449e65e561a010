import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
	describeIssue,
	formatFieldPath,
	problemsFromIssues,
} from '../../../src/problems/schema-problems.ts';
import { parseYaml } from '../../../src/problems/yaml-document.ts';

/** The issues zod reports for `input`, with the input kept as the loaders keep it. */
function issuesOf(schema: z.ZodType, input: unknown): z.core.$ZodIssue[] {
	const result = schema.safeParse(input, { reportInput: true });
	if (result.success) throw new Error('test data: expected the input to be rejected');
	return result.error.issues;
}

/** The Russian message of the only issue. */
function messageOf(schema: z.ZodType, input: unknown): string {
	const issues = issuesOf(schema, input);
	expect(issues).toHaveLength(1);
	return describeIssue(issues[0]!);
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

describe('describeIssue', () => {
	const person = z.strictObject({ name: z.string(), age: z.number(), draft: z.boolean() });
	const valid = { name: 'Имя', age: 3, draft: false };

	test('says a required field is empty when it is missing', () => {
		const message = messageOf(person, { age: 3, draft: false });

		expect(message).toBe('обязательное поле не заполнено');
	});

	test.each([
		[{ ...valid, name: 5 }, 'ожидается текст, а указано «5»'],
		[{ ...valid, name: null }, 'ожидается текст, а указано пустое значение'],
		[{ ...valid, name: ['a'] }, 'ожидается текст, а указано список'],
		[{ ...valid, name: { first: 'a' } }, 'ожидается текст, а указано набор полей'],
		[{ ...valid, age: 'три' }, 'ожидается число, а указано «три»'],
		[{ ...valid, draft: 'yes' }, 'ожидается true или false, а указано «yes»'],
	])('names the expected and the given type in Russian for %j', (input, expected) => {
		expect(messageOf(person, input)).toBe(expected);
	});

	test("prefers the schema's own message for a wrong type", () => {
		const schema = z.object({ kind: z.string({ error: 'нужен вид материала' }) });

		expect(messageOf(schema, { kind: 5 })).toBe('нужен вид материала');
	});

	test('lists the allowed values of an enum', () => {
		const schema = z.object({ kind: z.enum(['news', 'qa']) });

		expect(messageOf(schema, { kind: 'blog' })).toBe('допустимые значения: news, qa');
	});

	test("prefers the schema's own message for an enum", () => {
		const schema = z.object({ kind: z.enum(['news', 'qa'], { error: 'kind: news или qa' }) });

		expect(messageOf(schema, { kind: 'blog' })).toBe('kind: news или qa');
	});

	test.each([
		[z.array(z.string()).min(3), ['a'], 'нужно не меньше 3 элементов'],
		[z.array(z.string()).max(2), ['a', 'b', 'c'], 'нужно не больше 2 элементов'],
		[z.string().min(2), 'a', 'слишком короткое значение (минимум 2)'],
		[z.string().max(2), 'abc', 'слишком длинное значение (максимум 2)'],
	])('describes a size limit in Russian (%#)', (schema, input, expected) => {
		expect(messageOf(schema, input)).toBe(expected);
	});

	test("prefers the schema's own message for size limits", () => {
		const small = z.array(z.string()).min(3, { error: 'нужно три пункта' });
		const big = z.string().max(2, { error: 'слишком длинно' });

		expect(messageOf(small, [])).toBe('нужно три пункта');
		expect(messageOf(big, 'abc')).toBe('слишком длинно');
	});

	test('names unknown fields and points to the README', () => {
		const message = messageOf(person, { ...valid, titel: 'x', extra: 1 });

		expect(message).toBe(
			'неизвестное поле «titel», «extra»: проверьте написание (список полей — в README)',
		);
	});

	test('passes a custom refinement message through', () => {
		const schema = z.string().refine((value) => value.startsWith('https://'), {
			error: 'нужна ссылка https://',
		});

		expect(messageOf(schema, 'http://x')).toBe('нужна ссылка https://');
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
			{
				file: 'content/timelines/visit.yaml',
				line: 8,
				field: 'events[1].sourse',
				message: 'неизвестное поле «sourse»: проверьте написание (список полей — в README)',
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
