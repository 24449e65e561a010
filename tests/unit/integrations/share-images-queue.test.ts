import { describe, expect, test } from 'vitest';
import {
	CARD_COLLECTIONS,
	ShareImageQueue,
} from '../../../src/integrations/share-images/card-queue.ts';
import type { SyncedEntry } from '../../../src/loaders/synced-collections.ts';
import { articleShareCard, chartFigure, mapFigure } from '../../../src/og/cards.ts';
import { siteShareImages, type SiteShareImage } from '../../../src/og/site-images.ts';
import { ChartSchema } from '../../../src/schemas/chart.ts';
import { SITE } from '../../../src/site.ts';
import { VISIT_MAP, VISIT_PLACES } from '../og/visit-map-fixture.ts';

/** An article entry as the loader announces it; `chart` is the first chart its body embeds. */
function article(id: string, title: string, { draft = false, chart = '' } = {}): SyncedEntry {
	return {
		id,
		data: {
			title,
			kind: 'news',
			published: new Date('2025-03-13T12:00:00+03:00'),
			updates: [],
			draft,
			topics: [],
			people: [],
		},
		metadata: chart
			? { frontmatter: { razbor: { references: [{ kind: 'chart', id: chart }] } } }
			: {},
	};
}

const VOTES: SyncedEntry = {
	id: 'votes',
	data: ChartSchema.parse({
		title: 'Голоса',
		description: 'Итоги.',
		unit: '%',
		bars: [{ label: 'Лукашенко', value: 86.82, sources: ['cec'] }],
	}),
};

/** A queue that records what it sends to the drawing, in order. */
function recordingQueue(): { queue: ShareImageQueue; sent: SiteShareImage[] } {
	const sent: SiteShareImage[] = [];
	return { queue: new ShareImageQueue((image) => sent.push(image), SITE, '/project'), sent };
}

/** Syncs every card collection but articles and charts, empty. */
function syncTheRest(queue: ShareImageQueue): void {
	for (const folder of CARD_COLLECTIONS)
		if (folder !== 'articles' && folder !== 'charts') queue.collectionSynced(folder, []);
}

