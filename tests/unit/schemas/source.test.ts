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
			titleIsDescription: false,
			date: { precision: 'day', key: '2025-03-13', datetime: '2025-03-13' },
			lang: 'ru',
			url: 'https://kremlin.ru/events/president/news/76447',
		});
	});

	test('reads a Russian description standing in for a title that could not be established', () => {
		const source = SourceSchema.parse({
			...VALID,
			title: 'Стенограмма переговоров и заявлений для прессы, сайт Президента России',
			titleIsDescription: true,
		});

		expect(source.titleIsDescription).toBe(true);
	});

	test('accepts an http:// address, as many official sites still publish them', () => {
		const url = 'http://en.kremlin.ru/events/president/news/76450/print';

		expect(SourceSchema.parse({ ...VALID, url }).url).toBe(url);
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

	test('reads the original publisher of an aggregator’s copy, typeset', () => {
		const source = SourceSchema.parse({
			...VALID,
			kind: 'aggregator',
			originalPublisher: 'РИА Новости',
		});

		expect(source.originalPublisher).toBe('РИА Новости');
	});

	test.each(SOURCE_KINDS)('accepts the kind %s', (kind) => {
		expect(issuesWith({ kind })).toEqual([]);
	});

	test.each([
		['an unknown kind', { kind: 'blog' }, ['kind'], `одно из значений: ${SOURCE_KINDS.join(', ')}`],
		[
			'an old kind from before the trust labels',
			{ kind: 'agency' },
			['kind'],
			`одно из значений: ${SOURCE_KINDS.join(', ')}`,
		],
		[
			'an original publisher on a source that is not a copy',
			{ kind: 'state-media', originalPublisher: 'РИА Новости' },
			['originalPublisher'],
			'originalPublisher указывают только у копии (kind: aggregator)',
		],
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
			'an address without a scheme',
			{ url: 'kremlin.ru' },
			['url'],
			'«kremlin.ru» — не ссылка; нужен адрес вида https://example.org/…',
		],
		[
			'a placeholder title in square brackets',
			{ title: '[accreditation of journalists]' },
			['title'],
			'заголовок в квадратных скобках: укажите заголовок как опубликован или описание по-русски с titleIsDescription: true',
		],
		[
			'a description flag that is not a boolean',
			{ titleIsDescription: 'да' },
			['titleIsDescription'],
			'нужно true или false',
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
		['a Latin-script title of a Russian source', { lang: 'ru', title: 'Oreshnik - "not yet"' }],
		['a title of unknown language', { title: 'Переговоры в Кремле - "нюансы"' }],
		['a Ukrainian title', { lang: 'uk', title: 'Переговори в Кремлі - "нюанси"' }],
	])('keeps %s exactly as published', (_, changes) => {
		expect(SourceSchema.parse({ ...VALID, ...changes }).title).toBe(changes.title);
	});

	test('typesets our Russian description of an untitled page, whatever the page’s language', () => {
		const source = SourceSchema.parse({
			...VALID,
			lang: 'en',
			title: 'Заметка о словах Путина о перемирии',
			titleIsDescription: true,
		});

		expect(source.title).toBe('Заметка о\u00A0словах Путина о\u00A0перемирии');
	});
});
