import { describe, expect, test } from 'vitest';
import {
	LIGHTHOUSE_PAGES,
	normalizePagePath,
	pageType,
	samplePages,
} from '../../bench/bench-pages-selection.ts';
import { parseBenchPagesOptions } from '../../bench/bench-pages-options.ts';

describe('pageType', () => {
	test('stars the variable part of a URL and keeps lists and files as they are', () => {
		expect(pageType('/')).toBe('/');
		expect(pageType('/articles/')).toBe('/articles/');
		expect(pageType('/articles/kremlin-talks/')).toBe('/articles/…/');
		expect(pageType('/topics/trade/page/2/')).toBe('/topics/…/…/…/');
		expect(pageType('/404.html')).toBe('/404.html');
	});
});

describe('samplePages', () => {
	test('takes the named page of a type, else its heaviest, and leaves out file pages', () => {
		const pages = [
			{ path: '/', weight: 9 },
			{ path: '/404.html', weight: 5 },
			{ path: '/articles/a/', weight: 30 },
			{ path: '/articles/kremlin-talks/', weight: 20 },
			{ path: '/people/', weight: 4 },
			{ path: '/people/putin/', weight: 6 },
			{ path: '/people/yeltsin/', weight: 8 },
			{ path: '/search/', weight: 7 },
		];

		expect(samplePages(pages)).toEqual([
			'/',
			'/articles/kremlin-talks/',
			'/search/',
			'/people/',
			'/people/yeltsin/',
		]);
	});

	test('names the four pages of the issue', () => {
		expect(LIGHTHOUSE_PAGES).toEqual([
			'/',
			'/articles/kremlin-talks/',
			'/timelines/visit-schedule/',
			'/search/',
		]);
	});
});

describe('normalizePagePath', () => {
	test('adds the trailing slash of a folder and refuses a path without a leading one', () => {
		expect(normalizePagePath(' /search ')).toBe('/search/');
		expect(normalizePagePath('/404.html')).toBe('/404.html');
		expect(() => normalizePagePath('search/')).toThrow('must start with /');
	});
});

describe('parseBenchPagesOptions', () => {
	test('defaults to three runs over the whole build', () => {
		expect(parseBenchPagesOptions([])).toEqual({
			dir: undefined,
			runs: 3,
			pages: undefined,
			keep: false,
		});
	});

	test('reads --runs, --pages and --dir', () => {
		const options = parseBenchPagesOptions([
			'--runs',
			'5',
			'--pages',
			'/,/search,/search/',
			'--dir',
			'dist',
		]);

		expect(options).toEqual({ dir: 'dist', runs: 5, pages: ['/', '/search/'], keep: false });
	});

	test('refuses a run count that is not a positive integer', () => {
		expect(() => parseBenchPagesOptions(['--runs', '0'])).toThrow('positive integer');
	});
});