describe('ShareImageQueue', () => {
	test("sends an article's image the moment it is stored, before any collection has synced", () => {
		const { queue, sent } = recordingQueue();

		queue.entryStored('articles', article('talks', 'Переговоры в Кремле'));

		expect(sent.map(({ path }) => path)).toEqual(['/og/articles/talks.png']);
		expect(queue.images).toBeUndefined();
	});

	test('knows every image once all collections synced, and sends each image once', () => {
		const { queue, sent } = recordingQueue();
		const talks = article('talks', 'Переговоры в Кремле');
		queue.entryStored('articles', talks);

		queue.collectionSynced('articles', [talks]);
		queue.collectionSynced('charts', []);
		syncTheRest(queue);

		const content = {
			articles: [{ id: 'talks', data: talks.data as never }],
			charts: new Map(),
			maps: new Map(),
			places: new Map(),
			timelines: new Map(),
			people: new Map(),
			topics: new Map(),
			glossary: new Map(),
		};
		// The English edition has no article here: it makes no page, so it gets no image.
		const all = siteShareImages(content, SITE);
		expect(queue.images).toEqual(all);
		expect(sent.map(({ path }) => path).sort()).toEqual(all.map(({ path }) => path).sort());
	});

	test('holds an article that shows a chart until the charts have synced', () => {
		const { queue, sent } = recordingQueue();
		const entry = article('vote', 'Итоги выборов', { chart: 'votes' });

		queue.entryStored('articles', entry);
		expect(sent).toEqual([]);

		queue.collectionSynced('charts', [VOTES]);
		expect(sent).toHaveLength(1);
		expect(sent[0]!.card).toEqual(
			articleShareCard('vote', entry.data as never, SITE, chartFigure(VOTES.data as never)),
		);
		expect(sent[0]!.card.figure).toEqual(chartFigure(VOTES.data as never));
	});

	test('holds an article that opens with a map until the maps and the places have synced', () => {
		const { queue, sent } = recordingQueue();
		const entry: SyncedEntry = {
			...article('talks', 'Переговоры в Кремле'),
			metadata: {
				frontmatter: { razbor: { references: [], opening: { kind: 'map', id: 'visit-route' } } },
			},
		};
		const map: SyncedEntry = { id: 'visit-route', data: VISIT_MAP };
		const places = [...VISIT_PLACES].map(([id, data]) => ({ id, data: data as never }));

		queue.entryStored('articles', entry);
		queue.collectionSynced('maps', [map]);
		expect(sent).toEqual([]);

		queue.collectionSynced('places', places);
		expect(sent).toHaveLength(1);
		expect(sent[0]!.card).toEqual(
			articleShareCard('talks', entry.data as never, SITE, mapFigure(VISIT_MAP, VISIT_PLACES)),
		);
	});

	test('sends no image of a draft', () => {
		const { queue, sent } = recordingQueue();

		queue.entryStored('articles', article('draft', 'Черновик', { draft: true }));

		expect(sent).toEqual([]);
	});

	test('sends an image again when the synced entry gives it another card', () => {
		const { queue, sent } = recordingQueue();
		queue.entryStored('articles', article('talks', 'Переговоры в Кремле'));

		queue.collectionSynced('articles', [article('talks', 'Переговоры в Минске')]);
		queue.collectionSynced('charts', []);
		syncTheRest(queue);

		const talks = sent.filter(({ path }) => path === '/og/articles/talks.png');
		expect(talks.map(({ card }) => card.headline)).toEqual([
			'Переговоры в Кремле',
			'Переговоры в Минске',
		]);
	});

	test('draws an English article under /og/en/ with the English words of its chart', () => {
		const { queue, sent } = recordingQueue();
		const entry = article('vote', 'Election results', { chart: 'votes' });
		const words: SyncedEntry = {
			id: 'votes',
			data: { title: 'Votes', bars: [{ label: 'Lukashenko' }] },
		};

		queue.entryStored('articles/en', entry);
		queue.collectionSynced('charts', [VOTES]);
		expect(sent).toEqual([]);
		queue.collectionSynced('charts/en', [words]);

		expect(sent.map(({ path }) => path)).toEqual(['/og/en/articles/vote.png']);
		const figure = sent[0]!.card.figure;
		expect(figure?.kind === 'bars' && figure.bars[0]).toEqual({
			label: 'Lukashenko',
			share: 1,
			value: '86.82%',
		});
		expect(sent[0]!.card).toMatchObject({ label: 'News', footerStart: 'Razbor' });
		expect(sent[0]!.card.footerEnd).toBe('13 March 2025');
	});

	test('never takes an English article for the Russian one of the same slug', () => {
		const { queue, sent } = recordingQueue();

		queue.entryStored('articles', article('talks', 'Переговоры в Кремле'));
		queue.entryStored('articles/en', article('talks', 'Talks in the Kremlin'));

		expect(sent.map(({ path, card }) => [path, card.headline])).toEqual([
			['/og/articles/talks.png', 'Переговоры в Кремле'],
			['/og/en/articles/talks.png', 'Talks in the Kremlin'],
		]);
	});

	test('draws an English card only for a person with English words, in those words', () => {
		const { queue, sent } = recordingQueue();
		const people: SyncedEntry[] = [
			{ id: 'putin', data: { name: 'Владимир Путин', role: 'президент России', description: '.' } },
			{ id: 'peskov', data: { name: 'Дмитрий Песков', role: 'пресс-секретарь', description: '.' } },
		];

		for (const folder of CARD_COLLECTIONS)
			if (folder === 'people') queue.collectionSynced(folder, people);
			else if (folder === 'articles/en')
				queue.collectionSynced(folder, [article('talks', 'Talks in the Kremlin')]);
			else if (folder === 'people/en')
				queue.collectionSynced(folder, [
					{ id: 'putin', data: { name: 'Vladimir Putin', role: 'President of Russia' } },
				]);
			else queue.collectionSynced(folder, []);

		const english = sent.filter(({ path }) => path.startsWith('/og/en/people/'));
		expect(english.map(({ path, card }) => [path, card.headline, card.label])).toEqual([
			['/og/en/people/putin.png', 'Vladimir Putin', 'People'],
		]);
		expect(sent.filter(({ path }) => path.startsWith('/og/people/'))).toHaveLength(2);
	});

	test('ignores collections that no card shows', () => {
		const { queue, sent } = recordingQueue();

		queue.entryStored('sources', { id: 'cec', data: {} });
		queue.collectionSynced('sources', []);

		expect(sent).toEqual([]);
	});
});
