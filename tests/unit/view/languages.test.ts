import { describe, expect, test } from 'vitest';
import { languageLinks } from '../../../src/view/languages.ts';

describe('languageLinks', () => {
	test('offers nothing while the page has no counterpart and there is no other edition', () => {
		expect(languageLinks('/articles/kremlin-talks/', 'ru')).toEqual([]);
		expect(languageLinks('/articles/kremlin-talks/', 'ru', [], ['ru'])).toEqual([]);
	});

	test('a counterpart is offered even before the other edition has its home page', () => {
		expect(languageLinks('/search/', 'ru', ['en']).map((link) => link.href)).toEqual([
			'/en/search/',
		]);
	});

	test('leads to the same page in the other language when it exists there', () => {
		expect(languageLinks('/articles/kremlin-talks/', 'ru', ['en'], ['ru', 'en'])).toEqual([
			{
				locale: 'en',
				lang: 'en',
				name: 'English',
				href: '/en/articles/kremlin-talks/',
				note: undefined,
			},
		]);
		expect(languageLinks('/en/articles/kremlin-talks/', 'en', ['ru'], ['ru', 'en'])).toEqual([
			{
				locale: 'ru',
				lang: 'ru',
				name: 'Русский',
				href: '/articles/kremlin-talks/',
				note: undefined,
			},
		]);
	});

	test('leads to the other edition’s home page, saying so, when the page has no counterpart', () => {
		const [english] = languageLinks('/sources/', 'ru', [], ['ru', 'en']);
		const [russian] = languageLinks('/en/glossary/', 'en', [], ['ru', 'en']);

		expect(english).toMatchObject({
			href: '/en/',
			note: 'home page: this page is not in English yet',
		});
		expect(russian).toMatchObject({
			href: '/',
			note: 'главная страница: этой страницы по-русски пока нет',
		});
	});
});
