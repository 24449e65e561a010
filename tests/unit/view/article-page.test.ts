import { describe, expect, test } from 'vitest';
import { articlePage, articlePaths } from '../../../src/view/article-page.ts';
import { SITE } from '../../../src/site.ts';
import { siteFixture } from './site-fixture.ts';

describe('articlePaths', () => {
	test('gives one path per published article, drafts left out', () => {
		expect(articlePaths(siteFixture()).map((path) => path.params.slug)).toEqual([
			'talks',
			'numbers',
			'arrival',
		]);
	});
});

describe('articlePage', () => {
	test('heads the page with the kind, the typeset title, the dek, the byline and the dates', () => {
		const page = articlePage(siteFixture(), 'talks');

		expect(page.kindLabel).toBe('Новость');
		expect(page.title).toBe('Переговоры прошли в\u00A0Кремле');
		expect(page.dek).toBe('Что подписали в\u00A0Москве.');
		expect(page.byline).toBe('Редакция «Разбора»');
		expect(page.published).toEqual(new Date('2025-03-13T09:00:00Z'));
		expect(page.modified).toEqual(new Date('2025-03-14T16:30:00Z'));
		expect(page.readingTime).toBe('4\u00A0минуты чтения');
	});

	test('flags a draft, which only astro dev shows, for the «Черновик» banner', () => {
		const site = siteFixture(undefined, { includeDrafts: true });

		expect(articlePage(site, 'draft').draft).toBe(true);
		expect(articlePage(site, 'talks').draft).toBe(false);
	});

	test('gives no second date to an article that never changed', () => {
		expect(articlePage(siteFixture(), 'arrival').modified).toBeUndefined();
	});

	test('puts the typeset retrospective note under the dates, and none where there is none', () => {
		expect(articlePage(siteFixture(), 'talks').retrospective).toBe(
			'Разбор написан после визита, по\u00A0публикациям марта 2025\u00A0года.',
		);
		expect(articlePage(siteFixture(), 'arrival').retrospective).toBeUndefined();
	});

	test('lists the body’s second-level sections, without fact boxes, as the contents', () => {
		expect(articlePage(siteFixture(), 'talks').contents).toEqual([
			{ href: '#visit', text: 'Визит' },
			{ href: '#talks', text: 'Переговоры' },
			{ href: '#result', text: 'Итоги' },
		]);
	});

	test('numbers the sources in citation order, then the listed ones', () => {
		const { sources } = articlePage(siteFixture(), 'talks');

		expect(sources.map((item) => item.anchor)).toEqual([
			'source-tass',
			'source-kremlin',
			'source-belta',
		]);
		expect(sources[0]!.cited.source.publisher).toBe('ТАСС');
	});

	test('passes the body file and the embedded timeline and chart, each once', () => {
		const { body } = articlePage(siteFixture(), 'talks');

		expect(body.bodyFile).toBe('/bodies/talks.html');
		expect([...body.timelines.keys()]).toEqual(['visit-schedule']);
		expect([...body.charts.keys()]).toEqual(['trade']);
	});

	test('links the topics and people by name, and shares the page’s absolute address', () => {
		const page = articlePage(siteFixture(), 'talks');

		expect(page.topics).toEqual([
			{ href: '/topics/union-state/', text: 'Союзное государство' },
			{ href: '/topics/trade/', text: 'Торговля' },
		]);
		expect(page.people.map((person) => person.text)).toEqual([
			'Владимир Путин',
			'Александр Лукашенко',
		]);
		expect(page.share).toEqual({
			url: `${SITE.url}/articles/talks/`,
			title: 'Переговоры прошли в\u00A0Кремле',
		});
	});

	test('relates articles sharing topics and links the story’s neighbours by publication', () => {
		const page = articlePage(siteFixture(), 'talks');

		expect(page.related.map((card) => card.href)).toEqual([
			'/articles/numbers/',
			'/articles/arrival/',
		]);
		expect(page.previous).toEqual({ href: '/articles/arrival/', text: 'Лукашенко прилетел' });
		expect(page.next).toEqual({ href: '/articles/numbers/', text: 'Визит в\u00A0цифрах' });
		expect(articlePage(siteFixture(), 'arrival').previous).toBeUndefined();
	});

	test('shares an article by its share title when it has one, else by its headline', () => {
		const site = siteFixture([
			{
				id: 'long',
				fields: {
					title: 'Путин и Лукашенко провели переговоры в Кремле и ввели в силу договор',
					shareTitle: 'Путин и Лукашенко ввели в силу договор',
					published: '2025-03-13T12:00:00+03:00',
				},
			},
		]);

		const page = articlePage(site, 'long');

		expect(page.share.title).toBe('Путин и\u00A0Лукашенко ввели в\u00A0силу договор');
		expect(page.layout.shareTitle).toBe(page.share.title);
		expect(articlePage(siteFixture(), 'talks').share.title).toBe('Переговоры прошли в\u00A0Кремле');
	});

	test('tells the layout its share image, article facts and JSON-LD with the corrections', () => {
		const { layout } = articlePage(siteFixture(), 'talks');

		expect(layout.title).toBe('Переговоры прошли в\u00A0Кремле');
		expect(layout.description).toBe('Что подписали в\u00A0Москве.');
		expect(layout.image?.path).toBe('/og/articles/talks.png');
		expect(layout.image?.alt).toBe(
			'Новость. Переговоры прошли в\u00A0Кремле. Диаграмма: Товарооборот в\u00A02024\u00A0году. Разбор, 13 марта 2025',
		);
		expect(layout.article).toEqual({
			published: new Date('2025-03-13T09:00:00Z'),
			modified: new Date('2025-03-14T16:30:00Z'),
			section: 'Союзное государство',
			tags: ['Союзное государство', 'Торговля', 'Владимир Путин', 'Александр Лукашенко'],
		});
		expect(layout.structuredData).toHaveLength(1);
		expect(JSON.stringify(layout.structuredData)).toContain('Исправлена дата.');
	});

	test('leads with the map the body opens with, and says so in the share image’s alt', () => {
		const site = siteFixture([
			{
				id: 'route',
				fields: { title: 'Маршрут визита', published: '2025-03-13T12:00:00+03:00' },
				references: [
					{ kind: 'map', id: 'route' },
					{ kind: 'chart', id: 'trade' },
				],
				findings: { opening: { kind: 'map', id: 'route' } },
			},
		]);

		const page = articlePage(site, 'route');

		expect(page.leadFigure).toEqual({ kind: 'map', id: 'route' });
		expect(page.layout.image?.alt).toBe(
			'Новость. Маршрут визита. Карта: Маршрут. Разбор, 13 марта 2025',
		);
	});

	test('leads with the key number when the body has no map or chart, and names none without one', () => {
		const site = siteFixture([
			{
				id: 'number',
				fields: { title: 'Визит в цифрах', published: '2025-03-13T12:00:00+03:00' },
				findings: { keyNumber: { value: '2\u00A0дня', text: 'длился визит' } },
			},
			{ id: 'plain', fields: { title: 'Без цифр', published: '2025-03-13T12:00:00+03:00' } },
		]);

		expect(articlePage(site, 'number').leadFigure).toEqual({
			kind: 'number',
			value: '2\u00A0дня',
			caption: 'длился визит',
		});
		expect(articlePage(site, 'number').layout.image?.alt).toBe(
			'Новость. Визит в\u00A0цифрах. 2\u00A0дня\u00A0— длился визит. Разбор, 13 марта 2025',
		);
		expect(articlePage(site, 'plain').leadFigure).toBeUndefined();
		expect(articlePage(site, 'plain').layout.image?.alt).toBe(
			'Новость. Без\u00A0цифр. Разбор, 13 марта 2025',
		);
	});

	test('takes the kind as the section of an article without topics', () => {
		const page = articlePage(
			siteFixture([
				{ id: 'lonely', fields: { kind: 'factcheck', published: '2025-03-13T12:00:00+03:00' } },
			]),
			'lonely',
		);

		expect(page.layout.article?.section).toBe('Проверка фактов');
	});

	test('refuses a slug that is not a published article', () => {
		expect(() => articlePage(siteFixture(), 'draft')).toThrow('draft');
	});
});
