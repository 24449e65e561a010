import { describe, expect, test } from 'vitest';
import { archivePage, archivePaths } from '../../../src/view/archive-page.ts';
import { paginationView } from '../../../src/view/pagination.ts';
import { peoplePage, peoplePaths } from '../../../src/view/people-page.ts';
import { personPage, personPaths } from '../../../src/view/person-page.ts';
import { topicPage, topicPaths } from '../../../src/view/topic-page.ts';
import { topicsPage } from '../../../src/view/topics-page.ts';
import { siteFixture } from './site-fixture.ts';

describe('paginationView', () => {
	test('links the pages before and after, none beyond either end', () => {
		const pathOf = (number: number) => `/list/${number}/`;

		expect(paginationView({ number: 1, count: 3 }, pathOf)).toEqual({
			number: 1,
			count: 3,
			previousHref: undefined,
			nextHref: '/list/2/',
		});
		expect(paginationView({ number: 3, count: 3 }, pathOf)).toMatchObject({
			previousHref: '/list/2/',
			nextHref: undefined,
		});
	});
});

describe('archive', () => {
	test('lists every published article, newest change first, as cards', () => {
		const site = siteFixture();
		const [path] = archivePaths(site);
		const page = archivePage(site, path!.props.page);

		expect(path!.params.page).toBeUndefined();
		expect(page.title).toBe('Все материалы');
		expect(page.cards.map((card) => card.href)).toEqual([
			'/articles/talks/',
			'/articles/numbers/',
			'/articles/arrival/',
		]);
		expect(page.layout).toMatchObject({ title: 'Все материалы' });
		// A hub: its articles are found themselves, the list would only crowd the results.
		expect(page.layout.searchKind).toBeUndefined();
	});

	test('numbers a later page in its title and keeps it out of the search index', () => {
		const page = archivePage(siteFixture(), { number: 2, count: 2, items: ['arrival'] });

		expect(page.title).toBe('Все материалы\u00A0— страница 2');
		expect(page.layout.searchKind).toBeUndefined();
		expect(page.pagination.previousHref).toBe('/archive/');
	});
});

describe('people', () => {
	test('lists people by surname with their roles', () => {
		const site = siteFixture();
		const page = peoplePage(site, peoplePaths(site)[0]!.props.page);

		expect(page.people).toEqual([
			{ href: '/people/yeltsin/', name: 'Борис Ельцин', role: 'президент' },
			{ href: '/people/lukashenko/', name: 'Александр Лукашенко', role: 'президент Белоруссии' },
			{ href: '/people/putin/', name: 'Владимир Путин', role: 'президент России' },
		]);
	});

	test('sorts by the last word even after a non-breaking space', () => {
		const site = siteFixture();
		site.people.set('initials', { name: 'А.\u00A0Б.\u00A0Аввакумов', role: 'р', description: 'д' });

		expect(peoplePaths(site)[0]!.props.page.items[0]).toBe('initials');
	});

	test('shows a person’s articles, and their events on the first page only', () => {
		const site = siteFixture();
		const paths = personPaths(site).filter((path) => path.params.id === 'lukashenko');
		const page = personPage(site, 'lukashenko', paths[0]!.props.page);

		expect(page.title).toBe('Александр Лукашенко');
		expect(page.description).toBe('Президент с\u00A01994\u00A0года.');
		expect(page.cards.map((card) => card.href)).toEqual(['/articles/talks/', '/articles/numbers/']);
		expect(page.events).toEqual([
			{
				date: '13 марта 2025, около 10:00 МСК',
				href: '/timelines/visit-schedule/#visit-schedule-landing',
				text: 'Самолёт сел во\u00A0Внуково',
			},
		]);
		expect(personPage(site, 'lukashenko', { number: 2, count: 2, items: [] }).events).toEqual([]);
		expect(page.layout.description).toBe(
			'Александр Лукашенко, президент Белоруссии: материалы и события с участием',
		);
	});
});

describe('topics', () => {
	test('gives every topic a page, one without articles too', () => {
		expect(topicPaths(siteFixture()).map((path) => path.params.id)).toEqual([
			'union-state',
			'trade',
			'empty',
		]);
	});

	test('shows a topic’s articles and announces its feeds', () => {
		const site = siteFixture();
		const page = topicPage(site, 'trade', {
			number: 1,
			count: 1,
			items: site.index.topic('trade'),
		});

		expect(page.cards.map((card) => card.href)).toEqual(['/articles/talks/', '/articles/numbers/']);
		expect(page.layout.feedTopic).toEqual({ id: 'trade', title: 'Торговля' });
		expect(page.description).toBe('О\u00A0торговле.');
	});

	test('lists the topics by title with their article counts', () => {
		expect(topicsPage(siteFixture()).topics.map((topic) => [topic.title, topic.count])).toEqual([
			['Армия', '0\u00A0материалов'],
			['Союзное государство', '2\u00A0материала'],
			['Торговля', '2\u00A0материала'],
		]);
	});
});
