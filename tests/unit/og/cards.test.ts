import { describe, expect, test } from 'vitest';
import { articleShareCard, shareCardDate, siteShareCard } from '../../../src/og/cards.ts';
import type { ArticleCardData } from '../../../src/og/cards.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { SiteSchema } from '../../../src/site.ts';

/** A title as the article schema gives it: typeset where the content is parsed. */
const parsedTitle = (title: string) => ArticleSchema.shape.title.parse(title);

const SITE = {
	title: 'Разбор',
	description: SiteSchema.shape.description.parse(
		'Объясняем одно событие: визит в Москву 13–14 марта 2025 года',
	),
	url: 'https://razbor.example',
};

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
	test('says the kind, the title, the site name and the date', () => {
		const card = articleShareCard(article({ kind: 'factcheck' }), SITE);

		expect(card).toEqual({
			label: 'Проверка фактов',
			headline: 'Переговоры прошли в\u00A0Кремле',
			footerStart: 'Разбор',
			footerEnd: '13 марта 2025',
		});
	});

	test('shows the title in Russian typography: dashes, quotes, non-breaking spaces', () => {
		const card = articleShareCard(
			article({ title: parsedTitle('Договор - "гарантии" и 2 дня') }),
			SITE,
		);

		expect(card.headline).toBe('Договор\u00A0— «гарантии» и\u00A02\u00A0дня');
	});
});

describe('siteShareCard', () => {
	test('says the site name, its description and its address', () => {
		const card = siteShareCard(SITE);

		expect(card).toEqual({
			headline: 'Разбор',
			dek: 'Объясняем одно событие: визит в\u00A0Москву 13–\u206014\u00A0марта 2025\u00A0года',
			footerStart: 'razbor.example',
		});
	});
});
