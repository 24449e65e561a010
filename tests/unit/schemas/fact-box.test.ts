import { describe, expect, test } from 'vitest';
import { FactBoxItemSchema, FactBoxSchema } from '../../../src/schemas/fact-box.ts';

const ITEM = { value: 'рекорд', text: 'так это назвали в отчёте', sources: [] };

function issuesOf(input: unknown): { path: PropertyKey[]; message: string }[] {
	const result = FactBoxSchema.safeParse(input, { reportInput: true });
	return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('FactBoxSchema', () => {
	test('accepts a titled box with items, its texts set in Russian typography', () => {
		const box = {
			id: 'trade-2024',
			title: 'Торговля в 2024 году',
			items: [{ value: '50 млрд $', text: 'товарооборот', sources: ['kremlin'] }, ITEM],
		};

		expect(FactBoxSchema.parse(box)).toEqual({
			...box,
			title: 'Торговля в\u00A02024\u00A0году',
			items: [
				{ value: '50\u00A0млрд\u00A0$', text: 'товарооборот', sources: ['kremlin'] },
				{ ...ITEM, text: 'так это назвали в\u00A0отчёте' },
			],
		});
	});

	test('rejects a bad id', () => {
		expect(issuesOf({ id: 'Trade 2024', title: 'Т', items: [ITEM] })).toEqual([
			{
				path: ['id'],
				message:
					'«Trade 2024» — не идентификатор; нужны строчные латинские буквы, цифры и дефисы, например union-state',
			},
		]);
	});

	test('rejects an empty title', () => {
		expect(issuesOf({ id: 'trade', title: ' ', items: [ITEM] })).toEqual([
			{ path: ['title'], message: 'пустое значение; нужен текст' },
		]);
	});

	test('rejects a title longer than 100 characters', () => {
		expect(issuesOf({ id: 'trade', title: 'Т'.repeat(101), items: [ITEM] })).toEqual([
			{ path: ['title'], message: 'заголовок справки длиннее 100 знаков' },
		]);
	});

	test('rejects a box without items', () => {
		expect(issuesOf({ id: 'trade', title: 'Т', items: [] })).toEqual([
			{
				path: ['items'],
				message: 'в справке нет пунктов: нужен список «- **значение** — пояснение»',
			},
		]);
	});

	test('accepts 12 items and rejects 13', () => {
		const twelve = issuesOf({ id: 'trade', title: 'Т', items: Array(12).fill(ITEM) });
		const thirteen = issuesOf({ id: 'trade', title: 'Т', items: Array(13).fill(ITEM) });

		expect(twelve).toEqual([]);
		expect(thirteen).toEqual([{ path: ['items'], message: 'в справке больше 12 пунктов' }]);
	});

	test('rejects an item with an empty explanation', () => {
		expect(issuesOf({ id: 'trade', title: 'Т', items: [{ ...ITEM, text: '' }] })).toEqual([
			{ path: ['items', 0, 'text'], message: 'пустое значение; нужен текст' },
		]);
	});
});

describe('FactBoxItemSchema', () => {
	test.each([
		['in the value', { value: '50 млрд $', text: 'товарооборот', sources: [] }],
		['in the explanation', { value: 'рекорд', text: 'рост на 5%', sources: [] }],
	])('rejects a figure %s without a source', (_case, item) => {
		const result = FactBoxItemSchema.safeParse(item);

		expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
			{
				path: ['sources'],
				message: 'у числа в справке нет источника: добавьте :cite{#id-источника} в этот пункт',
			},
		]);
	});

	test('accepts a figure with a source', () => {
		const item = { value: '50 млрд $', text: 'товарооборот', sources: ['kremlin'] };

		expect(FactBoxItemSchema.safeParse(item).success).toBe(true);
	});

	test('accepts an item without figures and without a source', () => {
		expect(FactBoxItemSchema.safeParse(ITEM).success).toBe(true);
	});

	test('rejects a source cited twice in one item', () => {
		const item = { value: '5', text: 'x', sources: ['tass', 'tass'] };

		const result = FactBoxItemSchema.safeParse(item);

		expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
			{ path: ['sources', 1], message: '«tass» указан дважды' },
		]);
	});
});
