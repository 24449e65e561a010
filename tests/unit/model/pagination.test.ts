import { describe, expect, test } from 'vitest';
import {
	pageParameter,
	pageTitle,
	paginate,
	paginatedPaths,
} from '../../../src/model/pagination.ts';

describe('paginate', () => {
	test('splits a list into full pages and a last, shorter one', () => {
		const pages = paginate([1, 2, 3, 4, 5], 2);

		expect(pages).toEqual([
			{ number: 1, count: 3, items: [1, 2] },
			{ number: 2, count: 3, items: [3, 4] },
			{ number: 3, count: 3, items: [5] },
		]);
	});

	test('gives an exact multiple no empty last page', () => {
		expect(paginate([1, 2, 3, 4], 2).map((page) => page.items)).toEqual([
			[1, 2],
			[3, 4],
		]);
	});

	test('gives an empty list one empty page, so the list page still exists', () => {
		expect(paginate([], 20)).toEqual([{ number: 1, count: 1, items: [] }]);
	});

	test('refuses a page size that is not a positive whole number', () => {
		expect(() => paginate([1], 0)).toThrow(RangeError);
		expect(() => paginate([1], 1.5)).toThrow(RangeError);
	});
});

describe('pageParameter', () => {
	test('puts the first page at the list address and later ones under page/<n>', () => {
		expect(pageParameter(1)).toBeUndefined();
		expect(pageParameter(2)).toBe('page/2');
	});
});

describe('pageTitle', () => {
	test('numbers every page but the first', () => {
		expect(pageTitle('Все материалы', { number: 1 })).toBe('Все материалы');
		expect(pageTitle('Все материалы', { number: 3 })).toBe('Все материалы\u00A0— страница 3');
	});

	test('numbers pages in English', () => {
		expect(pageTitle('All articles', { number: 1 }, 'en')).toBe('All articles');
		expect(pageTitle('All articles', { number: 2 }, 'en')).toBe('All articles — page 2');
	});
});

describe('paginatedPaths', () => {
	test('gives each page its route parameter and the page, with the extra params in both', () => {
		expect(paginatedPaths(['a', 'b', 'c'], 2, { id: 'trade' })).toEqual([
			{
				params: { id: 'trade', page: undefined },
				props: { id: 'trade', page: { number: 1, count: 2, items: ['a', 'b'] } },
			},
			{
				params: { id: 'trade', page: 'page/2' },
				props: { id: 'trade', page: { number: 2, count: 2, items: ['c'] } },
			},
		]);
	});
});
