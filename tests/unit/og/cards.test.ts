import { describe, expect, test } from 'vitest';
import {
	articleShareCard,
	chartFigure,
	glossaryShareCard,
	mapFigure,
	mapShareCard,
	numberFigure,
	personShareCard,
	shareCardDate,
	siteShareCard,
	timelineShareCard,
	topicShareCard,
	type ArticleCardData,
} from '../../../src/og/cards.ts';
import { accentFor, SITE_ACCENT } from '../../../src/og/palette.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { ChartSchema } from '../../../src/schemas/chart.ts';
import { CARD_MAP_LAYOUT } from '../../../src/og/template.ts';
import { TimelineSchema, type Timeline } from '../../../src/schemas/timeline.ts';
import { SiteSchema } from '../../../src/site.ts';
import { VISIT_MAP, VISIT_PLACES } from './visit-map-fixture.ts';

/** A title as the article schema gives it: typeset where the content is parsed. */
const parsedTitle = (title: string) => ArticleSchema.shape.title.parse(title);

const SITE = {
	title: 'Разбор',
	description: SiteSchema.shape.description.parse(
		'Объясняем одно событие: визит в Москву 13–14 марта 2025 года',
	),
	url: 'https://razbor.example',
};

const CHART = ChartSchema.parse({
	title: 'Итоги выборов',
	description: 'Итоги.',
	unit: '% голосов',
	suffix: '%',
	decimals: 2,
	bars: [
		{ label: 'Лукашенко', value: 86.82, sources: ['cec'] },
		{ label: 'Против всех', value: 3.6, sources: ['cec'] },
	],
});

/** A timeline titled «Союз» with one event on each of `dates`. */
function timeline(dates: string[]): Timeline {
	return TimelineSchema.parse({
		title: 'Союз',
		events: dates.map((date, index) => ({
			id: `e${index}`,
			date,
			title: 'Событие',
			sources: ['s'],
		})),
	});
}

function article(overrides: Partial<ArticleCardData> = {}): ArticleCardData {
	return {
		title: parsedTitle('Переговоры прошли в Кремле'),
		kind: 'news',
		published: new Date('2025-03-13T12:00:00+03:00'),
		updated: undefined,
		updates: [],
		...overrides,
	};
}

describe('shareCardDate', () => {
	test('is the publication day in Russian, in Moscow time', () => {
		// 23:30 in Moscow is still the 13th there, though already the 14th further east.
		const date = shareCardDate(article({ published: new Date('2025-03-13T23:30:00+03:00') }));

		expect(date).toBe('13 марта 2025');
	});

	test('leaves out an update made the same day', () => {
		const data = article({
			updates: [{ at: new Date('2025-03-13T19:02:00+03:00'), note: 'Итоги.', correction: false }],
		});

		expect(shareCardDate(data)).toBe('13 марта 2025');
	});

	test('adds the day of the last change when it is a later day', () => {
		const data = article({
			updates: [{ at: new Date('2025-03-14T09:30:00+03:00'), note: 'Дата.', correction: true }],
		});

		expect(shareCardDate(data)).toBe('13 марта 2025 · обновлено 14 марта 2025');
	});
});

