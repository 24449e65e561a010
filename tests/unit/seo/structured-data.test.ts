import { describe, expect, test } from 'vitest';
import {
	breadcrumbListLd,
	claimReviewLd,
	VERDICT_RATINGS,
	newsArticleLd,
	serializeJsonLd,
	webSiteLd,
	type NewsArticleInput,
} from '../../../src/seo/structured-data.ts';

const SITE = {
	title: 'Разбор',
	description: 'Объясняем одно событие',
	url: 'https://razbor.example',
	lang: 'ru' as const,
	contactEmail: 'editors@razbor.example',
};

/** The publisher as every object names it, with where it says how it works. */
const PUBLISHER = {
	'@type': 'NewsMediaOrganization',
	name: 'Разбор',
	url: 'https://razbor.example/',
	logo: { '@type': 'ImageObject', url: 'https://razbor.example/favicon.svg' },
	publishingPrinciples: 'https://razbor.example/about/#methods',
	correctionsPolicy: 'https://razbor.example/about/#corrections',
	contactPoint: {
		'@type': 'ContactPoint',
		contactType: 'editorial',
		email: 'editors@razbor.example',
		url: 'https://razbor.example/about/#contact',
	},
};

const ARTICLE: NewsArticleInput = {
	headline: 'Переговоры в Кремле',
	description: 'Что решили президенты',
	path: '/articles/kremlin-talks/',
	imagePath: '/og/articles/kremlin-talks.png',
	published: new Date('2025-03-13T09:00:00Z'),
	modified: new Date('2025-03-14T06:30:00Z'),
	author: 'Редакция «Разбора»',
	section: 'Союзное государство',
	keywords: ['Союзное государство', 'Владимир Путин'],
	corrections: [],
};

describe('newsArticleLd', () => {
	test('describes the article with absolute URLs and dates with the Moscow offset', () => {
		expect(newsArticleLd(ARTICLE, SITE, '/favicon.svg')).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			'@id': 'https://razbor.example/articles/kremlin-talks/#article',
			mainEntityOfPage: 'https://razbor.example/articles/kremlin-talks/',
			url: 'https://razbor.example/articles/kremlin-talks/',
			headline: 'Переговоры в Кремле',
			description: 'Что решили президенты',
			image: ['https://razbor.example/og/articles/kremlin-talks.png'],
			datePublished: '2025-03-13T12:00:00+03:00',
			dateModified: '2025-03-14T09:30:00+03:00',
			author: [
				{ '@type': 'Organization', name: 'Редакция «Разбора»', url: 'https://razbor.example/' },
			],
			publisher: PUBLISHER,
			inLanguage: 'ru',
			articleSection: 'Союзное государство',
			keywords: ['Союзное государство', 'Владимир Путин'],
		});
	});

	test('lists each correction with its note and time', () => {
		const data = newsArticleLd(
			{
				...ARTICLE,
				corrections: [{ at: new Date('2025-03-14T06:30:00Z'), note: 'Исправлена дата.' }],
			},
			SITE,
			'/favicon.svg',
		);

		expect(data['correction']).toEqual([
			{
				'@type': 'CorrectionComment',
				text: 'Исправлена дата.',
				datePublished: '2025-03-14T09:30:00+03:00',
			},
		]);
	});
});

describe('breadcrumbListLd', () => {
	test('numbers the trail from 1 with absolute URLs', () => {
		expect(
			breadcrumbListLd(
				[
					{ name: 'Разбор', path: '/' },
					{ name: 'Люди', path: '/people/' },
				],
				SITE,
			),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Разбор', item: 'https://razbor.example/' },
				{ '@type': 'ListItem', position: 2, name: 'Люди', item: 'https://razbor.example/people/' },
			],
		});
	});
});

describe('webSiteLd', () => {
	test('names the site and its search', () => {
		const data = webSiteLd(SITE, '/search/', '/favicon.svg');

		expect(data).toMatchObject({
			'@type': 'WebSite',
			name: 'Разбор',
			url: 'https://razbor.example/',
			inLanguage: 'ru',
			potentialAction: {
				'@type': 'SearchAction',
				target: 'https://razbor.example/search/?q={search_term_string}',
			},
		});
	});
});

