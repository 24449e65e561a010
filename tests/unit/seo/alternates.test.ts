import { describe, expect, test } from 'vitest';
import { hreflangLinks, ogLocaleTags } from '../../../src/seo/alternates.ts';

const SITE = { url: 'https://razbor.example' };

describe('hreflangLinks', () => {
	test('names every language of a page and the Russian original as x-default', () => {
		expect(hreflangLinks('/articles/kremlin-talks/', ['en', 'ru'], SITE)).toEqual([
			{ hreflang: 'ru', href: 'https://razbor.example/articles/kremlin-talks/' },
			{ hreflang: 'en', href: 'https://razbor.example/en/articles/kremlin-talks/' },
			{ hreflang: 'x-default', href: 'https://razbor.example/articles/kremlin-talks/' },
		]);
	});

	test('gives no links to a page that exists in one language only', () => {
		expect(hreflangLinks('/articles/kremlin-talks/', ['ru'], SITE)).toEqual([]);
		expect(hreflangLinks('/articles/kremlin-talks/', [], SITE)).toEqual([]);
	});

	test('links the home pages of both editions', () => {
		expect(hreflangLinks('/', ['ru', 'en'], SITE).map((link) => link.href)).toEqual([
			'https://razbor.example/',
			'https://razbor.example/en/',
			'https://razbor.example/',
		]);
	});
});

describe('ogLocaleTags', () => {
	test('gives the page’s own locale, and the others it exists in as alternates', () => {
		expect(ogLocaleTags('ru')).toEqual([{ property: 'og:locale', content: 'ru_RU' }]);
		expect(ogLocaleTags('en', ['ru', 'en'])).toEqual([
			{ property: 'og:locale', content: 'en_US' },
			{ property: 'og:locale:alternate', content: 'ru_RU' },
		]);
		expect(ogLocaleTags('ru', ['en'])).toEqual([
			{ property: 'og:locale', content: 'ru_RU' },
			{ property: 'og:locale:alternate', content: 'en_US' },
		]);
	});
});
