import { describe, expect, test } from 'vitest';
import type { SiteData } from '../../../src/data/site-data.ts';
import { articlePage } from '../../../src/view/article-page.ts';
import { editionPages, editionSite, pageLanguages } from '../../../src/view/edition.ts';
import { SITE } from '../../../src/site.ts';
import { ARTICLES, siteFixture } from './site-fixture.ts';

/**
 * Which pages each edition makes, and so which pages link to a counterpart (issue 20): an English
 * page exists only for an id with an English entry, and a page links only to pages that exist.
 */

/** What both fixtures' editions have in both languages. */
const TRANSLATED: SiteData['translated'] = {
	articles: new Set(['talks']),
	timelines: new Set(['visit-schedule']),
	people: new Set(['putin']),
	glossary: new Set(),
	topics: new Set(['trade']),
	charts: new Set(['trade']),
	maps: new Set(),
	places: new Set(),
};

/** The Russian edition of the fixture, which knows what is translated. */
function russian(): SiteData {
	return { ...siteFixture(), translated: TRANSLATED };
}

/** An English edition of the fixture with the article `talks` only. */
function english(ids: readonly string[] = ['talks']): SiteData {
	const site = siteFixture(ARTICLES.filter((article) => ids.includes(article.id)));
	return { ...site, lang: 'en', translated: TRANSLATED };
}

describe('editionSite', () => {
	test('keeps the original edition as it is', () => {
		const site = russian();

		expect(editionSite(site)).toBe(site);
	});

	test('keeps only the people, topics and timelines a translation has words for', () => {
		const original = english();
		const site = editionSite(original);

		expect([...site.people.keys()]).toEqual(['putin']);
		expect([...site.topics.keys()]).toEqual(['trade']);
		expect([...site.timelines.keys()]).toEqual(['visit-schedule']);
		expect([...site.glossary.keys()]).toEqual([]);
		// Embeds stay: the build refuses an English article embedding an untranslated one.
		expect(site.charts).toBe(original.charts);
	});
});

describe('editionPages and pageLanguages', () => {
	test('an English article links to its original and back; a page only in Russian does not', () => {
		const pages = editionPages({ ru: russian(), en: english() });

		expect(pageLanguages('/articles/talks/', 'ru', pages)).toEqual({
			translations: ['en'],
			editions: ['en'],
		});
		expect(pageLanguages('/en/articles/talks/', 'en', pages)).toEqual({
			translations: ['ru'],
			editions: ['ru'],
		});
		expect(pageLanguages('/articles/numbers/', 'ru', pages)).toEqual({
			translations: [],
			editions: ['en'],
		});
	});

	test('a person or topic page has a counterpart only when its id is translated', () => {
		const pages = editionPages({ ru: russian(), en: english() });

		expect(pageLanguages('/people/putin/', 'ru', pages).translations).toEqual(['en']);
		expect(pageLanguages('/people/lukashenko/', 'ru', pages).translations).toEqual([]);
		expect(pageLanguages('/topics/union-state/', 'ru', pages).translations).toEqual([]);
		expect(pages.en.has('/people/lukashenko/')).toBe(false);
	});

	test('the fixed pages and the section indexes exist in both editions', () => {
		const pages = editionPages({ ru: russian(), en: english() });

		for (const path of ['/', '/archive/', '/people/', '/glossary/', '/about/', '/search/'])
			expect([path, pageLanguages(path, 'ru', pages).translations]).toEqual([path, ['en']]);
	});

	test('the 404 page, in no edition’s list, offers the other edition’s home page', () => {
		const pages = editionPages({ ru: russian(), en: english() });

		expect(pageLanguages('/en/404/', 'en', pages)).toEqual({
			translations: [],
			editions: ['ru'],
		});
	});

	test('an edition without a published article is offered nowhere', () => {
		const pages = editionPages({ ru: russian(), en: english([]) });

		expect(pages.en.size).toBe(0);
		expect(pageLanguages('/', 'ru', pages)).toEqual({ translations: [], editions: [] });
	});
});

/** The page's NewsArticle, as plain JSON. */
function newsArticle(data: readonly object[] | undefined): Record<string, unknown> {
	const found = (data ?? []).find(
		(item) => (item as Record<string, unknown>)['@type'] === 'NewsArticle',
	);
	if (!found) throw new Error('no NewsArticle');
	return found as Record<string, unknown>;
}

describe('articlePage in a translation', () => {
	test('names its original as translationOfWork and says its own language', () => {
		const page = articlePage(editionSite(english()), 'talks', 'en');
		const article = newsArticle(page.layout.structuredData);

		expect(article['inLanguage']).toBe('en');
		expect(article['translationOfWork']).toMatchObject({
			url: new URL('/articles/talks/', SITE.url).href,
			inLanguage: 'ru',
		});
		expect(String(article['url'])).toMatch(/\/en\/articles\/talks\/$/);
	});

	test('links only the topics and people its edition has pages for', () => {
		const page = articlePage(editionSite(english()), 'talks', 'en');

		expect(page.topics.map((topic) => topic.href)).toEqual(['/en/topics/trade/']);
		expect(page.people.map((person) => person.href)).toEqual(['/en/people/putin/']);
	});

	test('the original names no translation of its own', () => {
		const page = articlePage(russian(), 'talks');
		const article = newsArticle(page.layout.structuredData);

		expect(article['inLanguage']).toBe('ru');
		expect(article).not.toHaveProperty('translationOfWork');
	});
});
