import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { convert } from 'html-to-text';
import { describe, expect, test } from 'vitest';
import { ArticleUpdateSchema, type ArticleUpdate } from '../../../src/schemas/article.ts';
import { changeNotesSection } from '../../../src/feeds/change-notes.ts';
import { feedContentHtml } from '../../../src/feeds/feed-html.ts';
import { removePageOnlyNodes } from '../../../src/feeds/page-only-nodes.ts';

const PAGE = 'https://razbor.example/articles/kremlin-talks/';

const UPDATES: ArticleUpdate[] = [
	{
		at: new Date('2025-03-13T16:02:00Z'),
		note: 'Добавлены итоги пресс-конференции.',
		correction: false,
	},
	{
		at: new Date('2025-03-14T06:30:00Z'),
		// As the schema gives it: typeset where the content is parsed.
		note: ArticleUpdateSchema.shape.note.parse('Исправлена дата в третьем абзаце.'),
		correction: true,
	},
];

function tree(html: string): Root {
	return fromHtml(html, { fragment: true });
}

describe('removePageOnlyNodes', () => {
	test('drops the «#» permalink of a timeline event and of a heading, keeping other links', () => {
		const body = tree(
			[
				'<li id="visit-landing"><h3>Посадка</h3>',
				'<a class="anchor" href="#visit-landing"><span aria-hidden="true">#</span>',
				'<span class="visually-hidden">Ссылка на событие</span></a>',
				'<p>Во <a href="/glossary/#vnukovo">Внукове</a>.</p></li>',
				'<div class="heading"><h2 id="cifry">Цифры</h2><a class="anchor" href="#cifry">#</a></div>',
			].join(''),
		);

		removePageOnlyNodes(body);

		expect(selectAll('a.anchor', body)).toHaveLength(0);
		expect(selectAll('a', body).map((link) => link.properties['href'])).toEqual([
			'/glossary/#vnukovo',
		]);
		expect(toText(body)).not.toContain('#');
		expect(toText(body)).not.toContain('Ссылка на событие');
	});

	test('unwraps the group that holds a heading and its «#» link, keeping the heading', () => {
		const body = tree(
			'<div class="heading"><h2 id="cifry">Цифры</h2><a class="anchor" href="#cifry">#</a></div><p>Текст</p>',
		);

		removePageOnlyNodes(body);

		expect(toHtml(body)).toBe('<h2 id="cifry">Цифры</h2><p>Текст</p>');
	});

	test('drops scripts, styles, buttons and comments', () => {
		const body = tree(
			[
				'<p>Текст<!-- служебное --></p>',
				'<script>alert(1)</script><style>.a{}</style>',
				'<noscript>Включите JS</noscript><button type="button">Показать</button>',
			].join(''),
		);

		removePageOnlyNodes(body);

		expect(toHtml(body)).toBe('<p>Текст</p>');
	});

	test("drops Astro's and Pagefind's data attributes and keeps classes, ids and ARIA", () => {
		const body = tree(
			[
				'<figure class="chart" id="chart-trade" aria-labelledby="chart-trade-title" data-astro-cid-abc123="" data-pagefind-ignore>',
				'<figcaption id="chart-trade-title" data-astro-cid-abc123>Торговля</figcaption></figure>',
			].join(''),
		);

		removePageOnlyNodes(body);

		expect(toHtml(body)).toBe(
			[
				'<figure class="chart" id="chart-trade" aria-labelledby="chart-trade-title">',
				'<figcaption id="chart-trade-title">Торговля</figcaption></figure>',
			].join(''),
		);
	});
});

describe('changeNotesSection', () => {
	test('lists each update with its Moscow date and time and its note', () => {
		const section = changeNotesSection(UPDATES)!;

		expect(toText(select('h2', section)!)).toBe('Что изменилось');
		const items = selectAll('li', section);
		expect(items).toHaveLength(2);
		expect(toText(items[0]!)).toBe(
			'13 марта 2025, 19:02 МСК\u00A0— Добавлены итоги пресс-конференции.',
		);
		expect(select('time', items[0])?.properties['dateTime']).toBe('2025-03-13T19:02:00+03:00');
	});

	test('marks a correction in bold as «исправление:», and only a correction', () => {
		const section = changeNotesSection(UPDATES)!;

		const [update, correction] = selectAll('li', section);
		expect(select('strong', update)).toBeUndefined();
		expect(toText(select('strong', correction)!)).toBe('исправление:');
		expect(toText(correction!)).toBe(
			'14 марта 2025, 09:30 МСК\u00A0— исправление: Исправлена дата в\u00A0третьем абзаце.',
		);
	});

	test('gives nothing for an article that never changed', () => {
		expect(changeNotesSection([])).toBeUndefined();
	});
});

