import { describe, expect, test } from 'vitest';
import {
	lastModified,
	latestChange,
	selectLeadStory,
	selectPublishedArticles,
	sourceListOrder,
	tableOfContents,
} from '../../../src/model/articles.ts';
import type { Article } from '../../../src/schemas/article.ts';

type Dates = Pick<Article, 'draft' | 'published' | 'updated' | 'updates'>;

/** The date fields of an article; `updates` are given as their `at` times. */
function dates({
	published,
	updated,
	updates = [],
	draft = false,
}: {
	published: string;
	updated?: string;
	updates?: string[];
	draft?: boolean;
}): Dates {
	return {
		draft,
		published: new Date(published),
		updated: updated === undefined ? undefined : new Date(updated),
		updates: updates.map((at) => ({ at: new Date(at), note: 'Изменение.', correction: false })),
	};
}

describe('lastModified', () => {
	test('is the publication time when nothing changed since', () => {
		const article = dates({ published: '2025-03-13T12:00:00+03:00' });

		expect(lastModified(article)).toEqual(new Date('2025-03-13T12:00:00+03:00'));
	});

	test('is `updated` when it is set', () => {
		const article = dates({
			published: '2025-03-13T12:00:00+03:00',
			updated: '2025-03-14T09:00:00+03:00',
		});

		expect(lastModified(article)).toEqual(new Date('2025-03-14T09:00:00+03:00'));
	});

	test('is the last updates entry when `updated` is not set', () => {
		const article = dates({
			published: '2025-03-13T12:00:00+03:00',
			updates: ['2025-03-13T19:02:00+03:00', '2025-03-14T09:30:00+03:00'],
		});

		expect(lastModified(article)).toEqual(new Date('2025-03-14T09:30:00+03:00'));
	});

	test('is the latest of `updated` and the last updates entry', () => {
		const article = dates({
			published: '2025-03-13T12:00:00+03:00',
			updated: '2025-03-15T08:00:00+03:00',
			updates: ['2025-03-14T09:30:00+03:00'],
		});

		expect(lastModified(article)).toEqual(new Date('2025-03-15T08:00:00+03:00'));
	});
});

describe('selectPublishedArticles', () => {
	const articles = [
		{ id: 'older', data: dates({ published: '2025-03-12T10:00:00+03:00' }) },
		{ id: 'draft', data: dates({ published: '2025-03-20T10:00:00+03:00', draft: true }) },
		{
			id: 'updated-later',
			data: dates({
				published: '2025-03-11T10:00:00+03:00',
				updates: ['2025-03-14T10:00:00+03:00'],
			}),
		},
		{ id: 'newest', data: dates({ published: '2025-03-13T10:00:00+03:00' }) },
	];

	test('drops drafts and puts the most recently changed article first', () => {
		const selected = selectPublishedArticles(articles);

		expect(selected.map((article) => article.id)).toEqual(['updated-later', 'newest', 'older']);
	});

	test('keeps drafts, in date order, when includeDrafts is set', () => {
		const selected = selectPublishedArticles(articles, { includeDrafts: true });

		expect(selected.map((article) => article.id)).toEqual([
			'draft',
			'updated-later',
			'newest',
			'older',
		]);
	});

	test('orders articles changed at the same moment by slug, whatever the input order', () => {
		const same = dates({ published: '2025-03-13T10:00:00+03:00' });
		const input = [
			{ id: 'charlie', data: same },
			{ id: 'alpha', data: same },
			{ id: 'bravo', data: same },
		];

		const forward = selectPublishedArticles(input).map((article) => article.id);
		const backward = selectPublishedArticles([...input].reverse()).map((article) => article.id);

		expect(forward).toEqual(['alpha', 'bravo', 'charlie']);
		expect(backward).toEqual(forward);
	});

	test('leaves its input as it was', () => {
		const input = [...articles];

		selectPublishedArticles(input);

		expect(input).toEqual(articles);
	});

	test('gives nothing when every article is a draft', () => {
		const input = [
			{ id: 'draft', data: dates({ published: '2025-03-13T10:00:00+03:00', draft: true }) },
		];

		expect(selectPublishedArticles(input)).toEqual([]);
	});
});

describe('sourceListOrder', () => {
	test('lists cited sources in order of first citation, then the other listed sources', () => {
		const order = sourceListOrder(['kremlin', 'tass'], ['belta', 'tass', 'ria']);

		expect(order).toEqual(['kremlin', 'tass', 'belta', 'ria']);
	});

	test('lists each source once', () => {
		const order = sourceListOrder(['kremlin', 'kremlin'], ['kremlin']);

		expect(order).toEqual(['kremlin']);
	});

	test('gives the listed sources when nothing is cited', () => {
		expect(sourceListOrder([], ['belta', 'tass'])).toEqual(['belta', 'tass']);
	});
});

describe('tableOfContents', () => {
	const heading = (depth: number, slug: string) => ({ depth, slug, text: slug });

	test('lists second-level sections, leaving out fact-box titles', () => {
		const headings = [
			heading(2, 'a'),
			heading(3, 'a-1'),
			heading(2, 'fact-trade-title'),
			heading(2, 'b'),
			heading(2, 'c'),
		];

		expect(tableOfContents(headings).map((entry) => entry.slug)).toEqual(['a', 'b', 'c']);
	});

	test('is empty for a piece with fewer than three sections', () => {
		expect(tableOfContents([heading(2, 'a'), heading(2, 'b'), heading(2, 'fact-x-title')])).toEqual(
			[],
		);
	});
});

describe('selectLeadStory', () => {
	/** An article of `kind` whose last change is `at`. */
	const story = (kind: Article['kind'], at: string) => ({
		data: { kind, ...dates({ published: '2025-03-13T10:00:00+03:00', updates: [at] }) },
	});

	test('leads with the newest change on the site, whatever its kind', () => {
		const articles = [
			story('qa', '2025-03-15T10:00:00+03:00'),
			story('news', '2025-03-14T10:00:00+03:00'),
		];

		expect(selectLeadStory(articles)).toBe(articles[0]);
	});

	test('prefers a news piece among articles changed at the same moment', () => {
		const articles = [
			story('qa', '2025-03-15T10:00:00+03:00'),
			story('explainer', '2025-03-15T10:00:00+03:00'),
			story('news', '2025-03-15T10:00:00+03:00'),
			story('news', '2025-03-14T10:00:00+03:00'),
		];

		expect(selectLeadStory(articles)).toBe(articles[2]);
	});

	test('is nothing for an empty site', () => {
		expect(selectLeadStory<ReturnType<typeof story>>([])).toBeUndefined();
	});
});

describe('latestChange', () => {
	test('gives the last log entry when it is the last change', () => {
		const article = {
			...dates({ published: '2025-03-13T10:00:00+03:00' }),
			updates: [
				{ at: new Date('2025-03-13T12:00:00+03:00'), note: 'Первое.', correction: false },
				{ at: new Date('2025-03-14T12:00:00+03:00'), note: 'Второе.', correction: true },
			],
		};

		expect(latestChange(article)).toEqual(article.updates[1]);
	});

	test('gives nothing when the article was changed later without a note, or never', () => {
		expect(latestChange(dates({ published: '2025-03-13T10:00:00+03:00' }))).toBeUndefined();
		const later = {
			...dates({ published: '2025-03-13T10:00:00+03:00', updated: '2025-03-15T10:00:00+03:00' }),
			updates: [{ at: new Date('2025-03-14T12:00:00+03:00'), note: 'Раньше.', correction: false }],
		};
		expect(latestChange(later)).toBeUndefined();
	});
});
