import { describe, expect, test } from 'vitest';
import {
	formatAmount,
	formatNumber,
	formatPercent,
	withSuffix,
} from '../../../src/format/numbers.ts';

const NBSP = '\u00a0';

describe('formatNumber', () => {
	test.each([
		[86.82, undefined, '86,82'],
		[51.8, undefined, '51,8'],
		[50, undefined, '50'],
		[3.6, 2, '3,60'],
		[49, 1, '49,0'],
		[0, undefined, '0'],
		[0.125, undefined, '0,125'],
		[1234.5, undefined, `1${NBSP}234,5`],
		[1_000_000, undefined, `1${NBSP}000${NBSP}000`],
		[-2.5, undefined, '−2,5'],
	])('formats %d (decimals %s) the Russian way as «%s»', (value, decimals, expected) => {
		expect(formatNumber(value, decimals)).toBe(expected);
	});

	test.each([
		[86.82, undefined, '86.82'],
		[51.8, undefined, '51.8'],
		[3.6, 2, '3.60'],
		[1234.5, undefined, '1,234.5'],
		[1_000_000, undefined, '1,000,000'],
		[-2.5, undefined, '−2.5'],
	])('formats %d (decimals %s) the English way as “%s”', (value, decimals, expected) => {
		expect(formatNumber(value, decimals, 'en')).toBe(expected);
	});

	test('keeps one formatter per language: English after Russian is still English', () => {
		expect(formatNumber(0.5, 1, 'ru')).toBe('0,5');
		expect(formatNumber(0.5, 1, 'en')).toBe('0.5');
	});
});

describe('percentages and amounts', () => {
	test('a percentage: a no-break space before % in Russian, none in English', () => {
		expect(formatPercent(86.82)).toBe(`86,82${NBSP}%`);
		expect(formatPercent(86.82, 2, 'en')).toBe('86.82%');
		expect(formatPercent(3.6, 2, 'en')).toBe('3.60%');
	});

	test('a suffix that is a word keeps its space in both languages', () => {
		expect(withSuffix('49', 'votes', 'en')).toBe(`49${NBSP}votes`);
		expect(withSuffix('49', '% голосов', 'ru')).toBe(`49${NBSP}% голосов`);
	});

	test('an amount in billions of dollars: «51,8 млрд долларов», “$51.8 billion”', () => {
		expect(formatAmount(51.8, { scale: 'billion', currency: 'USD' })).toBe(
			`51,8${NBSP}млрд долларов`,
		);
		expect(formatAmount(51.8, { scale: 'billion', currency: 'USD' }, 'en')).toBe(
			`$51.8${NBSP}billion`,
		);
	});

	test('an amount in a currency without a symbol names it after the scale', () => {
		expect(formatAmount(1.2, { scale: 'trillion', currency: 'RUB' }, 'en')).toBe(
			`1.2${NBSP}trillion roubles`,
		);
		expect(formatAmount(1.2, { scale: 'trillion', currency: 'RUB' })).toBe(`1,2${NBSP}трлн рублей`);
	});
});