const PUBLISHED = new Date('2025-03-13T12:00:00+03:00');

/** A chart as Chart.astro renders it: caption, SVG drawing, data table. */
const CHART_HTML = [
	'<figure class="chart chart--values" id="chart-trade">',
	'<figcaption class="chart__title">Товарооборот в\u00A02024 году</figcaption>',
	'<svg class="chart__svg" role="img" viewBox="0 0 100 50"><title>Товарооборот</title>',
	'<text x="0" y="10">Российская статистика</text><rect width="50" height="10"></rect></svg>',
	'<table class="chart__table"><caption>Данные диаграммы</caption>',
	'<thead><tr><th scope="col">Показатель</th><th scope="col">млрд $</th><th scope="col">Источник</th></tr></thead>',
	'<tbody><tr><th scope="row">Российская статистика<span class="chart__basis">со слов Путина</span></th>',
	'<td class="chart__number">50</td><td class="chart__sources">Кремль</td></tr></tbody></table>',
	'</figure>',
].join('');

/** A map as Map.astro renders it: caption, SVG drawing with its text alternative, the places. */
const MAP_HTML = [
	'<figure class="map" id="map-route" aria-labelledby="map-route-title">',
	'<figcaption id="map-route-title" class="map__title">Где проходил визит</figcaption>',
	'<svg class="map__svg" role="img" viewBox="0 0 400 300"><title>Где проходил визит</title>',
	'<desc>Карта Белоруссии и запада России. Линия ведёт из Минска в Москву.</desc>',
	'<path class="map__land" d="M0,0L10,10"></path>',
	'<g class="map__place"><circle cx="1" cy="1" r="5"></circle>',
	'<text class="map__halo">Минск</text><text class="map__label">Минск</text></g>',
	'<g class="map__place"><text class="map__halo">Москва</text><text class="map__label">Москва</text></g>',
	'</svg>',
	'<p class="map__route-text">Маршрут: Минск → Москва</p>',
	'<ol class="map__places">',
	'<li><span class="map__place-name">Минск</span><ul><li><time datetime="2025-03-13">13 марта 2025</time>.',
	' Утром Лукашенко вылетел из\u00A0Минска в\u00A0Москву.',
	' <span class="map__sources">(<a href="https://example.org/a">Sputnik</a>)</span></li></ul></li>',
	'<li><span class="map__place-name">Москва</span><ul><li><time datetime="2025-03-13">13 марта 2025</time>,',
	' аэропорт Внуково. Самолёт сел около 10:00.',
	' <span class="map__sources">(<a href="/sources/#belta">БелТА</a>, <span>АПП</span>)</span></li>',
	'<li><time datetime="2025-03-14">14 марта 2025</time>, Совет Федерации. Выступление.',
	' <span class="map__sources">(<span>РИА</span>)</span></li></ul></li>',
	'</ol>',
	'<p class="map__credit">Границы стран и координаты городов — Natural Earth.</p>',
	'</figure>',
].join('');

