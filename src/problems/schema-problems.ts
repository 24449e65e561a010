import type { z } from 'astro/zod';
import type { ContentProblem } from './content-error.ts';
import type { YamlDocument } from './yaml-document.ts';
import { nearestName } from '../format/nearest-name.ts';

type Issue = z.core.$ZodIssue;

/** `events[2].date` from `['events', 2, 'date']`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(text, key) =>
			typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
		'',
	);
}

/** What {@link objectKeysAt} reads of a zod schema's definition. */
interface SchemaDefinition {
	type: string;
	shape?: Record<string, { _zod: { def: SchemaDefinition } }>;
	innerType?: { _zod: { def: SchemaDefinition } };
	in?: { _zod: { def: SchemaDefinition } };
	element?: { _zod: { def: SchemaDefinition } };
}

/**
 * The field names of the object at `path` in a schema (`['hero']` → `src`, `alt`, …), through
 * optional, default, pipe and array wrappers; empty when there is no object there.
 */
export function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let definition = (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
	const unwrap = () => {
		for (;;) {
			const inner = definition.innerType ?? definition.in;
			if (!inner || definition.type === 'object') return;
			definition = inner._zod.def;
		}
	};
	unwrap();
	for (const key of path) {
		const next =
			typeof key === 'number'
				? definition.type === 'array'
					? definition.element
					: undefined
				: definition.shape?.[String(key)];
		if (!next) return [];
		definition = next._zod.def;
		unwrap();
	}
	return definition.type === 'object' && definition.shape ? Object.keys(definition.shape) : [];
}

/**
 * Turns zod issues into located problems: file, line of the field, field path and message (in
 * Russian: the schema's own, or `src/schemas/russian-errors.ts`). An unknown field comes first,
 * since it is usually the cause of the rest: with `knownKeys`, it suggests the nearest known
 * field («может быть, keyPoints?»), and the «обязательное поле не заполнено» of the field it
 * suggests is left out, being the same mistake. In a translation, `sharedKeys` are the fields of
 * the original that a translation does not repeat (ids, dates, sources): such a field is named so.
 */
export function problemsFromIssues(
	file: string,
	issues: readonly Issue[],
	document: YamlDocument,
	rule = 'razbor:schema',
	knownKeys?: (path: readonly PropertyKey[]) => readonly string[],
	sharedKeys?: (path: readonly PropertyKey[]) => readonly string[],
): ContentProblem[] {
	const suggested = new Set<string>();
	const unknown = issues.flatMap((issue) => {
		if (issue.code !== 'unrecognized_keys') return [];
		const known = knownKeys?.(issue.path) ?? [];
		const shared = sharedKeys?.(issue.path) ?? [];
		return issue.keys.map((key) => {
			const path = [...issue.path, key];
			if (shared.includes(key))
				return {
					file,
					line: document.lineOf(path),
					field: formatFieldPath(path),
					message: `поле «${key}» общее для всех языков и пишется один раз, в файле оригинала; в переводе только слова — уберите его`,
					rule,
				};
			const nearest = nearestName(key, known);
			if (nearest) suggested.add(formatFieldPath([...issue.path, nearest]));
			return {
				file,
				line: document.lineOf(path),
				field: formatFieldPath(path),
				message: nearest
					? `неизвестное поле «${key}»; может быть, ${nearest}?`
					: `неизвестное поле «${key}»: проверьте написание (список полей — в README)`,
				rule,
			};
		});
	});
	const rest = issues
		.filter((issue) => issue.code !== 'unrecognized_keys')
		.filter(
			(issue) =>
				!(
					issue.code === 'invalid_type' &&
					issue.input === undefined &&
					suggested.has(formatFieldPath(issue.path))
				),
		)
		.map((issue) => ({
			file,
			line: document.lineOf(issue.path),
			field: formatFieldPath(issue.path) || undefined,
			message: issue.message,
			rule,
		}));
	return [...unknown, ...rest];
}
