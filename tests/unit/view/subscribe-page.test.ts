import { describe, expect, test } from 'vitest';
import type { SiteData } from '../../../src/data/site-data.ts';
import { subscribePage } from '../../../src/view/subscribe-page.ts';

/** Two topics, one whose title carries quotes of its own, as «„Орешник“» must be nested. */
const site = {
	topics: new Map([
		['oreshnik', { title: '«Орешник»', description: 'Ракетный комплекс.' }],
		['elections', { title: 'Выборы в\u00A0Белоруссии', description: 'Выборы 2025 года.' }],
	]),
} as unknown as Pick<SiteData, 'topics'>;

describe('subscribePage', () => {
	test('labels each copy button with the feed and, for a topic, its title quoted once', () => {
		const page = subscribePage(site);

		expect(page.feeds.map((feed) => feed.copyLabel)).toEqual([
			'Копировать адрес RSS',
			'Копировать адрес Atom',
			'Копировать адрес JSON Feed',
		]);
		// In the order of the topics index, which sorts the quoted title first.
		expect(page.topics.map((topic) => topic.feeds[0]!.copyLabel)).toEqual([
			'Копировать адрес RSS темы «„Орешник“»',
			'Копировать адрес RSS темы «Выборы в\u00A0Белоруссии»',
		]);
	});

	test('quotes the English way on the English page', () => {
		const page = subscribePage(site, 'en');

		expect(page.topics.map((topic) => topic.feeds[2]!.copyLabel)).toEqual([
			'Copy the JSON Feed address of the topic “‘Орешник’”',
			'Copy the JSON Feed address of the topic “Выборы в\u00A0Белоруссии”',
		]);
	});
});