describe('serializeJsonLd', () => {
	const THING = { '@context': 'https://schema.org', '@type': 'Thing' } as const;

	test('cannot be closed early by text that contains </script>', () => {
		const json = serializeJsonLd({ ...THING, name: '</script><script>alert(1)</script> & <!--' });

		expect(json).not.toMatch(/[<>&]/);
		expect(JSON.parse(json)).toEqual({
			...THING,
			name: '</script><script>alert(1)</script> & <!--',
		});
	});

	test('escapes the line and paragraph separators', () => {
		const json = serializeJsonLd({ ...THING, name: 'a\u2028b\u2029c' });

		expect(json).toBe(
			'{"@context":"https://schema.org","@type":"Thing","name":"a\\u2028b\\u2029c"}',
		);
		expect(JSON.parse(json)).toEqual({ ...THING, name: 'a\u2028b\u2029c' });
	});

	test('writes the keys in the order search engines have always been given them', () => {
		// The pages' JSON-LD, byte for byte as it was before the objects were typed with schema-dts
		// (the publisher has since said where its methods and corrections policy are).
		const corrected = {
			...ARTICLE,
			corrections: [{ at: new Date('2025-03-14T06:30:00Z'), note: 'Исправлена дата.' }],
		};
		const crumbs = [
			{ name: 'Разбор', path: '/' },
			{ name: 'Люди', path: '/people/' },
		];

		expect(serializeJsonLd(newsArticleLd(corrected, SITE, '/favicon.svg'))).toBe(NEWS_ARTICLE_JSON);
		expect(serializeJsonLd(breadcrumbListLd(crumbs, SITE))).toBe(BREADCRUMBS_JSON);
		expect(serializeJsonLd(webSiteLd(SITE, '/search/', '/favicon.svg'))).toBe(WEB_SITE_JSON);
	});
});

describe('claimReviewLd', () => {
	const REVIEW = {
		claim: 'Переговоры начались с задержкой.',
		verdict: 'unconfirmed' as const,
		verdictText: 'Не подтверждено',
		path: '/articles/how-we-checked-the-report/#zaderzhka-peregovorov',
		published: new Date('2025-03-20T09:00:00Z'),
		reviewed: { publisher: 'baza-news.ru', title: 'Переговоры', url: 'https://baza-news.ru/x' },
	};

	test('rates the claim in words and on the documented scale, and names where it appeared', () => {
		expect(claimReviewLd(REVIEW, SITE, '/favicon.svg')).toEqual({
			'@context': 'https://schema.org',
			'@type': 'ClaimReview',
			url: 'https://razbor.example/articles/how-we-checked-the-report/#zaderzhka-peregovorov',
			claimReviewed: 'Переговоры начались с задержкой.',
			datePublished: '2025-03-20T12:00:00+03:00',
			inLanguage: 'ru',
			author: PUBLISHER,
			reviewRating: {
				'@type': 'Rating',
				ratingValue: 2,
				bestRating: 5,
				worstRating: 1,
				alternateName: 'Не подтверждено',
			},
			itemReviewed: {
				'@type': 'Claim',
				author: { '@type': 'Organization', name: 'baza-news.ru' },
				appearance: {
					'@type': 'CreativeWork',
					name: 'Переговоры',
					publisher: { '@type': 'Organization', name: 'baza-news.ru' },
					url: 'https://baza-news.ru/x',
				},
			},
		});
	});

	test('leaves out the address of a text that has none', () => {
		const review = { ...REVIEW, reviewed: { publisher: 'Газета', title: 'Заметка' } };

		const data = JSON.parse(JSON.stringify(claimReviewLd(review, SITE, '/favicon.svg'))) as {
			itemReviewed: { appearance: Record<string, unknown> };
		};

		expect(data.itemReviewed.appearance).not.toHaveProperty('url');
	});

	test('orders the verdicts from refuted (1) to confirmed (5), each a step of its own', () => {
		expect(
			Object.entries(VERDICT_RATINGS)
				.sort(([, a], [, b]) => a - b)
				.map(([verdict]) => verdict),
		).toEqual(['refuted', 'unconfirmed', 'inaccurate', 'partly-confirmed', 'confirmed']);
		expect(Object.values(VERDICT_RATINGS).sort()).toEqual([1, 2, 3, 4, 5]);
	});
});

describe('types', () => {
	test('make a ClaimReview without its schema.org spelling a type error', () => {
		const review: ReturnType<typeof claimReviewLd> = {
			'@context': 'https://schema.org',
			'@type': 'ClaimReview',
			// @ts-expect-error -- schema.org has `claimReviewed`; `npm run check` fails if this compiles.
			claimReview: 'Переговоры начались с задержкой.',
		};

		expect(review['@type']).toBe('ClaimReview');
	});

	test('make a misspelt schema.org property a type error', () => {
		const article: ReturnType<typeof newsArticleLd> = {
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			// @ts-expect-error -- schema.org has `headline`; `npm run check` fails if this compiles.
			headlin: 'Переговоры в Кремле',
		};

		expect(article['@type']).toBe('NewsArticle');
	});
});

