import type { z } from 'astro/zod';
import type { ContentProblem } from './content-error.ts';
import type { YamlDocument } from './yaml-document.ts';

type Issue = z.core.$ZodIssue;

/** `events[2].date` from `['events', 2, 'date']`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(text, key) =>
			typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
		'',
	);
}

/**
 * Turns zod issues into located problems: file, line of the field, field path and message (in
 * Russian: the schema's own, or `src/schemas/russian-errors.ts`).
 */
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
			message: issue.message,
			rule,
		};
	});
}
