import { z as astroZod } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { SiteSchema } from '../../../src/site.ts';
import { ARTICLE_KINDS, ArticleSchema, LANGUAGES } from '../../../src/schemas/article.ts';
import { CHART_KINDS, ChartSchema, VALUE_QUALIFIERS } from '../../../src/schemas/chart.ts';
import { ID_PATTERN } from '../../../src/schemas/common.ts';
import { FactBoxSchema } from '../../../src/schemas/fact-box.ts';
import { PartialDateSchema } from '../../../src/schemas/partial-date.ts';
import { PersonSchema } from '../../../src/schemas/person.ts';
import { MISSING_FIELD } from '../../../src/schemas/russian-errors.ts';
import { SOURCE_KINDS, SourceSchema, UNDATED } from '../../../src/schemas/source.ts';
import { TermSchema } from '../../../src/schemas/term.ts';
import { TIME_QUALIFIERS, TimelineSchema } from '../../../src/schemas/timeline.ts';
import { TopicSchema } from '../../../src/schemas/topic.ts';
import { z } from '../../../src/schemas/zod.ts';

/** The issues zod reports for `input`. */
function issuesOf(schema: z.ZodType, input: unknown): z.core.$ZodIssue[] {
	const result = schema.safeParse(input);
	if (result.success) throw new Error(`test data: expected ${JSON.stringify(input)} to be refused`);
	return result.error.issues;
}

/** The message of the only issue. */
function messageOf(schema: z.ZodType, input: unknown): string {
	const issues = issuesOf(schema, input);
	expect(issues).toHaveLength(1);
	return issues[0]!.message;
}

/** Every key and every string in a value, at any depth: the editor's own field names and values. */
function wordsOf(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(wordsOf);
	if (value !== null && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) => [key, ...wordsOf(item)]);
	return [];
}

/**
 * Names that are neither field names nor values but may stand in a message as they are: the file
 * that lists the fields, and the name of the markup an editor is told to leave out.
 */
const PROPER_NAMES = ['README', 'HTML'];

/**
 * The Latin words of a message that are not field names, ids or values: what zod's English would
 * leave behind («Invalid input: expected string», or «ожидалось string» from zod's own Russian
 * locale). A quoted part («…») is the editor's value; a token with digits, slashes, colons, dots,
 * underscores or braces is a value written as an example (`https://…`, `2025-03-13`, `{#id}`,
 * `utm_source`), and so is a Latin kebab-case id (`union-state`).
 */