const NEWS_ARTICLE_JSON =
	'{"@context":"https://schema.org","@type":"NewsArticle","@id":"https://razbor.example/articles/kremlin-talks/#article","mainEntityOfPage":"https://razbor.example/articles/kremlin-talks/","url":"https://razbor.example/articles/kremlin-talks/","headline":"Переговоры в Кремле","description":"Что решили президенты","image":["https://razbor.example/og/articles/kremlin-talks.png"],"datePublished":"2025-03-13T12:00:00+03:00","dateModified":"2025-03-14T09:30:00+03:00","author":[{"@type":"Organization","name":"Редакция «Разбора»","url":"https://razbor.example/"}],"publisher":{"@type":"NewsMediaOrganization","name":"Разбор","url":"https://razbor.example/","logo":{"@type":"ImageObject","url":"https://razbor.example/favicon.svg"},"publishingPrinciples":"https://razbor.example/about/#methods","correctionsPolicy":"https://razbor.example/about/#corrections","contactPoint":{"@type":"ContactPoint","contactType":"editorial","email":"editors@razbor.example","url":"https://razbor.example/about/#contact"}},"inLanguage":"ru","articleSection":"Союзное государство","keywords":["Союзное государство","Владимир Путин"],"correction":[{"@type":"CorrectionComment","text":"Исправлена дата.","datePublished":"2025-03-14T09:30:00+03:00"}]}';
const BREADCRUMBS_JSON =
	'{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Разбор","item":"https://razbor.example/"},{"@type":"ListItem","position":2,"name":"Люди","item":"https://razbor.example/people/"}]}';
const WEB_SITE_JSON =
	'{"@context":"https://schema.org","@type":"WebSite","name":"Разбор","description":"Объясняем одно событие","url":"https://razbor.example/","inLanguage":"ru","publisher":{"@type":"NewsMediaOrganization","name":"Разбор","url":"https://razbor.example/","logo":{"@type":"ImageObject","url":"https://razbor.example/favicon.svg"},"publishingPrinciples":"https://razbor.example/about/#methods","correctionsPolicy":"https://razbor.example/about/#corrections","contactPoint":{"@type":"ContactPoint","contactType":"editorial","email":"editors@razbor.example","url":"https://razbor.example/about/#contact"}},"potentialAction":{"@type":"SearchAction","target":"https://razbor.example/search/?q={search_term_string}","query-input":"required name=search_term_string"}}';

describe('JSON-LD of a translation', () => {
	test('an English article says its language and the Russian original it was written from', () => {
		const ld = newsArticleLd(
			{
				...ARTICLE,
				path: '/en/articles/kremlin-talks/',
				locale: 'en',
				translationOf: { path: '/articles/kremlin-talks/', locale: 'ru' },
			},
			SITE,
			'/favicon.svg',
		);

		expect(ld).toMatchObject({
			inLanguage: 'en',
			translationOfWork: {
				'@type': 'NewsArticle',
				'@id': 'https://razbor.example/articles/kremlin-talks/#article',
				url: 'https://razbor.example/articles/kremlin-talks/',
				inLanguage: 'ru',
			},
		});
	});

	test('an English article names its publisher in English, with the English about page', () => {
		const ld = newsArticleLd(
			{ ...ARTICLE, path: '/en/articles/kremlin-talks/', locale: 'en' },
			{ ...SITE, title: 'Razbor' },
			'/favicon.svg',
		);

		expect(ld.author).toEqual([
			{ '@type': 'Organization', name: ARTICLE.author, url: 'https://razbor.example/en/' },
		]);
		expect(ld.publisher).toEqual({
			...PUBLISHER,
			name: 'Razbor',
			url: 'https://razbor.example/en/',
			publishingPrinciples: 'https://razbor.example/en/about/#methods',
			correctionsPolicy: 'https://razbor.example/en/about/#corrections',
			contactPoint: { ...PUBLISHER.contactPoint, url: 'https://razbor.example/en/about/#contact' },
		});
	});

	test('an original has no translationOfWork', () => {
		expect(newsArticleLd(ARTICLE, SITE, '/favicon.svg')).not.toHaveProperty('translationOfWork');
	});
});

describe('webSiteLd of the English home page', () => {
	test('says English, and points at the English home page and search', () => {
		const ld = webSiteLd(
			{ ...SITE, description: 'One event explained' },
			'/en/search/',
			'/favicon.svg',
			'en',
		);

		expect(ld).toMatchObject({
			description: 'One event explained',
			url: 'https://razbor.example/en/',
			inLanguage: 'en',
			potentialAction: { target: 'https://razbor.example/en/search/?q={search_term_string}' },
		});
	});
});
