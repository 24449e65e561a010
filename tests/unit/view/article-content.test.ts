import { describe, expect, test } from 'vitest';
import { articleBodyView, feedArticleView } from '../../../src/view/article-content.ts';
import { articleCard } from '../../../src/view/article-card.ts';
import { chartView } from '../../../src/view/chart.ts';
import {
	citedTitle,
	publisherLanguage,
	sourceListItems,
	sourceNames,
	titleLanguage,
} from '../../../src/view/sources.ts';
import { timelineView } from '../../../src/view/timeline.ts';
import { siteFixture } from './site-fixture.ts';

describe('sourceNames', () => {
	test('names each source by its publisher with its address and kind, an unknown one by its id', () => {
		const site = siteFixture();

		expect(sourceNames(['tass', 'belta', 'unknown'], site.sources)).toEqual([
			{
				label: 'ТАСС',
				url: 'https://tass.ru/politika/1',
				kind: { label: 'государственное СМИ', original: undefined },
				lang: undefined,
			},
			{
				label: 'БелТА',
				url: undefined,
				kind: { label: 'государственное СМИ', original: undefined },
				lang: undefined,
			},
			{ label: 'unknown', url: undefined, kind: undefined, lang: undefined },
		]);
	});

	test('marks a Cyrillic publisher as Russian on an English page', () => {
		const [tass] = sourceNames(['tass'], siteFixture().sources, 'en');

		expect(tass).toMatchObject({ label: 'ТАСС', kind: { label: 'state media' }, lang: 'ru' });
	});
});

describe('publisherLanguage', () => {
	test('marks a name in Cyrillic only on a page in another language', () => {
		expect(publisherLanguage({ publisher: 'ТАСС' }, 'en')).toBe('ru');
		expect(publisherLanguage({ publisher: 'Kyiv Independent' }, 'en')).toBeUndefined();
		expect(publisherLanguage({ publisher: 'ТАСС' }, 'ru')).toBeUndefined();
		expect(publisherLanguage({ publisher: 'Kyiv Independent' }, 'ru')).toBeUndefined();
	});
});

describe('sourceListItems', () => {
	test('gives each source the anchor citations link to, in the order given', () => {
		const items = sourceListItems(['kremlin', 'tass'], siteFixture().sources);

		expect(
			items.map((item) => [item.anchor, item.cited.source.publisher, item.cited.title]),
		).toEqual([
			['source-kremlin', 'Кремль', '«Переговоры»'],
			['source-tass', 'ТАСС', '«Лукашенко прилетел в\u00A0Москву»'],
		]);
	});
});

describe('titleLanguage', () => {
	test('marks a title in another language, not a Russian one, our description or an unknown one', () => {
		expect(titleLanguage({ lang: 'en', titleIsDescription: false })).toBe('en');
		expect(titleLanguage({ lang: 'uk', titleIsDescription: false })).toBe('uk');
		expect(titleLanguage({ lang: 'ru', titleIsDescription: false })).toBeUndefined();
		expect(titleLanguage({ lang: 'en', titleIsDescription: true })).toBeUndefined();
		expect(titleLanguage({ lang: undefined, titleIsDescription: false })).toBeUndefined();
	});

	test('on an English page, marks a Russian title and our Russian description, not an English title', () => {
		expect(titleLanguage({ lang: 'ru', titleIsDescription: false }, 'en')).toBe('ru');
		expect(titleLanguage({ lang: 'en', titleIsDescription: true }, 'en')).toBe('ru');
		expect(titleLanguage({ lang: 'en', titleIsDescription: false }, 'en')).toBeUndefined();
	});
});

describe('citedTitle', () => {
	test('quotes a title as published, its own «ёлочки» turned into „лапки“', () => {
		expect(
			citedTitle({
				title: 'Лукашенко: «Орешник» заступил на дежурство',
				titleIsDescription: false,
			}),
		).toBe('«Лукашенко: „Орешник“ заступил на дежурство»');
	});

	test('leaves our description of an untitled page unquoted: it is not a quotation', () => {
		expect(
			citedTitle({ title: 'Заметка о словах Ушакова о перемирии', titleIsDescription: true }),
		).toBe('Заметка о словах Ушакова о перемирии');
	});
});