describe('articleShareCard', () => {
	test('says the kind, the title, the site name and the date, in the accent of its slug', () => {
		const card = articleShareCard('talks', article({ kind: 'factcheck' }), SITE);

		expect(card).toEqual({
			label: 'Проверка фактов',
			headline: 'Переговоры прошли в\u00A0Кремле',
			accent: accentFor('articles/talks'),
			footerStart: 'Разбор',
			footerEnd: '13 марта 2025',
		});
	});

	test('shows the share title instead of the headline, and only once', () => {
		const card = articleShareCard(
			'talks',
			article({ title: parsedTitle('Очень длинный заголовок'), shareTitle: 'Коротко' }),
			SITE,
		);

		expect(card.headline).toBe('Коротко');
		expect(JSON.stringify(card)).not.toContain('Очень длинный');
	});

	test('shows the title in Russian typography: dashes, quotes, non-breaking spaces', () => {
		const card = articleShareCard(
			'talks',
			article({ title: parsedTitle('Договор - "гарантии" и 2 дня') }),
			SITE,
		);

		expect(card.headline).toBe('Договор\u00A0— «гарантии» и\u00A02\u00A0дня');
	});

	test('draws the lead chart as bars scaled to the longest, with the values as the table shows them', () => {
		const card = articleShareCard('talks', article(), SITE, chartFigure(CHART));

		expect(card.figure).toEqual({
			kind: 'bars',
			bars: [
				{ label: 'Лукашенко', share: 1, value: '86,82\u00A0%' },
				{ label: 'Против всех', share: 3.6 / 86.82, value: '3,60\u00A0%' },
			],
		});
	});

	test('draws the lead map at the card’s size, every place named and the route drawn', () => {
		const card = articleShareCard(
			'kremlin-talks',
			article(),
			SITE,
			mapFigure(VISIT_MAP, VISIT_PLACES),
		);

		expect(card.figure?.kind).toBe('map');
		const { geometry } = card.figure as Extract<typeof card.figure, { kind: 'map' }>;
		expect(geometry.width).toBe(CARD_MAP_LAYOUT.width);
		expect(geometry.points.map((point) => point.label.text)).toEqual([
			'Минск',
			'Москва',
			'Волгоград',
		]);
		expect(geometry.route).toMatch(/^M/);
		// Every label inside the map: the layout's margins leave room beside the outermost places.
		for (const { label } of geometry.points) {
			const width = label.text.length * CARD_MAP_LAYOUT.fontSize * CARD_MAP_LAYOUT.charWidth;
			const [left, right] =
				label.anchor === 'start' ? [label.x, label.x + width] : [label.x - width, label.x];
			expect(left, label.text).toBeGreaterThanOrEqual(0);
			expect(right, label.text).toBeLessThanOrEqual(geometry.width);
		}
	});

	test('shows the key number large with what it means', () => {
		const card = articleShareCard(
			'numbers',
			article(),
			SITE,
			numberFigure('30\u00A0дней', 'срок перемирия'),
		);

		expect(card.figure).toEqual({
			kind: 'number',
			value: '30\u00A0дней',
			caption: 'срок перемирия',
		});
	});

	test('gives two articles different accents', () => {
		expect(articleShareCard('kremlin-talks', article(), SITE).accent).not.toBe(
			articleShareCard('visit-in-numbers', article(), SITE).accent,
		);
	});
});

describe('timelineShareCard', () => {
	test('shows the span in years and the number of events', () => {
		const card = timelineShareCard(
			'union',
			timeline(['1996-04-02', '1999-12-08', '2025-03-13']),
			SITE,
		);

		expect(card).toMatchObject({
			label: 'Хроника',
			headline: 'Союз',
			figure: { kind: 'number', value: '1996–2025', caption: '3\u00A0события' },
			accent: accentFor('timelines/union'),
		});
	});

	test('shows the days of a timeline within one year', () => {
		const card = timelineShareCard('visit', timeline(['2025-03-13', '2025-03-14']), SITE);

		expect(card.figure).toEqual({
			kind: 'number',
			value: '13 марта 2025 — 14 марта 2025',
			caption: '2\u00A0события',
		});
	});
});

describe('personShareCard', () => {
	test('shows the name once, the role, the initials and the number of articles', () => {
		const card = personShareCard(
			'lukashenko',
			{ name: 'Александр Лукашенко', role: 'президент Белоруссии', description: 'Кто это.' },
			5,
			SITE,
		);

		expect(card).toMatchObject({
			headline: 'Александр Лукашенко',
			dek: 'президент Белоруссии',
			figure: { kind: 'initials', value: 'АЛ' },
			footerEnd: '5\u00A0материалов',
		});
	});
});

