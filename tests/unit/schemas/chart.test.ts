import { describe, expect, test } from 'vitest';
import { problemsFromIssues } from '../../../src/problems/schema-problems.ts';
import { parseYaml } from '../../../src/problems/yaml-document.ts';
import { ChartSchema } from '../../../src/schemas/chart.ts';

const BAR = { label: 'Российская статистика', value: 50, sources: ['kremlin'] };
const VALUES = {
	title: 'Товарооборот',
	description: 'Два значения.',
	unit: 'млрд долларов',
	bars: [BAR],
};
const STEP = { label: 'Подписан', date: '2024-12-06', sources: ['kremlin'] };
const DATES = { kind: 'dates', title: 'Путь договора', description: 'Шаги.', bars: [STEP] };

type Issue = { path: PropertyKey[]; message: string };

/** Issues as an editor reads them: path and the Russian message. */
function issues(input: Record<string, unknown>): Issue[] {
	const result = ChartSchema.safeParse(input, { reportInput: true });
	return result.success
		? []
		: result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('ChartSchema: a chart of values', () => {
	test('reads a chart without kind as a chart of values, with every optional field', () => {
		const chart = ChartSchema.parse({
			...VALUES,
			suffix: 'млрд $',
			decimals: 1,
			note: 'Оговорка ко всей диаграмме.',
			bars: [
				{ ...BAR, basis: 'со слов Путина' },
				{ ...BAR, label: 'Посол', value: 49, qualifier: 'almost', note: 'сказал «почти 49»' },
				{ ...BAR, label: 'Ноль', value: 0 },
			],
		});

		expect(chart).toMatchObject({ kind: 'values', suffix: 'млрд $', decimals: 1 });
		expect(chart.bars.map((bar) => bar.label)).toEqual(['Российская статистика', 'Посол', 'Ноль']);
	});

	test.each([
		['a missing title', { title: undefined }, ['title'], 'обязательное поле не заполнено'],
		[
			'an empty description',
			{ description: '  ' },
			['description'],
			'пустое значение; нужен текст',
		],
		['a missing unit', { unit: undefined }, ['unit'], 'обязательное поле не заполнено'],
		['an empty suffix', { suffix: '' }, ['suffix'], 'пустое значение; нужен текст'],
		['no bars', { bars: [] }, ['bars'], 'в диаграмме нет ни одного значения'],
		[
			'a value that is text',
			{ bars: [{ ...BAR, value: '50' }] },
			['bars', 0, 'value'],
			'нужно число',
		],
		[
			'a negative value',
			{ bars: [{ ...BAR, value: -1 }] },
			['bars', 0, 'value'],
			'значение не может быть меньше нуля: полосы диаграммы начинаются с нуля',
		],
		[
			'a value without sources',
			{ bars: [{ ...BAR, sources: [] }] },
			['bars', 0, 'sources'],
			'у значения нет источника: укажите хотя бы один id в sources',
		],
		[
			'a source named twice',
			{ bars: [{ ...BAR, sources: ['kremlin', 'kremlin'] }] },
			['bars', 0, 'sources', 1],
			'«kremlin» указан дважды',
		],
		[
			'a source id that is not an id',
			{ bars: [{ ...BAR, sources: ['Кремль'] }] },
			['bars', 0, 'sources', 0],
			'«Кремль» — не идентификатор; нужны строчные латинские буквы, цифры и дефисы, например union-state',
		],
		[
			'an unknown qualifier',
			{ bars: [{ ...BAR, qualifier: 'nearly' }] },
			['bars', 0, 'qualifier'],
			'одно из значений: almost, about',
		],
		[
			'an empty note on a value',
			{ bars: [{ ...BAR, note: '' }] },
			['bars', 0, 'note'],
			'пустое значение; нужен текст',
		],
		[
			'an empty basis',
			{ bars: [{ ...BAR, basis: '' }] },
			['bars', 0, 'basis'],
			'пустое значение; нужен текст',
		],
		['fractional decimals', { decimals: 1.5 }, ['decimals'], 'нужно целое число от 0 до 4'],
		['negative decimals', { decimals: -1 }, ['decimals'], 'нужно целое число от 0 до 4'],
		['too many decimals', { decimals: 5 }, ['decimals'], 'нужно целое число от 0 до 4'],
		['decimals as text', { decimals: 'два' }, ['decimals'], 'нужно целое число от 0 до 4'],
		[
			'an unknown kind',
			{ kind: 'pie' },
			['kind'],
			'вид диаграммы: values (по умолчанию) или dates',
		],
		[
			'an unknown field of the chart',
			{ colour: 'red' },
			[],
			'неизвестное поле «colour»: проверьте написание (список полей — в README)',
		],
		[
			'a date on a value',
			{ bars: [{ ...BAR, date: '2025-03-13' }] },
			['bars', 0],
			'неизвестное поле «date»: проверьте написание (список полей — в README)',
		],
	])('rejects %s', (_case, changes: Record<string, unknown>, path, message) => {
		expect(issues({ ...VALUES, ...changes })).toEqual([{ path, message }]);
	});
});

describe('ChartSchema: a chart of dates', () => {
	test('reads the steps with their days, equal days allowed', () => {
		const chart = ChartSchema.parse({
			...DATES,
			bars: [
				STEP,
				{ ...STEP, label: 'Внесён', date: '2025-02-05' },
				{ ...STEP, date: '2025-02-05' },
			],
		});

		expect(chart.kind).toBe('dates');
		expect(chart.kind === 'dates' && chart.bars.map((bar) => bar.date.key)).toEqual([
			'2024-12-06',
			'2025-02-05',
			'2025-02-05',
		]);
	});

	test.each([
		['no steps', { bars: [] }, ['bars'], 'в диаграмме нет ни одной даты'],
		[
			'a month instead of a day',
			{ bars: [{ ...STEP, date: '2025-03' }] },
			['bars', 0, 'date'],
			'нужна дата с точностью до дня, например 2025-03-13',
		],
		[
			'a date with a time',
			{ bars: [{ ...STEP, date: '2025-03-13T15:15+03:00' }] },
			['bars', 0, 'date'],
			'нужна дата с точностью до дня, например 2025-03-13',
		],
		[
			'an impossible date',
			{ bars: [{ ...STEP, date: '2025-02-30' }] },
			['bars', 0, 'date'],
			'«2025-02-30» — не дата; нужна дата вида 1996, 1996-04, 1996-04-02 или 2025-03-13T15:15+03:00',
		],
		[
			'a step without sources',
			{ bars: [{ ...STEP, sources: [] }] },
			['bars', 0, 'sources'],
			'у значения нет источника: укажите хотя бы один id в sources',
		],
		[
			'steps out of order',
			{ bars: [{ ...STEP, label: 'Вступил в силу', date: '2025-03-13' }, STEP] },
			['bars', 1, 'date'],
			// The label is quoted as parsed, typeset.
			'даты идут не по порядку: 6 декабря 2024 стоит после «Вступил в\u00A0силу» (13 марта 2025)',
		],
		[
			'a unit, which a chart of dates does not have',
			{ unit: 'дней' },
			[],
			'неизвестное поле «unit»: проверьте написание (список полей — в README)',
		],
		[
			'a value on a step',
			{ bars: [{ ...STEP, value: 3 }] },
			['bars', 0],
			'неизвестное поле «value»: проверьте написание (список полей — в README)',
		],
	])('rejects %s', (_case, changes: Record<string, unknown>, path, message) => {
		expect(issues({ ...DATES, ...changes })).toEqual([{ path, message }]);
	});
});

describe('ChartSchema: not a chart at all', () => {
	test('words a list in place of the chart generically, not as an unknown kind', () => {
		const result = ChartSchema.safeParse([VALUES], { reportInput: true });

		expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
			[[], 'ожидается набор полей, а указано список'],
		]);
	});
});

describe('ChartSchema in a YAML file', () => {
	test('reports a value without sources on the line of its sources', () => {
		const text = [
			'title: Товарооборот',
			'description: Два значения.',
			'unit: млрд долларов',
			'bars:',
			'  - label: Россия',
			'    value: 50',
			'    sources: []',
			'',
		].join('\n');
		const document = parseYaml(text);
		const result = ChartSchema.safeParse(document.data, { reportInput: true });

		expect(result.success).toBe(false);
		expect(
			problemsFromIssues('content/charts/trade.yaml', result.error?.issues ?? [], document),
		).toEqual([
			{
				file: 'content/charts/trade.yaml',
				line: 7,
				field: 'bars[0].sources',
				message: 'у значения нет источника: укажите хотя бы один id в sources',
				rule: 'razbor:schema',
			},
		]);
	});
});
