import { describe, expect, test } from 'vitest';
import { quoted, typographInline, typographText } from '../../../src/format/typography.ts';

// In expectations «⍽» stands for a non-breaking space (U+00A0), so the strings stay readable.
/** `⍽` is a non-breaking space, `⁀` a word joiner (U+2060). */
const nb = (text: string): string => text.replaceAll('⍽', '\u00A0').replaceAll('⁀', '\u2060');
// The text with every non-breaking space (and narrow one) read as an ordinary space.
const spaced = (text: string): string =>
	text.replace(/[\u00A0\u202F]/g, ' ').replaceAll('\u2060', '');

describe('typographText', () => {
	describe('puts a non-breaking space', () => {
		test('after one- and two-letter words', () => {
			expect(
				typographText(
					'Владимир Путин и Александр Лукашенко провели переговоры в Кремле, а на следующий день Лукашенко выступил с речью',
				),
			).toBe(
				nb(
					'Владимир Путин и⍽Александр Лукашенко провели переговоры в⍽Кремле, а⍽на⍽следующий день Лукашенко выступил с⍽речью',
				),
			);
		});

		test('after longer prepositions and conjunctions of the list', () => {
			expect(
				typographText('Путин привёл эту цифру как данные российской статистики, без оговорок.'),
			).toBe(nb('Путин привёл эту цифру как⍽данные российской статистики, без⍽оговорок.'));
		});

		test('before a short word that ends a sentence', () => {
			expect(typographText('Списка российской делегации в проверенных источниках нет.')).toBe(
				nb('Списка российской делегации в⍽проверенных источниках⍽нет.'),
			);
		});

		test('before the particles бы and ли', () => {
			expect(
				typographText('Перемирие дало бы лишь передышку; состоялся ли ужин, неизвестно.'),
			).toBe(nb('Перемирие дало⍽бы лишь передышку; состоялся⍽ли ужин, неизвестно.'));
		});

		test('between a day and its month', () => {
			expect(typographText('Кремль объявил о визите накануне, 12 марта')).toBe(
				nb('Кремль объявил о⍽визите накануне, 12⍽марта'),
			);
		});

		test('between a number and its unit or noun, decimals included', () => {
			expect(
				typographText('Беседа длилась 1 ч 03 мин, речь — ≈1,5 часа, фронт — около 2000 км'),
			).toBe(nb('Беседа длилась 1⍽ч⍽03⍽мин, речь⍽— ≈1,5⍽часа, фронт⍽— около 2000⍽км'));
		});

		test('between a number and «%», keeping the sign and the digits', () => {
			expect(typographText('Он получил 86,82 % голосов; рост около +7,5 %')).toBe(
				nb('Он⍽получил 86,82⍽% голосов; рост около +7,5⍽%'),
			);
		});

		test('between a number and млрд, and between млрд and a currency sign', () => {
			expect(typographText('БелТА приводит $51,8 млрд, белорусская сторона — 46,5 млрд $')).toBe(
				nb('БелТА приводит $51,8⍽млрд, белорусская сторона⍽— 46,5⍽млрд⍽$'),
			);
		});

		test('after №, a narrow one', () => {
			expect(typographText('Путин подписал закон о ратификации № 12-ФЗ')).toBe(
				nb('Путин подписал закон о⍽ратификации №\u202F12-ФЗ'),
			);
		});

		test('in initials, adding the space between them', () => {
			expect(typographText('Переговоры провели В. В. Путин и А.Г. Лукашенко')).toBe(
				nb('Переговоры провели В.⍽В.⍽Путин и⍽А.⍽Г.⍽Лукашенко'),
			);
		});

		test('after «г.» before a city and after a year', () => {
			expect(typographText('Договор подписали 6 декабря 2024 г. в г. Минске')).toBe(
				nb('Договор подписали 6⍽декабря 2024⍽г. в⍽г.⍽Минске'),
			);
		});

		test('inside «т. д.» and after «см.»', () => {
			expect(typographText('Торговля, инвестиции, выборы и т. д.; см. хронику визита')).toBe(
				nb('Торговля, инвестиции, выборы и⍽т.⍽д.; см.⍽хронику визита'),
			);
		});
	});

	describe('dashes', () => {
		test('turns a spaced hyphen, double hyphen or en dash between words into «—» with a non-breaking space before it', () => {
			const expected = nb('Итог⍽— одна из⍽четырёх оценок');
			expect(typographText('Итог - одна из четырёх оценок')).toBe(expected);
			expect(typographText('Итог -- одна из четырёх оценок')).toBe(expected);
			expect(typographText('Итог – одна из четырёх оценок')).toBe(expected);
		});

		test('binds a long dash the editor wrote to the word before it', () => {
			expect(typographText('Следующая встреча — летом')).toBe(nb('Следующая встреча⍽— летом'));
		});

		test('opens direct speech with a long dash', () => {
			expect(typographText('- Ещё нет, - ответил Лукашенко.')).toBe(
				nb('—⍽Ещё нет,⍽— ответил Лукашенко.'),
			);
		});

		test('leaves hyphens inside words and en dashes in ranges', () => {
			const text = 'Вице-премьер встретил его 13–14 марта, с 11:40–12:00, в 2024-м';
			expect(spaced(typographText(text))).toBe(text);
			expect(typographText(text)).toContain('Вице-премьер');
			expect(typographText(text)).toContain(nb('13–⁀14'));
			expect(typographText(text)).toContain(nb('11:40–⁀12:00'));
		});

		test('keeps a range of numbers on one line: a word joiner after the dash', () => {
			expect(typographText('Прогноз $59–60 млрд на 13–14 марта')).toBe(
				nb('Прогноз $59–⁀60⍽млрд на⍽13–⁀14⍽марта'),
			);
			expect(typographText('Москва–Минск, 2024-2025')).toBe('Москва–Минск, 2024-2025');
		});
	});

	describe('quotes and ellipsis', () => {
		test('turns straight quotes into «ёлочки»', () => {
			expect(typographText('Лукашенко говорил о "почти 87 %"')).toBe(
				nb('Лукашенко говорил о⍽«почти 87⍽%»'),
			);
		});

		test('puts „лапки“ inside «ёлочки»', () => {
			expect(
				typographText('Песков назвал формат "переговорами в форме "официального завтрака""'),
			).toBe(nb('Песков назвал формат «переговорами в⍽форме „официального завтрака“»'));
		});

		test('keeps «ёлочки» the editor wrote', () => {
			expect(typographText('Белоруссия ещё не получила «Орешник»')).toBe(
				nb('Белоруссия ещё не⍽получила «Орешник»'),
			);
		});

		test('turns three dots into «…»', () => {
			expect(typographText('Он ответил: "Ещё нет... Работаем"')).toBe(
				nb('Он⍽ответил: «Ещё⍽нет… Работаем»'),
			);
		});
	});

	describe('leaves facts as written, changing at most a space', () => {
		test.each([
			['times', 'Вступительное слово Регнум опубликовал в 15:15, РИА Новости — в 16:36'],
			['a range of times', 'Около 11:40–12:00 самолёт начал снижение'],
			['a duration', 'Видеозапись длится 1:30:11'],
			['a currency sign before the number', 'Путин оценил товарооборот в $50 млрд'],
			['a signed percentage', 'Рост около +7,5 % по данным Путина'],
			['a sum', '3 + 3 вопроса журналистам'],
			['a score and a ratio', 'Счёт 2:0, соотношение 3:1'],
			['a decimal point and a fraction', 'Версия 3.5, доля 1/2, площадь 10 x 5'],
			['an ISO date', 'Опубликовано 2025-03-13'],
			['(c), +- and arrows', 'Знак (c), допуск +- 5, стрелка ->'],
			[
				'a URL',
				'Стенограмма: https://www.kremlin.ru/events/president/news/76444?x=1&y=2 — на сайте',
			],
			['an e-mail address', 'Пишите на press@example.ru или позвоните'],
			['a colon with no space after it', 'повестка:важное'],
		])('%s', (_, text) => {
			expect(spaced(typographText(text))).toBe(text);
		});

		test('URLs and e-mail addresses keep every character', () => {
			const url = 'https://www.kremlin.ru/events/president/news/76444?x=1&y=2';
			expect(typographText(`Стенограмма: ${url} - на сайте`)).toBe(
				nb(`Стенограмма: ${url}⍽— на⍽сайте`),
			);
		});
	});

	describe('output', () => {
		test('is plain Unicode, never HTML entities', () => {
			const result = typographText('Визит в Кремль - "важный"...');
			expect(result).toBe('Визит в\u00A0Кремль\u00A0— «важный»…');
			expect(result).not.toMatch(/&[a-z#\d]+;/i);
		});

		test('keeps text that looks like HTML or escapes literally', () => {
			const text = 'AT&T, &amp; &nbsp; <b>жирный</b> \\u00a0;';
			expect(spaced(typographText(text))).toBe(text);
		});

		test('keeps leading and trailing spaces', () => {
			expect(typographText(' прошли в Кремле ')).toBe(nb(' прошли в⍽Кремле '));
		});

		test('leaves text with private-use characters as it is', () => {
			expect(typographText('в Кремле \uE000')).toBe('в Кремле \uE000');
		});

		test('is the same on every call', () => {
			const text = 'Переговоры прошли в Кремле - "нюансы" остались...';
			const first = typographText(text);
			typographText('Другой "текст" - с тире');
			expect(typographText(text)).toBe(first);
		});

		test('is empty for an empty string', () => {
			expect(typographText('')).toBe('');
		});
	});
});

describe('typographInline', () => {
	const open = (name: string) => ({ name, kind: 'open' as const });
	const close = (name: string) => ({ name, kind: 'close' as const });
	const empty = (name: string) => ({ name, kind: 'empty' as const });

	test('gives a short word before an element its non-breaking space', () => {
		expect(
			typographInline(['Лукашенко выступил в ', open('a'), 'Совете Федерации', close('a'), '.']),
		).toEqual([nb('Лукашенко выступил в⍽'), 'Совете Федерации', '.']);
	});

	test('matches straight quotes around an element', () => {
		expect(typographInline(['"', open('em'), 'Орешник', close('em'), '", сказал он'])).toEqual([
			'«',
			'Орешник',
			'», сказал он',
		]);
	});

	test('keeps a closing «ёлочка» after an element closing', () => {
		expect(
			typographInline(['канал «', open('a'), 'Пул Первого', close('a'), '», сообщило РИА']),
		).toEqual(['канал «', 'Пул Первого', '», сообщило РИА']);
	});

	test('sees an empty element as something standing there, not as its text', () => {
		expect(
			typographInline(['Переговоры прошли в Кремле ', empty('sup'), ', сообщило агентство.']),
		).toEqual([nb('Переговоры прошли в⍽Кремле '), ', сообщило агентство.']);
	});

	test('returns one text per string, none for tags that meet', () => {
		expect(
			typographInline([open('p'), open('strong'), '2 дня', close('strong'), ' - 13–14 марта']),
		).toEqual([nb('2⍽дня'), nb('⍽— 13–⁀14⍽марта')]);
	});

	test('typographs two texts in a row apart', () => {
		expect(typographInline(['в ', 'Кремле'])).toEqual([nb('в⍽'), 'Кремле']);
	});
});

describe('quoted', () => {
	test('puts a title in «ёлочки»', () => {
		expect(quoted('Путин встретится с Лукашенко 13 марта')).toBe(
			'«Путин встретится с Лукашенко 13 марта»',
		);
	});

	test('turns the «ёлочки» inside into „лапки“, never nesting «…«…»…»', () => {
		expect(quoted('Ушаков: перемирие — «передышка», а не «мир»')).toBe(
			'«Ушаков: перемирие — „передышка“, а не „мир“»',
		);
	});

	test('keeps „лапки“ already in the text', () => {
		expect(quoted('Лукашенко: „Орешник“ заступил на дежурство')).toBe(
			'«Лукашенко: „Орешник“ заступил на дежурство»',
		);
	});
});

describe('typographText in English (issue 20)', () => {
	test('sets curly quotes, apostrophes, a spaced dash and an ellipsis', () => {
		expect(typographText('Lukashenko\'s "brotherly" visit - as the Kremlin said...', 'en')).toBe(
			nb('Lukashenko’s “brotherly” visit⍽— as the Kremlin said…'),
		);
	});

	test('binds no short word to the next, as Russian does', () => {
		expect(typographText('Talks in a room at the Kremlin', 'en')).toBe(
			'Talks in a room at the Kremlin',
		);
	});

	test('keeps ranges of numbers together and numbers with their word', () => {
		expect(typographText('On 13–14 March 2025, 86.82% voted', 'en')).toBe(
			nb('On 13–⁀14⍽March 2025, 86.82% voted'),
		);
	});

	test('keeps the Russian rules for Russian text, and each language its own results', () => {
		const text = 'Визит - "братский"';

		expect(typographText(text, 'en')).toBe(nb('Визит⍽— “братский”'));
		expect(typographText(text)).toBe(nb('Визит⍽— «братский»'));
	});

	test('typographs a run of inline content by the English rules', () => {
		expect(
			typographInline(
				[
					'He said "',
					{ name: 'em', kind: 'open' },
					'yes',
					{ name: 'em', kind: 'close' },
					'" - twice',
				],
				'en',
			),
		).toEqual(['He said “', 'yes', nb('”⍽— twice')]);
	});
});
