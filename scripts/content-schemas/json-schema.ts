import { z } from '../../src/schemas/zod.ts';
import { CONTENT_COLLECTIONS, type ContentCollection } from './collections.ts';

/** Where the JSON Schemas for editors live, relative to the repository root. */
export const SCHEMA_FOLDER = 'content/.schemas';

/** `content/.schemas/people.schema.json` */
export function schemaPath(collection: Pick<ContentCollection, 'name'>): string {
	return `${SCHEMA_FOLDER}/${collection.name}.schema.json`;
}

/** A JSON Schema as a plain object. */
export type JsonSchema = Record<string, unknown>;

/**
 * `source` of a regular expression with the `i` flag, rewritten to match the same without flags,
 * since a JSON Schema `pattern` has none: `^a[b-c]$` → `^[aA][b-cB-C]$`. Throws on syntax it
 * does not rewrite safely (named groups, `\p{…}`, `\u…`, `\x…`, letter ranges of mixed case).
 */
export function caseInsensitivePattern(source: string): string {
	if (/\(\?<[^=!]|\\[pPuxkc]/.test(source)) {
		throw new Error(`cannot rewrite /${source}/i for JSON Schema: write the pattern without flags`);
	}
	let pattern = '';
	let inClass = false;
	// The other case of every letter in the current class, appended before its `]`.
	let classExtra = '';
	for (let index = 0; index < source.length; index += 1) {
		const char = source[index]!;
		if (char === '\\') {
			pattern += char + (source[index + 1] ?? '');
			index += 1;
		} else if (inClass) {
			if (char === ']') {
				pattern += `${classExtra}]`;
				inClass = false;
				continue;
			}
			const end = source[index + 2];
			if (source[index + 1] === '-' && end !== undefined && end !== ']') {
				pattern += `${char}-${end}`;
				classExtra += otherCaseRange(char, end);
				index += 2;
			} else {
				pattern += char;
				classExtra += otherCase(char);
			}
		} else if (char === '[') {
			inClass = true;
			classExtra = '';
			pattern += char;
			if (source[index + 1] === '^') {
				pattern += '^';
				index += 1;
			}
		} else {
			const other = otherCase(char);
			pattern += other ? `[${char}${other}]` : char;
		}
	}
	return pattern;
}

/** The letter in the other case, or `''` for a character without one. */
function otherCase(char: string): string {
	const upper = char.toUpperCase();
	if (upper !== char) return upper;
	const lower = char.toLowerCase();
	return lower === char ? '' : lower;
}

/** `A-Z` for `a-z`; `''` for a range without letters (`0-9`). */
function otherCaseRange(start: string, end: string): string {
	const [first, last] = [otherCase(start), otherCase(end)];
	if (!first && !last) return '';
	if (!first || !last || (start === start.toLowerCase()) !== (end === end.toLowerCase())) {
		throw new Error(`cannot rewrite the range ${start}-${end} case-insensitively`);
	}
	return `${first}-${last}`;
}

/** The regular expressions of a zod string schema's `.regex()` checks. */
function regexChecks(schema: z.core.$ZodType): RegExp[] {
	const checks = (schema._zod.def as { checks?: z.core.$ZodCheck[] }).checks ?? [];
	return checks
		.map((check) => (check._zod.def as { pattern?: unknown }).pattern)
		.filter((pattern) => pattern instanceof RegExp);
}

/**
 * Fixes what `z.toJSONSchema` leaves out or adds as noise: a regex flag (JSON Schema patterns
 * have none, so `/\.jpe?g$/i` would refuse `.JPG` that the site accepts), and the bounds of a safe
 * integer (`z.number().int()`), which no editor needs to see.
 */
function adjustForEditors({
	zodSchema,
	jsonSchema,
}: {
	zodSchema: z.core.$ZodType;
	jsonSchema: JsonSchema;
}): void {
	for (const regex of regexChecks(zodSchema)) {
		if (!regex.flags) continue;
		if (regex.flags !== 'i') {
			throw new Error(`/${regex.source}/${regex.flags}: only the i flag can go into JSON Schema`);
		}
		const targets = [jsonSchema, ...((jsonSchema['allOf'] as JsonSchema[] | undefined) ?? [])];
		for (const target of targets)
			if (target['pattern'] === regex.source)
				target['pattern'] = caseInsensitivePattern(regex.source);
	}
	if (jsonSchema['type'] === 'integer') {
		if (jsonSchema['minimum'] === Number.MIN_SAFE_INTEGER) delete jsonSchema['minimum'];
		if (jsonSchema['maximum'] === Number.MAX_SAFE_INTEGER) delete jsonSchema['maximum'];
	}
}

/**
 * The JSON Schema of what an editor writes in one file of the collection: the *input* of the zod
 * schema (`io: 'input'`), so a date is the string it is written as, not the `Date` it becomes,
 * and a field with a default is optional. Draft-07, the newest draft the YAML language server
 * (VS Code's YAML extension) fully supports. Refinements (`refine`, `superRefine`: dates in
 * order, sources that exist) cannot be expressed and stay the build's job; the descriptions come
 * from the schemas' `.describe()`.
 */
export function collectionJsonSchema(collection: ContentCollection): JsonSchema {
	const { $schema, ...schema } = z.toJSONSchema(collection.schema, {
		io: 'input',
		target: 'draft-07',
		unrepresentable: 'throw',
		override: adjustForEditors,
	}) as JsonSchema;
	return {
		$schema,
		$comment: `Generated from src/schemas/ by npm run content:schemas; do not edit by hand.`,
		title: collection.title,
		...schema,
	};
}

/** A file the generator writes: its path from the repository root and its text. */
export interface GeneratedFile {
	path: string;
	content: string;
}

/**
 * The English files of a YAML collection (`content/<folder>/en/`, issue 20) as a collection of
 * their own for the editors' tools: `people-en`, with the translation schema; none for sources.
 */
export function englishCollection(collection: ContentCollection): ContentCollection | undefined {
	if (collection.format !== 'yaml' || !collection.english) return undefined;
	return {
		...collection,
		name: `${collection.name}-en`,
		folder: `${collection.folder}/en`,
		schema: collection.english,
		title: `${collection.title.split(':')[0]!}, английские слова: content/${collection.folder}/en/<id>.yaml`,
	};
}

/** Every collection's JSON Schema as the file `npm run content:schemas` writes, English files' too. */
export function renderSchemaFiles(
	collections: readonly ContentCollection[] = CONTENT_COLLECTIONS,
): GeneratedFile[] {
	return collections
		.flatMap((collection) => [collection, englishCollection(collection) ?? []].flat())
		.map((collection) => ({
			path: schemaPath(collection),
			content: `${JSON.stringify(collectionJsonSchema(collection), null, '\t')}\n`,
		}));
}
