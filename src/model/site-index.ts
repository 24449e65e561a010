import type { Article } from '../schemas/article.ts';
import type { Chart } from '../schemas/chart.ts';
import type { Timeline } from '../schemas/timeline.ts';

/** A timeline event located by its timeline. */
export interface EventRef {
	timelineId: string;
	eventId: string;
}

/** What the index needs to know about each article. */
export interface IndexedArticle {
	id: string;
	data: Pick<Article, 'topics' | 'people' | 'sources' | 'published'>;
	/** Source ids cited in the body. */
	citations: readonly string[];
}

/** Who and what points at each entry, computed once per build for every page that lists them. */
export interface SiteIndex {
	/** Articles about a person (frontmatter `people`) and events they took part in. */
	person(id: string): { articles: string[]; events: EventRef[] };
	/** Articles on a topic. */
	topic(id: string): string[];
	/** Where a source is cited: articles (inline or listed), timeline events, charts. */
	source(id: string): { articles: string[]; events: EventRef[]; charts: string[] };
	/** Up to `limit` other articles sharing the most topics, ties by newest. */
	related(id: string, limit?: number): string[];
	/** The previous and next article in the story, by publication time. */
	neighbours(id: string): { previous?: string | undefined; next?: string | undefined };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) {
		if (!list.includes(value)) list.push(value);
	} else map.set(key, [value]);
}

/**
 * Builds the reverse indexes of the site from articles (newest first, as pages list them),
 * timelines and charts.
 */
export function buildSiteIndex(
	articles: readonly IndexedArticle[],
	timelines: ReadonlyMap<string, Timeline>,
	charts: ReadonlyMap<string, Chart>,
): SiteIndex {
	const personArticles = new Map<string, string[]>();
	const personEvents = new Map<string, EventRef[]>();
	const topicArticles = new Map<string, string[]>();
	const sourceArticles = new Map<string, string[]>();
	const sourceEvents = new Map<string, EventRef[]>();
	const sourceCharts = new Map<string, string[]>();
	for (const article of articles) {
		for (const person of article.data.people) push(personArticles, person, article.id);
		for (const topic of article.data.topics) push(topicArticles, topic, article.id);
		for (const source of [...article.citations, ...article.data.sources])
			push(sourceArticles, source, article.id);
	}
	for (const [timelineId, timeline] of timelines) {
		for (const event of timeline.events) {
			const ref = { timelineId, eventId: event.id };
			for (const person of event.people) push(personEvents, person, ref);
			for (const source of event.sources) push(sourceEvents, source, ref);
		}
	}
	for (const [chartId, chart] of charts) {
		for (const bar of chart.bars)
			for (const source of bar.sources) push(sourceCharts, source, chartId);
	}
	const rankedByTopics = new Map<string, string[]>();
	const chronological = [...articles].sort(
		(a, b) => a.data.published.getTime() - b.data.published.getTime() || a.id.localeCompare(b.id),
	);
	const chronologicalIndex = new Map(chronological.map((article, index) => [article.id, index]));
	const byId = new Map(articles.map((article) => [article.id, article]));

	return {
		person: (id) => ({
			articles: personArticles.get(id) ?? [],
			events: personEvents.get(id) ?? [],
		}),
		topic: (id) => topicArticles.get(id) ?? [],
		source: (id) => ({
			articles: sourceArticles.get(id) ?? [],
			events: sourceEvents.get(id) ?? [],
			charts: sourceCharts.get(id) ?? [],
		}),
		related(id, limit = 3) {
			const topics = byId.get(id)?.data.topics ?? [];
			// Articles on the same topics have the same ranking: it is computed once per set of
			// topics, not once per article, which over every page would grow with N².
			const key = `${limit}:${[...topics].sort().join(',')}`;
			let ranked = rankedByTopics.get(key);
			if (!ranked) {
				const wanted = new Set(topics);
				ranked = articles
					.map((other) => ({
						id: other.id,
						shared: other.data.topics.filter((topic) => wanted.has(topic)).length,
					}))
					.filter((candidate) => candidate.shared > 0)
					// Stable sort keeps the newest-first order among equally related articles.
					.sort((a, b) => b.shared - a.shared)
					// One more than asked for: the article itself may be among them.
					.slice(0, limit + 1)
					.map((candidate) => candidate.id);
				rankedByTopics.set(key, ranked);
			}
			return ranked.filter((other) => other !== id).slice(0, limit);
		},
		neighbours(id) {
			const index = chronologicalIndex.get(id);
			if (index === undefined) return {};
			return { previous: chronological[index - 1]?.id, next: chronological[index + 1]?.id };
		},
	};
}
