import { isPublished } from '../model/articles.ts';
import {
	articleShareImagePath,
	chartImagePath,
	entryShareImagePath,
	glossaryShareImagePath,
	siteShareImagePath,
} from '../format/urls.ts';
import type { Chart } from '../schemas/chart.ts';
import type { Person } from '../schemas/person.ts';
import type { Term } from '../schemas/term.ts';
import type { Timeline } from '../schemas/timeline.ts';
import type { Topic } from '../schemas/topic.ts';
import type { Site } from '../site.ts';
import {
	articleShareCard,
	chartShareCard,
	glossaryShareCard,
	personShareCard,
	siteShareCard,
	timelineShareCard,
	topicShareCard,
	type ArticleCardData,
} from './cards.ts';
import type { ShareCard } from './template.ts';

/**
 * Which share images a build publishes and what each shows, from the content's entries: the
 * site image, one per published article, timeline, person and topic, the glossary's, and each
 * chart drawn as an image for the feeds (src/feeds/feed-charts.ts). The
 * share-image integration (src/integrations/share-images/) draws them beside the build from the
 * entries the loaders announce; in `astro dev` the endpoint src/pages/og/[...image].png.ts draws
 * the same list from the content layer.
 */

/** One share image of the site: where it is published and what it shows. */
export interface SiteShareImage {
	/** Root-relative path, e.g. `/og/articles/<slug>.png` or `/og/site.png`. */
	path: string;
	card: ShareCard;
}

/** The share image of every page without its own. */
export function siteShareImage(site: Site): SiteShareImage {
	return { path: siteShareImagePath(), card: siteShareCard(site) };
}

/** An article as the content store holds it, with the fields its card shows. */
export interface ArticleCardEntry {
	id: string;
	data: ArticleCardData & { draft: boolean; topics: readonly string[]; people: readonly string[] };
	/** The id of the first chart its body embeds, if any: the card's figure. */
	leadChart?: string | undefined;
}

/**
 * The first chart an article's body embeds, from the references the Markdown plugins recorded
 * (src/markdown/directives.ts), in body order.
 */
export function leadChartId(
	references: readonly { kind: string; id: string }[] | undefined,
): string | undefined {
	return references?.find((reference) => reference.kind === 'chart')?.id;
}

/** Every entry the share images are drawn from, by collection. */
export interface ShareImageContent {
	articles: readonly ArticleCardEntry[];
	charts: ReadonlyMap<string, Chart>;
	timelines: ReadonlyMap<string, Timeline>;
	people: ReadonlyMap<string, Person>;
	topics: ReadonlyMap<string, Topic>;
	glossary: ReadonlyMap<string, Term>;
}

/** The share image of one article entry; none for a draft, which a build does not publish. */
export function articleShareImage(
	entry: ArticleCardEntry,
	site: Pick<Site, 'title'>,
	charts: ReadonlyMap<string, Chart> = new Map(),
	drafts = false,
): SiteShareImage | undefined {
	if (!drafts && !isPublished(entry.data)) return undefined;
	const chart = entry.leadChart === undefined ? undefined : charts.get(entry.leadChart);
	return {
		path: articleShareImagePath(entry.id),
		card: articleShareCard(entry.id, entry.data, site, chart),
	};
}

/** How many published articles name each id in `field`. */
function articleCounts(
	articles: readonly ArticleCardEntry[],
	field: 'topics' | 'people',
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const article of articles)
		if (isPublished(article.data))
			for (const id of article.data[field]) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

const byId = <T>(entries: ReadonlyMap<string, T>): [string, T][] =>
	[...entries].sort(([a], [b]) => a.localeCompare(b));

/**
 * Every share image of the site, sorted by path: the order they are drawn in. `drafts` gives
 * drafts their image too, as `astro dev` shows them.
 */
export function siteShareImages(
	content: ShareImageContent,
	site: Site,
	{ drafts = false }: { drafts?: boolean } = {},
): SiteShareImage[] {
	const topicCounts = articleCounts(content.articles, 'topics');
	const peopleCounts = articleCounts(content.articles, 'people');
	const images: SiteShareImage[] = [
		siteShareImage(site),
		...content.articles
			.map((entry) => articleShareImage(entry, site, content.charts, drafts))
			.filter((image) => image !== undefined),
		...byId(content.charts).map(([id, chart]) => ({
			path: chartImagePath(id),
			card: chartShareCard(id, chart, site),
		})),
		...byId(content.timelines).map(([id, timeline]) => ({
			path: entryShareImagePath('timelines', id),
			card: timelineShareCard(id, timeline, site),
		})),
		...byId(content.people).map(([id, person]) => ({
			path: entryShareImagePath('people', id),
			card: personShareCard(id, person, peopleCounts.get(id) ?? 0, site),
		})),
		...byId(content.topics).map(([id, topic]) => ({
			path: entryShareImagePath('topics', id),
			card: topicShareCard(id, topic, topicCounts.get(id) ?? 0, site),
		})),
		{
			path: glossaryShareImagePath(),
			card: glossaryShareCard(
				// In the glossary's own order: alphabetical, as Russian sorts.
				[...content.glossary.values()].sort((a, b) => a.term.localeCompare(b.term, 'ru')),
				site,
			),
		},
	];
	return images.sort((a, b) => a.path.localeCompare(b.path));
}
