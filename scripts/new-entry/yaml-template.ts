import { z } from '../../src/schemas/zod.ts';

/** What a template writes for one field. */
export type FieldSample =
	/** A YAML value written as it is after `key: `, e.g. `news`, `[]`, `2025-03-13`. */
	| string
	/** A block list of plain items, one `- item` a line. */
	| { readonly list: readonly string[] }
	/** A nested set of fields, each with its own sample. */
	| { readonly fields: FieldSamples }
	/** A list holding one item with fields: an example to copy for more. */
	| { readonly item: FieldSamples }
	/** An optional field, written commented out: the editor uncomments it when needed. */
	| { readonly optional: FieldSample };

/** Samples of an object's fields, in the order the template writes them. */
export type FieldSamples = Readonly<Record<string, FieldSample>>;

/** Widest comment line, indentation included. */
const COMMENT_WIDTH = 100;

/** Indentation of one YAML level. */
const STEP = '  ';

/** The object schema inside optional, default and array wrappers, or `undefined`. */
function objectInside(schema: z.ZodType): z.ZodObject | undefined {
	if (schema instanceof z.ZodObject) return schema;
	if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
		return objectInside(schema.unwrap() as z.ZodType);
	if (schema instanceof z.ZodArray) return objectInside(schema.element as z.ZodType);
	return undefined;
}

/** `text` as `# …` lines of at most {@link COMMENT_WIDTH} characters, broken at spaces. */
export function commentLines(text: string, indent: string): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && indent.length + 2 + line.length + 1 + word.length > COMMENT_WIDTH) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines.map((comment) => `${indent}# ${comment}`);
}

/** The description a field's schema carries (`.describe()`); a field without one is a bug. */
function descriptionOf(schema: z.ZodType, key: string): string {
	const description = schema.description;
	if (!description) throw new Error(`the field ${key} has no .describe() in its schema`);
	return description;
}

/** The fields of `schema` the samples name, checked to be exactly the schema's fields. */
function fieldsOf(schema: z.ZodObject, samples: FieldSamples): [string, z.ZodType, FieldSample][] {
	const shape = schema.shape as Record<string, z.ZodType>;
	const missing = Object.keys(shape).filter((key) => !(key in samples));
	const unknown = Object.keys(samples).filter((key) => !(key in shape));
	if (missing.length > 0 || unknown.length > 0) {
		throw new Error(
			`template samples do not match the schema: missing ${missing.join(', ') || '—'}, unknown ${unknown.join(', ') || '—'}`,
		);
	}
	return Object.entries(samples).map(([key, sample]) => [key, shape[key]!, sample]);
}

/**
 * YAML lines for the fields of `schema`, each after a comment with its description. Commented
 * out (`commented`), nested descriptions go into one comment above the code instead, so that
 * uncommenting the code lines gives valid YAML.
 */
export function renderFields(
	schema: z.ZodObject,
	samples: FieldSamples,
	indent = '',
	commented = false,
): string[] {
	return fieldsOf(schema, samples).flatMap(([key, field, sample]) => {
		const optional = typeof sample === 'object' && 'optional' in sample;
		const isCommented = commented || optional;
		return [
			...(commented ? [] : commentLines(descriptionOf(field, key), indent)),
			...(isCommented && !commented ? nestedDescriptions(field, sample, indent) : []),
			...renderField(key, field, optional ? sample.optional : sample, indent, isCommented),
		];
	});
}

/** For a commented-out nested field: `key — description` comments of the fields inside. */
function nestedDescriptions(field: z.ZodType, sample: FieldSample, indent: string): string[] {
	const inner = typeof sample === 'object' && 'optional' in sample ? sample.optional : sample;
	if (typeof inner !== 'object' || !('fields' in inner || 'item' in inner)) return [];
	const object = objectInside(field);
	if (!object) return [];
	const samples = 'fields' in inner ? inner.fields : inner.item;
	return fieldsOf(object, samples).flatMap(([key, nested]) =>
		commentLines(`${key} — ${descriptionOf(nested, key)}`, indent),
	);
}

/** The code lines of one field. */
function renderField(
	key: string,
	field: z.ZodType,
	sample: FieldSample,
	indent: string,
	commented: boolean,
): string[] {
	const mark = commented ? '# ' : '';
	if (typeof sample === 'string') return [`${indent}${mark}${key}: ${sample}`];
	if ('optional' in sample) return renderField(key, field, sample.optional, indent, true);
	if ('list' in sample)
		return [
			`${indent}${mark}${key}:`,
			...sample.list.map((item) => `${indent}${mark}${STEP}- ${item}`),
		];
	const object = objectInside(field);
	if (!object) throw new Error(`the field ${key} holds no set of fields`);
	if ('fields' in sample) {
		const lines = renderFields(object, sample.fields, indent + STEP, commented);
		return [
			`${indent}${mark}${key}:`,
			// Commented out, the `#` of every line stands where the block's own `#` does.
			...(commented
				? lines.map((line) => `${indent}# ${line.slice(indent.length).replace('# ', '')}`)
				: lines),
		];
	}
	// A list item: its fields two levels in, the first one after `- `; the comments before
	// that first field stand at the level of the dash.
	const [firstSample] = Object.values(sample.item);
	if (typeof firstSample === 'object' && 'optional' in firstSample)
		throw new Error(`the first field of a ${key} item carries the dash: it cannot be optional`);
	const itemIndent = indent + STEP + STEP;
	const lines = renderFields(object, sample.item, itemIndent, commented);
	const first = lines.findIndex((line) => !line.slice(itemIndent.length).startsWith('# '));
	const withDash = lines.map((line, index) => {
		if (index < first) return indent + STEP + line.slice(itemIndent.length);
		if (index === first) return `${indent + STEP}- ${line.slice(itemIndent.length)}`;
		return line;
	});
	if (commented) {
		// Commented out, every line starts with `# `; the dash goes after it.
		const body = lines.map((line) => line.slice(itemIndent.length + 2));
		return [
			`${indent}# ${key}:`,
			...body.map((line, index) => `${indent}# ${STEP}${index === 0 ? '- ' : STEP}${line}`),
		];
	}
	return [`${indent}${key}:`, ...withDash];
}
