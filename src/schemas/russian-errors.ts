import type { z } from 'astro/zod';
import { wordFor, type RussianForms } from '../format/plural.ts';

/**
 * Russian messages for every issue zod can raise, so that no English reaches an editor. A schema's
 * own message (`{ error: … }`, `ctx.addIssue({ message })`) always wins; these word the rest: a
 * wrong type, a size limit, an enum, a format, an unknown field. zod ships a Russian locale
 * (`z.locales.ru()`), but it leaves zod's type names in English («ожидалось string, получено
 * number», «ожидалось, что array будет иметь >=3 элемента»), so the site words them itself, in
 * the voice of its own messages. `src/schemas/zod.ts` installs the map for every schema.
 */

type RawIssue = z.core.$ZodRawIssue;

/** What an editor reads when a required field is absent. */
export const MISSING_FIELD = 'обязательное поле не заполнено';

/** zod's type names in the editor's words: what a YAML or frontmatter value has to be. */
const EXPECTED: Readonly<Record<string, string>> = Object.freeze({
	string: 'текст',
	number: 'число',
	int: 'целое число',
	bigint: 'целое число',
	boolean: 'true или false',
	date: 'дата',
	array: 'список',
	tuple: 'список',
	set: 'список',
	object: 'набор полей',
	record: 'набор полей',
	map: 'набор полей',
	null: 'пустое значение',
	undefined: 'пустое поле',
	void: 'пустое поле',
	never: 'ничего: это поле лишнее',
	file: 'файл',
	nan: 'особое значение «не число»',
	symbol: 'особое значение',
	function: 'особое значение',
});

const ELEMENTS: RussianForms = ['элемент', 'элемента', 'элементов'];
const ELEMENTS_AFTER_THAN: RussianForms = ['элемента', 'элементов', 'элементов'];
const CHARACTERS: RussianForms = ['знак', 'знака', 'знаков'];
const BYTES: RussianForms = ['байт', 'байта', 'байт'];

/** A value as the editor wrote it: «5», «текст», or what kind of thing it is. */
function describeValue(value: unknown): string {
	if (value === null) return 'пустое значение';
	if (Array.isArray(value)) return 'список';
	if (value instanceof Date) return 'дата';
	if (typeof value === 'object') return 'набор полей';
	if (typeof value === 'string') return `«${value}»`;
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
		return `«${String(value)}»`;
	return 'особое значение';
}

/** `too_small` and `too_big`: how many elements, characters or bytes, or how large a number. */
function sizeMessage(
	origin: string,
	limit: number | bigint,
	side: 'min' | 'max',
	inclusive: boolean,
	exact: boolean,
): string {
	const count = Number(limit);
	const atLeast = side === 'min' ? 'не меньше' : 'не больше';
	const than = side === 'min' ? 'больше' : 'меньше';
	const bound = inclusive ? atLeast : than;
	switch (origin) {
		case 'array':
		case 'set':
			if (exact) return `нужно ровно ${count} ${wordFor(count, ELEMENTS)}`;
			return `нужно ${bound} ${count} ${wordFor(count, ELEMENTS_AFTER_THAN)}`;
		case 'string':
			if (exact) return `нужно ровно ${count} ${wordFor(count, CHARACTERS)}`;
			return side === 'min'
				? `слишком короткое значение (минимум ${String(limit)})`
				: `слишком длинное значение (максимум ${String(limit)})`;
		case 'number':
		case 'int':
		case 'bigint':
			return `число должно быть ${exact ? 'равно' : bound} ${String(limit)}`;
		case 'date':
			return `дата должна быть ${side === 'min' ? 'не раньше' : 'не позже'} ${new Date(count).toISOString()}`;
		case 'file':
			return `размер файла должен быть ${bound} ${count} ${wordFor(count, BYTES)}`;
		default:
			return side === 'min'
				? `слишком маленькое значение (минимум ${String(limit)})`
				: `слишком большое значение (максимум ${String(limit)})`;
	}
}