function foreignWords(message: string, allowed: ReadonlySet<string>): string[] {
	return message
		.replace(/«[^»]*»/g, ' ')
		.split(/[\s,;()]+/)
		.map((token) => token.replace(/^[:.!?…"']+|[:.!?…"']+$/g, ''))
		.filter((token) => /[a-z]/i.test(token) && !/[\d/:.#{}=@_]/.test(token))
		.filter((token) => !(token.includes('-') && ID_PATTERN.test(token)))
		.flatMap((token) => token.split('-'))
		.filter((word) => /[a-z]/i.test(word) && !allowed.has(word));
}

describe('the schemas’ zod', () => {
	test('is Astro’s zod, so the build, the loaders, the plugins and the tests share one', () => {
		expect(z).toBe(astroZod);
	});
});

describe('russianErrorMap', () => {
	const person = z.strictObject({ name: z.string(), age: z.number(), draft: z.boolean() });
	const valid = { name: 'Имя', age: 3, draft: false };

	test('says a required field is empty when it is missing', () => {
		expect(messageOf(person, { age: 3, draft: false })).toBe(MISSING_FIELD);
	});

	test.each([
		[{ ...valid, name: 5 }, 'ожидается текст, а указано «5»'],
		[{ ...valid, name: null }, 'ожидается текст, а указано пустое значение'],
		[{ ...valid, name: ['a'] }, 'ожидается текст, а указано список'],
		[{ ...valid, name: { first: 'a' } }, 'ожидается текст, а указано набор полей'],
		[{ ...valid, age: 'три' }, 'ожидается число, а указано «три»'],
		[{ ...valid, age: Number.NaN }, 'ожидается число, а указано «NaN»'],
		[{ ...valid, draft: 'yes' }, 'ожидается true или false, а указано «yes»'],
	])('names the expected and the given type in Russian for %j', (input, expected) => {
		expect(messageOf(person, input)).toBe(expected);
	});

	test("prefers the schema's own message for a wrong type", () => {
		const schema = z.object({ kind: z.string({ error: 'нужен вид материала' }) });

		expect(messageOf(schema, { kind: 5 })).toBe('нужен вид материала');
	});

	test('lists the allowed values of an enum, or names the only one of a literal', () => {
		expect(messageOf(z.enum(['news', 'qa']), 'blog')).toBe('допустимые значения: news, qa');
		expect(messageOf(z.literal('ru'), 'en')).toBe('допустимо только значение ru');
	});

	test("prefers the schema's own message for an enum", () => {
		const schema = z.object({ kind: z.enum(['news', 'qa'], { error: 'kind: news или qa' }) });

		expect(messageOf(schema, { kind: 'blog' })).toBe('kind: news или qa');
	});

	test.each([
		[z.array(z.string()).min(3), ['a'], 'нужно не меньше 3 элементов'],
		[z.array(z.string()).min(1), [], 'нужно не меньше 1 элемента'],
		[z.array(z.string()).max(2), ['a', 'b', 'c'], 'нужно не больше 2 элементов'],
		[z.array(z.string()).length(2), ['a'], 'нужно ровно 2 элемента'],
		[z.string().min(2), 'a', 'слишком короткое значение (минимум 2)'],
		[z.string().max(2), 'abc', 'слишком длинное значение (максимум 2)'],
		[z.string().length(5), 'abc', 'нужно ровно 5 знаков'],
		[z.number().min(1), 0, 'число должно быть не меньше 1'],
		[z.number().positive(), 0, 'число должно быть больше 0'],
		[z.number().lt(10), 10, 'число должно быть меньше 10'],
		[z.number().multipleOf(5), 7, 'нужно число, кратное 5'],
		[
			z.date().min(new Date('2025-03-13T00:00:00Z')),
			new Date('2025-03-12T00:00:00Z'),
			'дата должна быть не раньше 2025-03-13T00:00:00.000Z',
		],
	])('describes a limit in Russian (%#)', (schema, input, expected) => {
		expect(messageOf(schema, input)).toBe(expected);
	});

	test("prefers the schema's own message for size limits", () => {
		const small = z.array(z.string()).min(3, { error: 'нужно три пункта' });
		const big = z.string().max(2, { error: 'слишком длинно' });

		expect(messageOf(small, [])).toBe('нужно три пункта');
		expect(messageOf(big, 'abc')).toBe('слишком длинно');
	});

	test.each([
		[z.url(), 'не ссылка', '«не ссылка» — не ссылка; нужен адрес вида https://example.org/…'],
		[z.email(), 'редакция', '«редакция» — не адрес электронной почты'],
		[
			z.iso.datetime({ offset: true }),
			'вчера',
			'«вчера» — не дата и время; нужна запись вида 2025-03-13T12:00:00+03:00',
		],
		[z.iso.date(), '13.03.2025', '«13.03.2025» — не дата; нужна запись вида 2025-03-13'],
		[z.string().startsWith('https://'), 'ftp://x', '«ftp://x» должно начинаться с «https://»'],
		[z.string().regex(/^\d+$/), 'abc', '«abc» записано не в том виде, который нужен этому полю'],
	])('describes a malformed text in Russian (%#)', (schema, input, expected) => {
		expect(messageOf(schema, input)).toBe(expected);
	});

	test('names unknown fields and points to the README', () => {
		expect(messageOf(person, { ...valid, titel: 'x' })).toBe(
			'неизвестное поле «titel»: проверьте написание (список полей — в README)',
		);
		expect(messageOf(person, { ...valid, titel: 'x', extra: 1 })).toBe(
			'неизвестные поля «titel», «extra»: проверьте написание (список полей — в README)',
		);
	});

	test('gives the explanation of the branch of a union that explains itself', () => {
		const schema = z.union([
			z.literal('undated'),
			z.string().refine((value) => /^\d{4}$/.test(value), { error: 'нужен год, например 1996' }),
		]);

		expect(messageOf(schema, '96')).toBe('нужен год, например 1996');
	});

	test('says when no branch of a union fits, and when the kind of a discriminated union is unknown', () => {
		const either = z.union([z.number(), z.boolean()]);
		const chart = z.discriminatedUnion('kind', [
			z.object({ kind: z.literal('values') }),
			z.object({ kind: z.literal('dates') }),
		]);

		expect(messageOf(either, 'x')).toBe('значение не подходит ни под один из допустимых видов');
		expect(issuesOf(chart, { kind: 'pie' })[0]).toMatchObject({
			path: ['kind'],
			message: 'допустимые значения: values, dates',
		});
	});

	test('passes a refinement’s own message through, and words one without', () => {
		const own = z.string().refine((value) => value.startsWith('https://'), {
			error: 'нужна ссылка https://',
		});
		const bare = z.string().refine((value) => value !== 'x');

		expect(messageOf(own, 'http://x')).toBe('нужна ссылка https://');
		expect(messageOf(bare, 'x')).toBe('неверное значение');
	});
});

describe('every message zod can give', () => {
	/**
	 * A wrong input for every issue zod raises, each under a field (`value`, or the schema's own),
	 * with the enum options and literals a message may list as values.
	 */
	const CASES: [string, z.ZodType, unknown, string[]][] = [
		['a missing field', z.strictObject({ value: z.string() }), {}, []],
		['text instead of a number', z.number(), 'много', []],
		['a fraction for an integer', z.int(), 1.5, []],
		['a bigint', z.bigint(), 5, []],
		['a symbol', z.symbol(), 'x', []],
		['null', z.null(), 0, []],
		['a value where none may be', z.undefined(), 'x', []],
		['never', z.never(), 'x', []],
		['NaN', z.nan(), 5, []],
		['a date', z.date(), 'вчера', []],
		['an invalid Date', z.date(), new Date('не дата'), []],
		['a list', z.array(z.string()), 'x', []],
		['a tuple', z.tuple([z.string(), z.number()]), ['x'], []],
		['a set', z.set(z.string()), ['x'], []],
		['a map', z.map(z.string(), z.string()), {}, []],
		['a record', z.record(z.string(), z.number()), [], []],
		['an object', z.strictObject({ value: z.string() }), 'x', []],
		['a file', z.file(), 'x', []],
		['a function', z.function(), 'x', []],
		['a non-optional value', z.string().optional().nonoptional(), undefined, []],
		['an enum', z.enum(['news', 'qa']), 'blog', ['news', 'qa']],
		['a literal', z.literal('ru'), 'en', ['ru']],
		['several literals', z.literal(['ru', 'be']), 'en', ['ru', 'be']],
		['too few list items', z.array(z.string()).min(3), ['x'], []],
		['too many list items', z.array(z.string()).max(1), ['x', 'y'], []],
		['an exact list length', z.array(z.string()).length(2), ['x'], []],
		['too few set items', z.set(z.string()).min(2), new Set(['x']), []],
		['too short a text', z.string().min(3), 'x', []],
		['too long a text', z.string().max(3), 'xxxxx', []],
		['an exact text length', z.string().length(2), 'x', []],
		['too small a number', z.number().min(0), -1, []],
		['too large a number', z.number().max(10), 11, []],
		['a non-positive number', z.number().positive(), 0, []],
		['too large a bigint', z.bigint().max(10n), 11n, []],
		['too early a date', z.date().min(new Date(0)), new Date(-1), []],
		['too late a date', z.date().max(new Date(0)), new Date(1), []],
		['too small a file', z.file().min(10), new File(['x'], 'a.txt'), []],
		['a number not a multiple', z.number().multipleOf(5), 7, []],
		['an unsafe integer', z.int(), 2 ** 60, []],
		['an infinite number', z.number(), Infinity, []],
		['a URL', z.url(), 'не ссылка', []],
		['an https URL', z.url({ protocol: /^https$/ }), 'http://example.org/', []],
		['an email', z.email(), 'x', []],
		['a date-time', z.iso.datetime(), 'x', []],
		['a date', z.iso.date(), 'x', []],
		['a time', z.iso.time(), 'x', []],
		['a duration', z.iso.duration(), 'x', []],
		['a UUID', z.uuid(), 'x', []],
		['an IPv4 address', z.ipv4(), 'x', []],
		['base64', z.base64(), '***', []],
		['a JWT', z.jwt(), 'x', []],
		['an E.164 number', z.e164(), 'x', []],
		['a pattern', z.string().regex(/^\d+$/), 'x', []],
		['a prefix', z.string().startsWith('ab'), 'x', ['ab']],
		['a suffix', z.string().endsWith('ab'), 'x', ['ab']],
		['an infix', z.string().includes('ab'), 'x', ['ab']],
		['lower case', z.string().lowercase(), 'X', []],
		['upper case', z.string().uppercase(), 'x', []],
		['an unknown field', z.strictObject({ value: z.string() }), { value: 'x', titel: 'y' }, []],
		['no branch of a union', z.union([z.number(), z.boolean()]), 'x', []],
		['more than one branch of an exclusive union', z.xor([z.string(), z.string()]), 'x', []],
		[
			'an unknown kind of a discriminated union',
			z.discriminatedUnion('kind', [
				z.strictObject({ kind: z.literal('values') }),
				z.strictObject({ kind: z.literal('dates') }),
			]),
			{ kind: 'pie' },
			['values', 'dates'],
		],
		['a bad key of a record', z.record(z.string().min(3), z.number()), { ab: 1 }, []],
		['a bad element of a set', z.set(z.number()), new Set(['x']), []],
		['a bad value of a map', z.map(z.string(), z.number()), new Map([['a', 'x']]), []],
		['a bad key of a map', z.map(z.object({ id: z.string() }), z.number()), new Map([[{}, 1]]), []],
		[
			'a bad value under an object key of a map',
			z.map(z.object({}), z.number()),
			new Map([[{}, 'x']]),
			[],
		],
		['a refinement without a message', z.string().refine((value) => value !== 'x'), 'x', []],
		['a custom check', z.custom<string>((value) => typeof value === 'string'), 5, []],
	];

	test.each(CASES)('are Russian for %s', (_, schema, input, values) => {
		const allowed = new Set([...wordsOf(input), ...values, 'value', 'kind', ...PROPER_NAMES]);

		const messages = issuesOf(schema, input).map((issue) => issue.message);

		expect(messages.length).toBeGreaterThan(0);
		for (const message of messages) expect(foreignWords(message, allowed), message).toEqual([]);
	});

	test('cover every kind of issue zod has', () => {
		const codes = new Set(
			CASES.flatMap(([, schema, input]) => issuesOf(schema, input)).map((issue) => issue.code),
		);

		expect([...codes].sort()).toEqual([
			'custom',
			'invalid_element',
			'invalid_format',
			'invalid_key',
			'invalid_type',
			'invalid_union',
			'invalid_value',
			'not_multiple_of',
			'too_big',
			'too_small',
			'unrecognized_keys',
		]);
	});

	test('find the English of zod’s own messages', () => {
		const allowed = new Set(['x']);

		expect(foreignWords('Invalid input: expected string, received number', allowed)).toEqual([
			'Invalid',
			'input',
			'expected',
			'string',
			'received',
			'number',
		]);
		expect(foreignWords('Неверный ввод: ожидалось string, получено undefined', allowed)).toEqual([
			'string',
			'undefined',
		]);
		expect(
			foreignWords('«x» — не ссылка; нужен адрес вида https://example.org/…', allowed),
		).toEqual([]);
	});
});

describe('the site’s schemas, given every kind of wrong input', () => {
	/** A valid sample of every schema, with every optional field filled in. */
	const SAMPLES: [string, z.ZodType, Record<string, unknown>][] = [
		[
			'an article',
			ArticleSchema,
			{
				title: 'Заголовок',
				dek: 'Подзаголовок.',
				kind: 'news',
				lang: 'ru',
				byline: 'Редакция',
				published: '2025-03-13T12:00:00+03:00',
				updated: '2025-03-14T10:00:00+03:00',
				updates: [{ at: '2025-03-14T09:30:00+03:00', note: 'Исправлено.', correction: true }],
				keyPoints: ['Первое.', 'Второе.', 'Третье.'],
				topics: ['union-state'],
				people: ['putin'],
				sources: ['kremlin'],
				hero: { src: './images/a.jpg', alt: 'Описание', caption: 'Подпись', credit: 'Автор' },
				draft: false,
			},
		],
		[
			'a timeline',
			TimelineSchema,
			{
				title: 'Хроника',
				description: 'Описание.',
				events: [
					{
						id: 'landing',
						date: '2025-03-13T10:00+03:00',
						qualifier: 'about',
						title: 'Посадка',
						text: 'Текст.',
						caveat: 'Оговорка.',
						sources: ['kremlin'],
						people: ['putin'],
					},
					{
						id: 'talks',
						date: '2025-03-14',
						end: '2025-03-15',
						period: 'утро',
						title: 'Переговоры',
						sources: ['kremlin'],
					},
				],
			},
		],
		['a person', PersonSchema, { name: 'Имя', role: 'Роль', description: 'Описание.' }],
		[
			'a source',
			SourceSchema,
			{
				publisher: 'Агентство',
				title: 'Заголовок',
				date: '2025-03-13',
				kind: 'state-media',
				lang: 'en',
				url: 'https://example.org/news',
			},
		],
		['a glossary term', TermSchema, { term: 'Термин', definition: 'Определение.' }],
		['a topic', TopicSchema, { title: 'Тема', description: 'Описание.' }],
		[
			'a chart of values',
			ChartSchema,
			{
				kind: 'values',
				title: 'Диаграмма',
				description: 'Описание.',
				note: 'Оговорка.',
				unit: 'млрд долларов',
				suffix: 'млрд $',
				decimals: 1,
				bars: [
					{
						label: 'Значение',
						basis: 'Основа',
						note: 'Оговорка',
						value: 5,
						qualifier: 'about',
						sources: ['kremlin'],
					},
				],
			},
		],
		[
			'a chart of dates',
			ChartSchema,
			{
				kind: 'dates',
				title: 'Диаграмма',
				description: 'Описание.',
				bars: [
					{ label: 'Начало', date: '2024-12-06', sources: ['kremlin'] },
					{ label: 'Конец', date: '2025-03-13', sources: ['kremlin'] },
				],
			},
		],
		[
			'a fact box',
			FactBoxSchema,
			{
				id: 'trade',
				title: 'Торговля',
				items: [{ value: '50', text: 'млрд', sources: ['kremlin'] }],
			},
		],
		[
			'the site',
			SiteSchema,
			{
				title: 'Разбор',
				description: 'Описание.',
				lang: 'ru',
				ogLocale: 'ru_RU',
				timeZone: 'Europe/Moscow',
				timeZoneLabel: 'МСК',
				url: 'https://razbor.example',
				contactEmail: 'editors@razbor.example',
			},
		],
		['a partial date', z.strictObject({ date: PartialDateSchema }), { date: '1996-04' }],
	];

	/** Values of every kind an editor might put in the wrong place. */
	const WRONG: readonly unknown[] = [
		undefined,
		null,
		5,
		-1,
		1.5,
		true,
		'',
		'   ',
		'x',
		'x'.repeat(400),
		'<b>жирный</b>',
		'javascript:alert(1)',
		'http://example.org/',
		'https://example.org/?utm_source=x',
		'2025-13-45',
		'2025-03-13T12:00:00',
		'вчера',
		'Bad_Id',
		[],
		['x'],
		[5],
		{},
		{ titel: 'x' },
	];

	/** `sample` with the value at `path` replaced (a field removed, for `undefined`). */
	function withValue(sample: unknown, path: readonly PropertyKey[], value: unknown): unknown {
		const [key, ...rest] = path;
		if (key === undefined) return value;
		const replaced = withValue((sample as Record<PropertyKey, unknown>)[key], rest, value);
		if (Array.isArray(sample))
			return sample.map((item: unknown, index) => (index === key ? replaced : item));
		const entries = Object.entries(sample as object).filter(([name]) => name !== key);
		return Object.fromEntries(replaced === undefined ? entries : [...entries, [key, replaced]]);
	}

	/** Every path inside a value, the value itself first. */
	function pathsOf(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
		if (value === null || typeof value !== 'object') return [path];
		return [
			path,
			...Object.entries(value).flatMap(([key, item]) =>
				pathsOf(item, [...path, Array.isArray(value) ? Number(key) : key]),
			),
		];
	}

	/** Every wrong input made from a sample: each wrong value at each path, an unknown field in each object, each list too long. */
	function wrongInputs(sample: Record<string, unknown>): unknown[] {
		return pathsOf(sample).flatMap((path) => {
			const here = path.reduce<unknown>(
				(node, key) => (node as Record<PropertyKey, unknown>)[key],
				sample,
			);
			const extra: unknown[] = [];
			if (Array.isArray(here)) {
				const items: unknown[] = here;
				extra.push(Array.from({ length: 20 }, () => items[0]));
			} else if (here !== null && typeof here === 'object') extra.push({ ...here, titel: 'x' });
			return [...WRONG, ...extra].map((value) => withValue(sample, path, value));
		});
	}

	/** Enum options and literals the messages may list as values. */
	const VALUES = [
		...ARTICLE_KINDS,
		...LANGUAGES,
		...CHART_KINDS,
		...VALUE_QUALIFIERS,
		...SOURCE_KINDS,
		...TIME_QUALIFIERS,
		UNDATED,
		'true',
		'false',
	];

	/** Every issue of every wrong input made from `sample`. */
	function issuesOfWrongInputs(schema: z.ZodType, sample: Record<string, unknown>) {
		return wrongInputs(sample).flatMap((input) => {
			const result = schema.safeParse(input);
			return result.success ? [] : result.error.issues;
		});
	}

	test.each(SAMPLES)('word every problem of %s in Russian', (_, schema, sample) => {
		expect(schema.safeParse(sample).success, 'the sample itself is valid').toBe(true);
		const allowed = new Set([
			...SAMPLES.flatMap(([, , other]) => wordsOf(other)),
			...wordsOf(WRONG),
			...VALUES,
			...PROPER_NAMES,
		]);

		const messages = issuesOfWrongInputs(schema, sample).map((issue) => issue.message);

		expect(messages.length).toBeGreaterThan(0);
		const foreign = [...new Set(messages)].filter(
			(message) => foreignWords(message, allowed).length > 0,
		);
		expect(foreign).toEqual([]);
	});

	test('meet every kind of problem an editor can make', () => {
		const codes = new Set(
			SAMPLES.flatMap(([, schema, sample]) => issuesOfWrongInputs(schema, sample)).map(
				(issue) => issue.code,
			),
		);

		// Wrong type or missing, too short or long, not in the list, a bad date (custom, from the
		// date schemas' transforms), an unknown field, a bad URL (a refinement: custom), a date
		// that is neither a string nor a year (union).
		expect([...codes].sort()).toEqual([
			'custom',
			'invalid_format',
			'invalid_type',
			'invalid_union',
			'invalid_value',
			'too_big',
			'too_small',
			'unrecognized_keys',
		]);
	});
});