describe('topicShareCard and glossaryShareCard', () => {
	test('count the articles of a topic and the terms of the glossary', () => {
		const topic = topicShareCard('union', { title: 'Союз', description: 'О союзе.' }, 1, SITE);
		const glossary = glossaryShareCard(
			[
				{ term: 'Договор', definition: '…' },
				{ term: 'Орешник', definition: '…' },
			],
			SITE,
		);

		expect(topic).toMatchObject({
			label: 'Тема',
			headline: 'Союз',
			dek: 'О союзе.',
			figure: { kind: 'number', value: '1', caption: 'материал' },
		});
		expect(glossary).toMatchObject({
			label: 'Словарь',
			headline: 'Договор · Орешник',
			figure: { kind: 'number', value: '2', caption: 'термина' },
		});
	});
});

describe('siteShareCard', () => {
	test('says the site name, its description and its address', () => {
		const card = siteShareCard(SITE);

		expect(card).toEqual({
			headline: 'Разбор',
			dek: 'Объясняем одно событие: визит в\u00A0Москву 13–\u206014\u00A0марта 2025\u00A0года',
			accent: SITE_ACCENT,
			footerStart: 'razbor.example',
		});
	});
});

describe('mapShareCard', () => {
	test('titles the map, draws it and gives its route in words, in the accent of its id', () => {
		const card = mapShareCard('visit-route', VISIT_MAP, VISIT_PLACES, SITE);

		expect(card).toMatchObject({
			label: 'Карта',
			headline: 'Где проходил визит',
			accent: accentFor('maps/visit-route'),
			footerStart: 'Разбор',
			footerEnd: 'Минск — Москва',
		});
		expect(card.figure).toEqual(mapFigure(VISIT_MAP, VISIT_PLACES));
	});
});

describe('the English edition’s cards', () => {
	const ENGLISH_SITE = { ...SITE, title: 'Razbor' };

	test('date an English article in English, with its update', () => {
		const data = article({
			kind: 'explainer',
			updates: [
				{ at: new Date('2025-03-15T09:00:00+03:00'), note: 'Clarified.', correction: true },
			],
		});

		const card = articleShareCard('visit', data, ENGLISH_SITE, undefined, 'en');

		expect(card).toMatchObject({
			label: 'Explainer',
			footerStart: 'Razbor',
			footerEnd: '13 March 2025 · updated 15 March 2025',
		});
	});

	test('label and count a timeline, a person, a topic and the glossary in English', () => {
		const chronology = timelineShareCard(
			'visit',
			timeline(['2025-03-13', '2025-03-14']),
			ENGLISH_SITE,
			'en',
		);
		const person = personShareCard(
			'lukashenko',
			{ name: 'Alexander Lukashenko', role: 'President of Belarus', description: '.' },
			1,
			ENGLISH_SITE,
			'en',
		);
		const topic = topicShareCard(
			'union',
			{ title: 'Union', description: '.' },
			2,
			ENGLISH_SITE,
			'en',
		);
		const glossary = glossaryShareCard([{ term: 'Oreshnik', definition: '.' }], ENGLISH_SITE, 'en');

		expect(chronology).toMatchObject({
			label: 'Timeline',
			figure: { value: '13 March 2025 — 14 March 2025', caption: '2\u00A0events' },
		});
		expect(person).toMatchObject({ label: 'People', footerEnd: '1\u00A0article' });
		expect(topic).toMatchObject({ label: 'Topic', figure: { value: '2', caption: 'articles' } });
		expect(glossary).toMatchObject({ label: 'Glossary', figure: { caption: 'term' } });
	});

	test('write a chart’s values in English: 86.82%, no space before the sign', () => {
		expect(chartFigure(CHART, 'en')).toMatchObject({
			bars: [{ value: '86.82%' }, { value: '3.60%' }],
		});
	});
});
