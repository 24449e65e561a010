import { describe, expect, test } from 'vitest';
import {
	answersWithError,
	LIGHTHOUSE_PAGES,
	normalizePagePath,
	pageType,
	samplePages,
	showsFigure,
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
	test('takes the named page of a type, else its heaviest, and a file page only when named', () => {
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
			'/404.html',
			'/people/yeltsin/',
		]);
		expect(samplePages(pages, ['/'])).toEqual([
			'/',
			'/articles/a/',
			'/people/',
			'/people/yeltsin/',
			'/search/',
		]);
	});

	test('names one page of every type of issue 18, the four of the performance issue first', () => {
		expect(LIGHTHOUSE_PAGES.slice(0, 4)).toEqual([
			'/',
			'/articles/kremlin-talks/',
			'/timelines/visit-schedule/',
			'/search/',
		]);
		const types = LIGHTHOUSE_PAGES.map(pageType);
		expect(new Set(types).size).toBe(LIGHTHOUSE_PAGES.length);
		expect([...types].sort()).toEqual(
			[
				'/',
				'/articles/…/',
				'/timelines/…/',
				'/timelines/',
				'/people/',
				'/people/…/',
				'/topics/',
				'/topics/…/',
				'/glossary/',
				'/sources/',
				'/search/',
				'/archive/',
				'/about/',
				'/corrections/',
				'/subscribe/',
				'/404.html',
			].sort(),
		);
	});

	test('lets only the not-found page answer with an error status', () => {
		expect(LIGHTHOUSE_PAGES.filter(answersWithError)).toEqual(['/404.html']);
	});
});

describe('showsFigure', () => {
	test('finds a map, a picture or an image, and nothing in a page of text', () => {
		expect(showsFigure('<figure class="map" id="map-visit-route">')).toBe(true);
		expect(showsFigure('<figure class="hero"><picture><source type="image/avif">')).toBe(true);
		expect(showsFigure('<p>text</p><img src="/a.webp" alt="">')).toBe(true);
		expect(showsFigure('<figure class="chart"><svg></svg></figure><p>maps</p>')).toBe(false);
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
