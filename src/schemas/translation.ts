import { z } from './zod.ts';
import { typographText, type TypographyLanguage } from '../format/typography.ts';
import { DISPLAY_TYPESETTERS } from './common.ts';

/**
 * Languages a translation may be written in: a translation of `content/<collection>/<id>.<ext>`
 * is `content/<collection>/<lang>/<id>.<ext>` (issue 20). Russian is the original's language.
 */
export const TRANSLATION_LANGUAGES = ['en'] as const;

/** A language of {@link TRANSLATION_LANGUAGES}. */
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** The parts of a zod definition the walkers below read and rebuild. */
interface Definition {
	type: string;
	shape?: Record<string, z.ZodType>;
	innerType?: z.ZodType;
	element?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
	options?: readonly z.ZodType[];
	checks?: unknown[];
}

const definition = (schema: z.ZodType): Definition =>
	(schema as unknown as { _zod: { def: Definition } })._zod.def;

/**
 * `derived` with the metadata of `schema` (its description for the editors' JSON Schema), which
 * a new instance does not inherit.
 */
function withMeta<S extends z.ZodType>(schema: z.ZodType, derived: S): S {
	const meta = z.globalRegistry.get(schema);
	if (meta && !z.globalRegistry.has(derived)) z.globalRegistry.add(derived, meta);
	return derived;
}

/** A new instance of `schema`'s class with `changes` to its definition (zod's own `clone`). */
const rebuilt = <S extends z.ZodType>(schema: S, changes: Partial<Definition>): S =>
	withMeta(
		schema,
		(schema as unknown as { clone(def: object): S }).clone({ ...definition(schema), ...changes }),
	);

/** Whether `schema` is a display text of src/schemas/common.ts (`displayText`): text then typesetting. */
function isDisplayText(schema: z.ZodType): boolean {
	const def = definition(schema);
	return def.type === 'pipe' && def.out !== undefined && DISPLAY_TYPESETTERS.has(def.out);
}

/** The display text `schema` with its text checks kept and the typography of `lang`. */
function displayTextIn(schema: z.ZodType, lang: TypographyLanguage): z.ZodType {
	return rebuilt(schema, { out: z.transform((value: string) => typographText(value, lang)) });
}

/**
 * `schema` with every display text set in the typography of `lang` instead of the Russian one,
 * and nothing else changed: the same fields, checks, defaults and messages. An English article is
 * read with `typesetIn(ArticleSchema, 'en')`.
 */
export function typesetIn<S extends z.ZodType>(schema: S, lang: TypographyLanguage): S {
	const def = definition(schema);
	if (isDisplayText(schema)) return displayTextIn(schema, lang) as S;
	switch (def.type) {
		case 'object':
			return rebuilt(schema, {
				shape: Object.fromEntries(
					Object.entries(def.shape ?? {}).map(([key, field]) => [key, typesetIn(field, lang)]),
				),
			});
		case 'optional':
		case 'default':
		case 'prefault':
		case 'nullable':
			return rebuilt(schema, { innerType: typesetIn(def.innerType!, lang) });
		case 'array':
			return rebuilt(schema, { element: typesetIn(def.element!, lang) });
		case 'union':
			return rebuilt(schema, { options: def.options!.map((option) => typesetIn(option, lang)) });
		default:
			return schema;
	}
}

/** The words of one field's schema, or `undefined` when the field holds none. */
function words(schema: z.ZodType, lang: TypographyLanguage): z.ZodType | undefined {
	const result = wordsOnly(schema, lang);
	return result && withMeta(schema, result);
}

/** {@link words} without the metadata. */
function wordsOnly(schema: z.ZodType, lang: TypographyLanguage): z.ZodType | undefined {
	const def = definition(schema);
	if (isDisplayText(schema)) return displayTextIn(schema, lang);
	switch (def.type) {
		case 'object': {
			const shape = Object.entries(def.shape ?? {}).flatMap(([key, field]) => {
				const inner = words(field, lang);
				return inner ? [[key, inner] as const] : [];
			});
			if (shape.length === 0) return undefined;
			// An item of a list with an id (a timeline's event) repeats it, to be matched by it.
			const id = def.shape?.['id'];
			return z.strictObject(Object.fromEntries(id ? [['id', id], ...shape] : shape));
		}
		case 'optional':
		case 'default':
		case 'prefault': {
			// A field the original may leave out: the translation has it where the original has it,
			// which the comparison with the original checks (src/model/translations.ts).
			const inner = words(def.innerType!, lang);
			return inner && definition(inner).type !== 'optional' ? inner.optional() : inner;
		}
		case 'array': {
			// Lengths are the original's, so the comparison checks them, not the schema.
			const inner = words(def.element!, lang);
			return inner ? z.array(inner) : undefined;
		}
		case 'union':
			return mergedOptions(def.options!, lang);
		default:
			// Ids, dates, numbers, choices, lists of ids, and texts quoted as written: shared data,
			// written once in the original.
			return undefined;
	}
}

/**
 * The words of a union of objects (a chart of values or of dates): every word field of any option,
 * optional where some option lacks it or leaves it out; the comparison with the original says
 * which ones its option has.
 */
function mergedOptions(
	options: readonly z.ZodType[],
	lang: TypographyLanguage,
): z.ZodType | undefined {
	const shapes = options.map((option) => {
		const merged = words(option, lang);
		return merged ? (definition(merged).shape ?? {}) : {};
	});
	const keys = [...new Set(shapes.flatMap((shape) => Object.keys(shape)))];
	if (keys.length === 0) return undefined;
	return z.strictObject(
		Object.fromEntries(
			keys.map((key) => {
				const fields = shapes.map((shape) => shape[key]);
				const first = fields.find((field) => field !== undefined)!;
				const everywhere = fields.every(
					(field) => field !== undefined && definition(field).type !== 'optional',
				);
				return [
					key,
					everywhere || definition(first).type === 'optional' ? first : first.optional(),
				];
			}),
		),
	);
}

/**
 * The schema of a translation of an entry validated by `schema` (issue 20): only its display
 * texts (the fields built with `displayText`, src/schemas/common.ts), set in the typography of
 * `lang`, in objects as strict as the original's, so an unknown field is refused and the nearest
 * known one suggested. Items of a list that have an `id` (a timeline's events) repeat it, so each
 * text is matched with its original. Ids, dates, numbers and lists of sources stay in the
 * original's file, written once.
 */
export function translationSchema(
	schema: z.ZodType,
	lang: TranslationLanguage = 'en',
): z.ZodType<Record<string, unknown>> {
	const result = words(schema, lang);
	if (!result) throw new Error('a schema without display texts has no translation');
	return result as z.ZodType<Record<string, unknown>>;
}