/** `invalid_format`: the kind of text expected, with an example where one helps. */
function formatMessage(issue: Extract<RawIssue, { code: 'invalid_format' }>): string {
	const value = typeof issue.input === 'string' ? `«${issue.input}»` : 'значение';
	switch (issue.format) {
		case 'url':
			return `${value} — не ссылка; нужен адрес вида https://example.org/…`;
		case 'email':
			return `${value} — не адрес электронной почты`;
		case 'datetime':
			return `${value} — не дата и время; нужна запись вида 2025-03-13T12:00:00+03:00`;
		case 'date':
			return `${value} — не дата; нужна запись вида 2025-03-13`;
		case 'time':
			return `${value} — не время; нужна запись вида 12:00`;
		case 'starts_with':
			return `${value} должно начинаться с «${String(issue['prefix'])}»`;
		case 'ends_with':
			return `${value} должно заканчиваться на «${String(issue['suffix'])}»`;
		case 'includes':
			return `${value} должно содержать «${String(issue['includes'])}»`;
		case 'lowercase':
			return `${value}: нужны строчные буквы`;
		case 'uppercase':
			return `${value}: нужны прописные буквы`;
		default:
			// A pattern (`regex`) or a technical format (uuid, ip, base64 …) that editors never type:
			// zod's names for them would be English.
			return `${value} записано не в том виде, который нужен этому полю`;
	}
}

/** `invalid_union`: the explanation one branch gave, or what matched and what did not. */
function unionMessage(issue: Extract<RawIssue, { code: 'invalid_union' }>): string {
	if (issue.inclusive === false) return 'значение подходит сразу под несколько вариантов: уточните';
	if (issue.discriminator !== undefined && issue.errors.length === 0) {
		const options = issue.options?.map(String) ?? [];
		return options.length > 0
			? `допустимые значения: ${options.join(', ')}`
			: `неизвестное значение поля «${issue.discriminator}»`;
	}
	// No branch matched: the schema's own explanation is the custom issue of one branch.
	const explained = issue.errors.flat().find((nested) => nested.code === 'custom');
	return explained?.message ?? 'значение не подходит ни под один из допустимых видов';
}

/**
 * The Russian message of a zod issue that its schema did not word itself; installed as zod's
 * `localeError` by `src/schemas/zod.ts`.
 */
export const russianErrorMap: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return MISSING_FIELD;
			return `ожидается ${EXPECTED[issue.expected] ?? 'значение другого вида'}, а указано ${describeValue(issue.input)}`;
		case 'invalid_value':
			return issue.values.length === 1
				? `допустимо только значение ${String(issue.values[0])}`
				: `допустимые значения: ${issue.values.map(String).join(', ')}`;
		case 'too_small':
			return sizeMessage(
				issue.origin,
				issue.minimum,
				'min',
				issue.inclusive ?? true,
				issue.exact ?? false,
			);
		case 'too_big':
			return sizeMessage(
				issue.origin,
				issue.maximum,
				'max',
				issue.inclusive ?? true,
				issue.exact ?? false,
			);
		case 'invalid_format':
			return formatMessage(issue);
		case 'not_multiple_of':
			return `нужно число, кратное ${String(issue.divisor)}`;
		case 'unrecognized_keys': {
			const keys = issue.keys.map((key) => `«${key}»`).join(', ');
			const noun = issue.keys.length === 1 ? 'неизвестное поле' : 'неизвестные поля';
			return `${noun} ${keys}: проверьте написание (список полей — в README)`;
		}
		case 'invalid_union':
			return unionMessage(issue);
		case 'invalid_key':
			// A record reports the key itself; a map (never written in YAML) the whole map.
			return issue.origin === 'record'
				? `${describeValue(issue.input)} не годится как имя поля${nestedReason(issue.issues)}`
				: `неверный ключ${nestedReason(issue.issues)}`;
		case 'invalid_element':
			return `неверное значение в наборе${nestedReason(issue.issues)}`;
		default:
			// `custom`: a refinement that gave no message of its own.
			return 'неверное значение';
	}
};

/** `: <reason>` from the first nested issue, already worded by this map. */
function nestedReason(issues: readonly z.core.$ZodIssue[]): string {
	const first = issues[0];
	return first ? `: ${first.message}` : '';
}