describe('timelineView', () => {
	test('gives each event its anchor, date line, people and sources', () => {
		const site = siteFixture();
		const view = timelineView('visit-schedule', site.timelines.get('visit-schedule')!, site);

		expect(view.href).toBe('/timelines/visit-schedule/');
		expect(view.title).toBe('Визит по\u00A0часам');
		const [earlier, landing, talks] = view.events;
		expect(earlier!.sources).toEqual([{ label: 'unknown', url: undefined }]);
		expect(landing).toMatchObject({
			anchor: 'visit-schedule-landing',
			datetime: '2025-03-13T10:00:00+03:00',
			date: '13 марта 2025, около 10:00 МСК',
			title: 'Самолёт сел во\u00A0Внуково',
			quotedTitle: '«Самолёт сел во\u00A0Внуково»',
			people: [
				{ href: '/people/lukashenko/', name: 'Александр Лукашенко' },
				{ href: '/people/nobody-known/', name: 'nobody-known' },
			],
		});
		expect(landing!.sources.map((source) => source.label)).toEqual(['ТАСС', 'БелТА']);
		expect(talks).toMatchObject({
			date: '13 марта 2025, день',
			text: 'Сначала наедине.',
			caveat: 'Время не\u00A0подтверждено',
		});
	});

	test('groups the same event views by year, in the file’s order', () => {
		const site = siteFixture();
		const view = timelineView('visit-schedule', site.timelines.get('visit-schedule')!, site);

		expect(view.years.map((group) => [group.year, group.events.length])).toEqual([
			['2024', 1],
			['2025', 2],
		]);
		expect(view.years[1]!.events[0]).toBe(view.events[1]);
	});
});

describe('chartView', () => {
	test('lays out the chart and names each row’s sources', () => {
		const site = siteFixture();
		const view = chartView('trade', site.charts.get('trade')!, site.sources);

		expect(view).toMatchObject({
			id: 'trade',
			kind: 'values',
			title: 'Товарооборот в\u00A02024\u00A0году',
			valueHeading: 'млрд долларов',
		});
		expect(view.rows.map((row) => [row.cell, row.sources.map((source) => source.label)])).toEqual([
			['50', ['Кремль']],
			['почти 49', ['БелТА', 'ТАСС']],
		]);
		expect(view.geometry.rows).toHaveLength(2);
	});
});

describe('articleBodyView', () => {
	test('passes an article without embeds its body file alone', () => {
		const site = siteFixture();
		const view = articleBodyView(site.articleById.get('arrival')!, site);

		expect(view).toEqual({
			bodyFile: '/bodies/arrival.html',
			charts: new Map(),
			timelines: new Map(),
			maps: new Map(),
			images: [],
			locale: 'ru',
		});
	});
	test('makes an embed once per site data and language: every page of a build gets the same view', () => {
		const site = siteFixture();
		const talks = site.articleById.get('talks')!;

		const first = articleBodyView(talks, site).timelines.get('visit-schedule');
		const again = feedArticleView(talks, site).body.timelines.get('visit-schedule');
		const english = articleBodyView(talks, site, 'en').timelines.get('visit-schedule');
		const newData = articleBodyView(talks, siteFixture()).timelines.get('visit-schedule');

		expect(first).toBeDefined();
		expect(again).toBe(first);
		expect(english).not.toBe(first);
		expect(english?.href).toBe('/en/timelines/visit-schedule/');
		expect(newData).not.toBe(first);
		expect(newData).toEqual(first);
		expect(articleBodyView(talks, site).maps.get('route')).toBe(
			articleBodyView(talks, site).maps.get('route'),
		);
	});
});

describe('feedArticleView', () => {
	test('carries «Главное», the body with its embeds and the numbered sources', () => {
		const site = siteFixture();
		const view = feedArticleView(site.articleById.get('talks')!, site);

		expect(view.keyPoints).toEqual(['Один.', 'Два.', 'Три.']);
		expect([...view.body.timelines.keys()]).toEqual(['visit-schedule']);
		expect([...view.body.maps.keys()]).toEqual(['route']);
		expect(view.sources.map((item) => item.anchor)).toEqual([
			'source-tass',
			'source-kremlin',
			'source-belta',
		]);
	});
});

describe('articleCard', () => {
	test('says «updated» with the last change when the article changed after publication', () => {
		const site = siteFixture();

		expect(articleCard(site.articleById.get('talks')!)).toEqual({
			href: '/articles/talks/',
			kindLabel: 'Новость',
			title: 'Переговоры прошли в\u00A0Кремле',
			dek: 'Что подписали в\u00A0Москве.',
			updated: true,
			date: new Date('2025-03-14T16:30:00Z'),
			draft: false,
		});
		expect(articleCard(site.articleById.get('arrival')!)).toMatchObject({
			updated: false,
			date: new Date('2025-03-13T07:00:00Z'),
		});
	});

	test('marks the card of a draft, which only astro dev lists', () => {
		const site = siteFixture(undefined, { includeDrafts: true });

		expect(articleCard(site.articleById.get('draft')!).draft).toBe(true);
	});
});
