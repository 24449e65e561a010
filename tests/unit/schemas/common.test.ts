import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
	DateTimeSchema,
	DisplayTextSchema,
	IdListSchema,
	IdSchema,
	TextSchema,
	WebUrlSchema,
	displayText,
	implausibleYear,
} from '../../../src/schemas/common.ts';

/** Path and message of every issue zod reports for `input`. */
function issuesOf(schema: z.ZodType, input: unknown): { path: PropertyKey[]; message: string }[] {
	const result = schema.safeParse(input, { reportInput: true });
	return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('IdSchema', () => {
	test.each(['union-state', 'putin', 'visit-2025', '1999'])('accepts %j', (id) => {
		expect(IdSchema.parse(id)).toBe(id);
	});

	test.each(['Union-State', 'union_state', 'union--state', '-union', 'union-', 'союз', 'a b', ''])(
		'rejects %j and shows an example of an id',
		(id) => {
			expect(issuesOf(IdSchema, id)).toEqual([
				{
					path: [],
					message: `«${id}» — не идентификатор; нужны строчные латинские буквы, цифры и дефисы, например union-state`,
				},
			]);
		},
	);

	test('asks for an id when given something that is not text', () => {
		expect(issuesOf(IdSchema, 5)).toEqual([
			{ path: [], message: 'нужен идентификатор латиницей, например union-state' },
		]);
	});
});

describe('TextSchema', () => {
	test('trims the text', () => {
		expect(TextSchema.parse('  Союзное государство \n')).toBe('Союзное государство');
	});

	test('rejects text of spaces only as empty', () => {
		expect(issuesOf(TextSchema, '   ')).toEqual([
			{ path: [], message: 'пустое значение; нужен текст' },
		]);
	});

	test('asks for text when given a number', () => {
		expect(issuesOf(TextSchema, 5)).toEqual([{ path: [], message: 'нужен текст' }]);
	});

	test.each([
		'Встреча <script>alert(1)</script>',
		'Текст </p> обрыв',
		'<img src=x onerror=alert(1)>',
		'Комментарий <!-- скрытый -->',
		'<?xml version="1.0"?>',
	])('refuses HTML in %j', (value) => {
		expect(issuesOf(TextSchema, value)).toEqual([
			{
				path: [],
				message: 'HTML-разметка в тексте не допускается; напишите обычный текст без <тегов>',
			},
		]);
	});

	test('accepts a «<» that starts no tag', () => {
		expect(TextSchema.parse('Доля <5 % и 3 < 4')).toBe('Доля <5 % и 3 < 4');
	});
});

describe('DisplayTextSchema', () => {
	test('binds a short word to the next one with a non-breaking space', () => {
		expect(DisplayTextSchema.parse('Переговоры прошли в Кремле')).toBe(
			'Переговоры прошли в\u00A0Кремле',
		);
	});

	test('turns "straight quotes" into «ёлочки», with „лапки“ inside', () => {
		expect(DisplayTextSchema.parse('Он сказал: "это "нюансы" перемирия"')).toBe(
			'Он\u00A0сказал: «это „нюансы“ перемирия»',
		);
	});

	test('turns a spaced hyphen into a dash kept on the line before it', () => {
		expect(DisplayTextSchema.parse('Договор - в силе')).toBe('Договор\u00A0— в\u00A0силе');
	});

	test('binds a number to its word and keeps ranges and times together', () => {
		expect(DisplayTextSchema.parse('Визит 13–14 марта, встреча 11:40–12:00, 2 дня')).toBe(
			'Визит 13–\u206014\u00A0марта, встреча 11:40–\u206012:00, 2\u00A0дня',
		);
	});

	test('trims first, then typesets', () => {
		expect(DisplayTextSchema.parse('  в Москве ')).toBe('в\u00A0Москве');
	});

	test.each([
		'Переговоры прошли в Кремле - и "нюансы" остались...',
		'Лукашенко: "Орешник" на дежурстве с 17 декабря 2025 г.',
		'Товарооборот - 50 млрд $, рост 6,3 % к 2023 году',
	])('gives the same text when parsed again: %j', (text) => {
		const once = DisplayTextSchema.parse(text);

		expect(DisplayTextSchema.parse(once)).toBe(once);
	});

	test('refuses what TextSchema refuses, with its messages', () => {
		expect(issuesOf(DisplayTextSchema, ' ')).toEqual([
			{ path: [], message: 'пустое значение; нужен текст' },
		]);
		expect(issuesOf(DisplayTextSchema, 'a <b>b</b>')).toEqual(issuesOf(TextSchema, 'a <b>b</b>'));
	});

	test('counts a length limit on the text as written, not as typeset', () => {
		const title = displayText(TextSchema.max(10, { error: 'длиннее 10 знаков' }));

		// «в Москве» is 8 characters either way; a dash adds none, quotes none: the limit is what
		// the editor sees in the file.
		expect(title.parse('в Москве')).toBe('в\u00A0Москве');
		expect(issuesOf(title, 'в Москве, да')).toEqual([{ path: [], message: 'длиннее 10 знаков' }]);
	});
});

describe('IdListSchema', () => {
	test('accepts distinct ids in the order given', () => {
		expect(IdListSchema.parse(['tass', 'kremlin'])).toEqual(['tass', 'kremlin']);
	});

	test('reports every repeat at its own index', () => {
		expect(issuesOf(IdListSchema, ['tass', 'kremlin', 'tass', 'kremlin'])).toEqual([
			{ path: [2], message: '«tass» указан дважды' },
			{ path: [3], message: '«kremlin» указан дважды' },
		]);
	});

	test('reports a bad id at its index', () => {
		expect(issuesOf(IdListSchema, ['tass', 'ТАСС'])).toEqual([
			{
				path: [1],
				message:
					'«ТАСС» — не идентификатор; нужны строчные латинские буквы, цифры и дефисы, например union-state',
			},
		]);
	});
});

describe('DateTimeSchema', () => {
	test('turns a date-time with offset into the instant', () => {
		expect(DateTimeSchema.parse('2025-03-13T12:00:00+03:00')).toEqual(
			new Date('2025-03-13T09:00:00Z'),
		);
	});

	test.each([
		'вчера',
		'2025-03-13',
		'2025-03-13 12:00',
		'2025-03-13T12:00:00',
		'2025-02-30T12:00+03:00',
	])('rejects %j with an example of a date', (value) => {
		expect(issuesOf(DateTimeSchema, value)).toEqual([
			{ path: [], message: `«${value}» — не дата; нужна дата вида 2025-03-13T12:00:00+03:00` },
		]);
	});

	test('asks for a date when given a number', () => {
		expect(issuesOf(DateTimeSchema, 2025)).toEqual([
			{ path: [], message: 'нужна дата вида 2025-03-13T12:00:00+03:00' },
		]);
	});
});

describe('WebUrlSchema', () => {
	test.each([
		'https://example.org',
		'https://kremlin.ru/events/president/news/76447',
		'https://t.me/x?y=1',
		'http://en.kremlin.ru/events/president/news/76450/print',
		'https://xn--c1anggbdpdf.xn--p1ai/higher_authorities/the_supreme_state_council.php?PAGEN_1=508',
	])('accepts %j', (url) => {
		expect(WebUrlSchema.parse(url)).toBe(url);
	});

	test.each([
		'https://localhost/',
		'example.org',
		'https://exa mple.org',
		'ftp://x.org',
		'https://',
		'http:/example.org',
		'mailto:editor@example.org',
	])('rejects %j with an example of an address', (url) => {
		expect(issuesOf(WebUrlSchema, url)).toEqual([
			{ path: [], message: `«${url}» — не ссылка; нужен адрес вида https://example.org/…` },
		]);
	});

	test('rejects a host that ends in a dot, naming the host', () => {
		expect(issuesOf(WebUrlSchema, 'https://iz.ru./en/node/1853752')).toEqual([
			{ path: [], message: 'в имени сайта лишняя точка в конце: «iz.ru.»; уберите её' },
		]);
	});

	test.each([
		['https://example.org/a?utm_source=portal', 'utm_source'],
		['https://example.org/a?id=5&fbclid=xyz&UTM_Medium=m', 'fbclid, UTM_Medium'],
		['https://ya.example/?yclid=1', 'yclid'],
		['http://example.org/a?utm_source=portal', 'utm_source'],
	])('refuses the tracking parameters of %j', (url, names) => {
		expect(issuesOf(WebUrlSchema, url)).toEqual([
			{
				path: [],
				message: `в адресе параметр слежения ${names}: уберите его из ссылки, страница откроется и без него`,
			},
		]);
	});

	test('keeps an ordinary query such as ?ref= or ?id=', () => {
		expect(WebUrlSchema.parse('https://github.com/x/y?ref=main&id=2')).toBe(
			'https://github.com/x/y?ref=main&id=2',
		);
	});

	test('asks for an address when given something that is not text', () => {
		expect(issuesOf(WebUrlSchema, 5)).toEqual([
			{ path: [], message: 'нужна ссылка вида https://…' },
		]);
	});
});

describe('invisible and empty-looking text', () => {
	test.each([
		['a zero-width space alone', '\u200b', 'U+200B (символ нулевой ширины)'],
		['a right-to-left override', 'Визит \u202eйынчилго', 'U+202E (управление направлением текста)'],
		['a left-to-right mark', 'Визит\u200e', 'U+200E (управление направлением текста)'],
		['a first strong isolate', 'Визит \u2068x', 'U+2068 (управление направлением текста)'],
		['a word joiner', 'Ви\u2060зит', 'U+2060 (символ нулевой ширины)'],
	])('refuses %s and names the character', (_, value, name) => {
		expect(issuesOf(TextSchema, value)).toEqual([
			{
				path: [],
				message: `в тексте невидимый символ ${name}: он прячет или переворачивает текст; удалите его (проще всего — набрать значение заново)`,
			},
		]);
	});

	test('refuses text with no visible character', () => {
		expect(issuesOf(TextSchema, '\u0301\u0301')).toEqual([
			{ path: [], message: 'в тексте нет ни одного видимого знака; напишите текст' },
		]);
	});

	test('keeps ordinary Russian text with a soft hyphen and non-breaking spaces', () => {
		expect(issuesOf(DisplayTextSchema, 'Союзное госу\u00adдарство 2\u00a0%')).toEqual([]);
	});
});

describe('implausibleYear', () => {
	test.each([
		[2205, 2026, 'может быть, 2025?'],
		[2052, 2026, 'может быть, 2025?'],
		[1025, 2026, 'может быть, 2025?'],
		[2028, 2026, 'может быть, 2026?'],
		[9999, 2026, 'может быть, 1999?'],
		[202, 2026, 'может быть, 2026?'],
	])('refuses %i in %i and suggests the year meant', (year, thisYear, hint) => {
		const reason = implausibleYear(year, thisYear);

		expect(reason).toBe(
			`${year} год — слишком далеко от сегодняшнего дня, это похоже на опечатку; ${hint}`,
		);
	});

	test('says which years are possible when none is a keystroke or two away', () => {
		expect(implausibleYear(87654, 2026)).toBe(
			'87654 год — слишком далеко от сегодняшнего дня, это похоже на опечатку; нужен год от 1991 до 2027',
		);
	});

	test.each([1991, 2025, 2027])('accepts %i in 2026', (year) => {
		expect(implausibleYear(year, 2026)).toBeUndefined();
	});

	test('refuses a published date two centuries ahead through DateTimeSchema', () => {
		const [issue] = issuesOf(DateTimeSchema, '2205-03-13T12:00:00+03:00');

		expect(issue?.message).toMatch(/^2205 год — слишком далеко от сегодняшнего дня/);
	});
});
