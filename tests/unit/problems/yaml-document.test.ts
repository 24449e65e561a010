import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../../src/problems/yaml-document.ts';

const TIMELINE = [
	'title: Хроника', // 1
	'events:', // 2
	'  - id: first', // 3
	'    date: 1996', // 4
	'  - id: second', // 5
	'    date: 2025-03-13T10:00+03:00', // 6
	'    sources:', // 7
	'      - kremlin', // 8
	'      - tass', // 9
	'',
].join('\n');

describe('parseYaml', () => {
	test('gives plain data, keeping dates as strings and years as numbers', () => {
		const document = parseYaml(TIMELINE);

		expect(document.errors).toEqual([]);
		expect(document.data).toEqual({
			title: 'Хроника',
			events: [
				{ id: 'first', date: 1996 },
				{ id: 'second', date: '2025-03-13T10:00+03:00', sources: ['kremlin', 'tass'] },
			],
		});
	});

	test.each([
		[['title'], 1],
		[['events'], 2],
		[['events', 0], 3],
		[['events', 0, 'date'], 4],
		[['events', 1], 5],
		[['events', 1, 'date'], 6],
		[['events', 1, 'sources'], 7],
		[['events', 1, 'sources', 1], 9],
	])('finds the line of %j', (path, line) => {
		const document = parseYaml(TIMELINE);

		expect(document.lineOf(path)).toBe(line);
	});

	test.each([
		[['events', 1, 'people'], 5, 'a missing key: its event'],
		[['events', 7, 'id'], 2, 'a missing list item: its list'],
		[['description'], 1, 'a missing top-level key: the document'],
		[['title', 'nested'], 1, 'a key under a plain value: that value'],
	])('falls back to the nearest parent for %j (%s)', (path, line) => {
		const document = parseYaml(TIMELINE);

		expect(document.lineOf(path)).toBe(line);
	});

	test('shifts every line by the position of the first YAML line in the file', () => {
		const document = parseYaml(TIMELINE, 2);

		expect(document.lineOf(['title'])).toBe(2);
		expect(document.lineOf(['events', 1, 'sources', 1])).toBe(10);
	});

	test('has no line for a path in an empty document', () => {
		const document = parseYaml('');

		expect(document.data).toBeNull();
		expect(document.lineOf(['title'])).toBeUndefined();
	});

	test('reports a key written twice in Russian, on the line of the second one', () => {
		const document = parseYaml('title: Один\ndek: Кратко\ntitle: Два\n');

		expect(document.data).toBeUndefined();
		expect(document.errors).toEqual([{ line: 3, column: 1, message: 'поле указано дважды' }]);
	});

	test('reports a duplicate key on the file line when the YAML starts further down', () => {
		const document = parseYaml('title: Один\ntitle: Два\n', 2);

		expect(document.errors.map((error) => error.line)).toEqual([3]);
	});

	test('reports a missing colon with its line and a hint', () => {
		const document = parseYaml('title: Заголовок\ndek Кратко\nkind: news\n');

		expect(document.data).toBeUndefined();
		expect(document.errors[0]).toMatchObject({ line: 2, column: 1 });
		expect(document.errors[0]!.message).toBe(
			'строка без двоеточия: после имени поля нужны двоеточие и пробел, например dek: Кратко',
		);
	});

	test('reports an unclosed flow list where the parser notices it, shifted to file lines', () => {
		const document = parseYaml('topics: [union-state, elections\nkind: news\n', 5);

		expect(document.data).toBeUndefined();
		expect(document.errors[0]).toMatchObject({ line: 6, column: 1 });
		expect(document.errors[0]!.message).toBe(
			'список в [квадратных скобках] не закрыт: закройте его на той же строке',
		);
	});

	test("explains a colon inside a value in Russian, without the parser's English", () => {
		const document = parseYaml('title: Итоги визита: что подписали\n');

		expect(document.errors).toEqual([
			{
				line: 1,
				column: 8,
				message:
					'в значении есть двоеточие с пробелом: возьмите всё значение в кавычки, например title: "Итоги визита: что подписали"',
			},
		]);
	});

	test('points an unclosed quote at the line where it opens, not where the text ends', () => {
		const document = parseYaml('title: "Незакрытая кавычка\ndek: x\nkind: news\n', 2);

		expect(document.errors).toEqual([
			{ line: 2, column: 8, message: 'не закрыта кавычка ": допишите её в конце значения' },
		]);
	});
});

describe('parseYaml on hostile and mistyped YAML', () => {
	test('stops an alias bomb with a located Russian message instead of expanding it', () => {
		const lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
		for (let level = 1; level < 9; level++) {
			const previous = String.fromCharCode(96 + level);
			const current = String.fromCharCode(97 + level);
			lines.push(`${current}: &${current} [${Array(9).fill(`*${previous}`).join(', ')}]`);
		}
		const document = parseYaml(lines.join('\n'), 3);

		expect(document.data).toBeUndefined();
		expect(document.errors).toEqual([
			{
				line: 4,
				column: 8,
				message:
					'слишком много ссылок на якоря (*имя) — больше 100: такой файл раздувается при чтении; напишите значения прямо, без &якорей и *ссылок',
			},
		]);
	});

	test('names a tab used for indentation', () => {
		const document = parseYaml('title: Визит\nhero:\n\tsrc: /a.jpg\n');

		expect(document.errors).toEqual([
			{
				line: 3,
				column: 1,
				message:
					'отступ сделан табуляцией: YAML понимает только пробелы; замените табуляцию пробелами (по два на уровень)',
			},
		]);
	});
});
