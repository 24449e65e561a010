import type { z } from 'astro/zod';
import type { ContentProblem } from './content-error.ts';
import type { YamlDocument } from './yaml-document.ts';
import { MISSING_FIELD } from '../schemas/common.ts';

type Issue = z.core.$ZodIssue;

/** `events[2].date` from `['events', 2, 'date']`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(text, key) =>
			typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
		'',
	);
}

/** Russian wording of zod's generic issues; a schema's own message wins when it has one. */
export function describeIssue(issue: Issue): string {
	switch (issue.code) {
		case 'unrecognized_keys':
			return `неизвестное поле ${issue.keys.map((key) => `«${key}»`).join(', ')}: проверьте написание (список полей — в README)`;
		case 'invalid_type':
			if (issue.message && !issue.message.startsWith('Invalid input')) return issue.message;
			if (issue.input === undefined) return MISSING_FIELD;
			return `ожидается ${TYPE_NAMES[issue.expected] ?? issue.expected}, а указано ${describeValue(issue.input)}`;
		case 'invalid_value':
			if (issue.message && !issue.message.startsWith('Invalid option')) return issue.message;
			return `допустимые значения: ${issue.values.map(String).join(', ')}`;
		case 'too_small':
			if (issue.message && !issue.message.startsWith('Too small')) return issue.message;
			return issue.origin === 'array'
				? `нужно не меньше ${String(issue.minimum)} элементов`
				: `слишком короткое значение (минимум ${String(issue.minimum)})`;
		case 'too_big':
			if (issue.message && !issue.message.startsWith('Too big')) return issue.message;
			return issue.origin === 'array'
				? `нужно не больше ${String(issue.maximum)} элементов`
				: `слишком длинное значение (максимум ${String(issue.maximum)})`;
		case 'invalid_union': {
			if (issue.message && !issue.message.startsWith('Invalid input')) return issue.message;
			// No branch matched: the schema's own explanation is the custom issue of one branch.
			const explained = issue.errors.flat().find((nested) => nested.code === 'custom');
			return explained ? explained.message : issue.message;
		}
		default:
			return issue.message;
	}
}

const TYPE_NAMES: Partial<Record<string, string>> = {
	string: 'текст',
	number: 'число',
	boolean: 'true или false',
	array: 'список',
	object: 'набор полей',
	date: 'дата',
};

function describeValue(value: unknown): string {
	if (value === null) return 'пустое значение';
	if (Array.isArray(value)) return 'список';
	if (typeof value === 'object') return 'набор полей';
	if (typeof value === 'string') return `«${value}»`;
	return `«${JSON.stringify(value)}»`;
}

/** Turns zod issues into located problems: file, line of the field, field path and message. */
export function problemsFromIssues(
	file: string,
	issues: readonly Issue[],
	document: YamlDocument,
	rule = 'razbor:schema',
): ContentProblem[] {
	return issues.map((issue) => {
		// An unknown key is reported on the key itself, not on its parent.
		const path =
			issue.code === 'unrecognized_keys' && issue.keys[0]
				? [...issue.path, issue.keys[0]]
				: issue.path;
		return {
			file,
			line: document.lineOf(path),
			field: formatFieldPath(path) || undefined,
			message: describeIssue(issue),
			rule,
		};
	});
}
