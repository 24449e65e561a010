import { describe, expect, test } from 'vitest';
import { SOURCE_KINDS, SourceSchema, UNDATED } from '../../../src/schemas/source.ts';

const VALID = { publisher: 'Кремль', title: 'Переговоры', kind: 'official', date: UNDATED };

function issuesWith(changes: Record<string, unknown>): { path: PropertyKey[]; message: string }[] {
	const result = SourceSchema.safeParse({ ...VALID, ...changes }, { reportInput: true });
	return result.success
		? []
		: result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('SourceSchema', () => {
	test('reads a complete source', () => {
		const source = SourceSchema.parse({
			...VALID,
			date: '2025-03-13',
			lang: 'ru',
			url: 'https://kremlin.ru/events/president/news/76447',
		});

		expect(source).toEqual({
			...VALID,
			date: { precision: 'day', key: '2025-03-13', datetime: '2025-03-13' },
			lang: 'ru',
			url: 'https://kremlin.ru/events/president/news/76447',
		});
	});

	test('accepts a source that says its page shows no date', () => {
		expect(issuesWith({})).toEqual([]);
		expect(SourceSchema.parse(VALID).date).toBe(UNDATED);
	});

	test('asks for a date or undated when the field is missing, so no source is left undated by accident', () => {
		expect(issuesWith({ date: undefined })).toEqual([
			{
				path: ['date'],
				message:
					'у источника нет даты: укажите дату публикации (2025-03-13) или undated, если на странице её нет',
			},
		]);
	});

	test.each(SOURCE_KINDS)('accepts the kind %s', (kind) => {
		expect(issuesWith({ kind })).toEqual([]);
	});

	test.each([
		['an unknown kind', { kind: 'blog' }, ['kind'], `одно из значений: ${SOURCE_KINDS.join(', ')}`],
		[
			'a three-letter language',
			{ lang: 'rus' },
			['lang'],
			'двухбуквенный код языка, например ru или en',
		],
		[
			'an upper-case language',
			{ lang: 'RU' },
			['lang'],
			'двухбуквенный код языка, например ru или en',
		],
		[
			'a plain http address',
			{ url: 'http://kremlin.ru' },
			['url'],
			'«http://kremlin.ru» — не ссылка; нужен адрес вида https://example.org/…',
		],
		[
			'an impossible date',
			{ date: '2025-13' },
			['date'],
			'«2025-13» — не дата; нужна дата вида 1996, 1996-04, 1996-04-02 или 2025-03-13T15:15+03:00',
		],
		['an empty publisher', { publisher: '' }, ['publisher'], 'пустое значение; нужен текст'],
	])('rejects %s', (_case, changes, path, message) => {
		expect(issuesWith(changes)).toEqual([{ path, message }]);
	});
});

describe('SourceSchema typography', () => {
	test('typesets the publisher, a name on our own list', () => {
		expect(
			SourceSchema.parse({ ...VALID, publisher: 'newskiev.ru (со ссылкой на БелТА)' }).publisher,
		).toBe('newskiev.ru (со\u00A0ссылкой на\u00A0БелТА)');
	});

	test('typesets the title of a Russian source written in Russian', () => {
		const source = SourceSchema.parse({
			...VALID,
			lang: 'ru',
			title: 'Путин внес договор о "гарантиях безопасности"',
		});

		expect(source.title).toBe('Путин внес договор о\u00A0«гарантиях безопасности»');
	});

	test.each([
		['an English title', { lang: 'en', title: "Putin noncommittal on 'nuances' - a report" }],
		[
			'a Latin-script label of a Russian source',
			{ lang: 'ru', title: '[Lukashenko "not a trick"]' },
		],
		['a title of unknown language', { title: 'Переговоры в Кремле - "нюансы"' }],
		['a Ukrainian title', { lang: 'uk', title: 'Переговори в Кремлі - "нюанси"' }],
	])('keeps %s exactly as published', (_, changes) => {
		expect(SourceSchema.parse({ ...VALID, ...changes }).title).toBe(changes.title);
	});
});