describe('feedContentHtml', () => {
	test('cleans the body, appends the change notes and makes every URL absolute', () => {
		const html = feedContentHtml({
			bodyHtml: [
				'<p>Текст <sup class="cite"><a href="#source-kremlin">[1]</a></sup>',
				' и <a href="/glossary/#union-state">Союзное государство</a>.</p>',
				'<a class="anchor" href="#x">#</a>',
				'<img src="chart.png" srcset="chart.png 1x, /chart@2x.png 2x" alt="">',
			].join(''),
			pageUrl: PAGE,
			updates: UPDATES,
			published: PUBLISHED,
			modified: PUBLISHED,
		});

		const result = tree(html);
		expect(selectAll('a.anchor', result)).toHaveLength(0);
		expect(selectAll('a', result).map((link) => link.properties['href'])).toEqual([
			`${PAGE}#source-kremlin`,
			'https://razbor.example/glossary/#union-state',
		]);
		expect(select('img', result)?.properties).toMatchObject({
			src: `${PAGE}chart.png`,
			srcSet: `${PAGE}chart.png 1x, https://razbor.example/chart@2x.png 2x`,
		});
		const sections = selectAll('section', result);
		expect(sections).toHaveLength(1);
		expect(result.children.at(-1)).toBe(sections[0]);
		expect(toText(sections[0]!)).toContain('исправление:');
	});

	test('adds no «Что изменилось» section to an article that never changed', () => {
		const html = feedContentHtml({
			bodyHtml: '<p>Текст.</p>',
			pageUrl: PAGE,
			updates: [],
			published: PUBLISHED,
			modified: PUBLISHED,
		});

		expect(html).toBe('<p>Текст.</p>');
	});

	test('opens a changed article with «Обновлено» and the time of the last change', () => {
		const html = feedContentHtml({
			bodyHtml: '<p>Текст.</p>',
			pageUrl: PAGE,
			updates: UPDATES,
			published: PUBLISHED,
			modified: new Date('2025-03-14T09:30:00+03:00'),
		});

		const first = tree(html).children[0] as Element;
		expect(toText(first)).toBe('Обновлено 14 марта 2025, 09:30 МСК');
		expect(select('time', first)?.properties['dateTime']).toBe('2025-03-14T09:30:00+03:00');
	});

	test('shows a chart as its PNG and its table, with no inline SVG left in the item', () => {
		const html = feedContentHtml({
			bodyHtml: CHART_HTML,
			pageUrl: PAGE,
			updates: [],
			published: PUBLISHED,
			modified: PUBLISHED,
		});

		expect(html).not.toContain('<svg');
		expect(select('figure img', tree(html))?.properties).toMatchObject({
			src: 'https://razbor.example/og/charts/trade.png',
			alt: 'Товарооборот в\u00A02024 году',
			width: 1200,
			height: 630,
		});
		expect(selectAll('table td', tree(html)).length).toBeGreaterThan(0);
	});

	test('shows an English article’s chart and map as the English edition’s images', () => {
		const html = feedContentHtml({
			bodyHtml: CHART_HTML + MAP_HTML,
			pageUrl: 'https://razbor.example/en/articles/kremlin-talks/',
			updates: [],
			published: PUBLISHED,
			modified: PUBLISHED,
			locale: 'en',
		});

		expect(selectAll('figure img', tree(html)).map((image) => image.properties['src'])).toEqual([
			'https://razbor.example/og/en/charts/trade.png',
			'https://razbor.example/og/en/maps/route.png',
		]);
	});

	test('keeps table cells and the parts of a cell apart in a text rendering', () => {
		const html = feedContentHtml({
			bodyHtml: CHART_HTML,
			pageUrl: PAGE,
			updates: [],
			published: PUBLISHED,
			modified: PUBLISHED,
		});

		// As a terminal reader shows a table: cells in columns, each part of a cell on its line.
		const lines = convert(html, {
			wordwrap: false,
			selectors: [{ selector: 'table', format: 'dataTable' }],
		})
			.split('\n')
			.map((line) => line.trim().toLowerCase());
		expect(lines).toContain('товарооборот в\u00A02024 году');
		expect(lines.find((line) => line.startsWith('российская статистика'))).toMatch(
			/^российская статистика +50 +кремль$/,
		);
		expect(lines).toContain('со слов путина');
		expect(lines.join(' ')).not.toMatch(/статистикасо|путина50|году\S/);
	});

	test('shows a map as its PNG, described by what it shows, and its places, with no inline SVG', () => {
		const html = feedContentHtml({
			bodyHtml: MAP_HTML,
			pageUrl: PAGE,
			updates: [],
			published: PUBLISHED,
			modified: PUBLISHED,
		});

		expect(html).not.toContain('<svg');
		expect(selectAll('img', tree(html))).toHaveLength(1);
		expect(select('figure.map img', tree(html))?.properties).toMatchObject({
			src: 'https://razbor.example/og/maps/route.png',
			alt: 'Карта Белоруссии и запада России. Линия ведёт из Минска в Москву.',
			width: 1200,
			height: 630,
		});
		expect(select('.map__sources a[href^="/"]', tree(html))).toBeUndefined();
	});

	test('lists a map’s places in a text rendering: a line per place and per event, nothing run together', () => {
		const html = feedContentHtml({
			bodyHtml: MAP_HTML,
			pageUrl: PAGE,
			updates: [],
			published: PUBLISHED,
			modified: PUBLISHED,
		});

		// As a terminal reader shows it: no labels of the drawing, the list as a list.
		const lines = convert(html, { wordwrap: false })
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line !== '');
		expect(lines).toEqual([
			'Где проходил визит',
			'Карта Белоруссии и запада России. Линия ведёт из Минска в Москву. [https://razbor.example/og/maps/route.png]',
			'Маршрут: Минск → Москва',
			'1. Минск',
			'* 13 марта 2025. Утром Лукашенко вылетел из\u00A0Минска в\u00A0Москву. (Sputnik [https://example.org/a])',
			'2. Москва',
			'* 13 марта 2025, аэропорт Внуково. Самолёт сел около 10:00. (БелТА [https://razbor.example/sources/#belta], АПП)',
			'* 14 марта 2025, Совет Федерации. Выступление. (РИА)',
			'Границы стран и координаты городов — Natural Earth.',
		]);
	});
});
