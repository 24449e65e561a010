import type { BodyReferences, ReferenceKind } from '../markdown/directives.ts';
import type { Article } from '../schemas/article.ts';
import type { Chart } from '../schemas/chart.ts';
import type { MapEntry } from '../schemas/map.ts';
import type { Place } from '../schemas/place.ts';
import type { Timeline } from '../schemas/timeline.ts';
import type { ContentProblem } from '../problems/content-error.ts';
import { formatFieldPath } from '../problems/schema-problems.ts';

/** The collections an id can point into. */
export type CollectionName =
	| 'articles'
	| 'sources'
	| 'people'
	| 'glossary'
	| 'topics'
	| 'timelines'
	| 'charts'
	| 'maps'
	| 'places';

/** What the reference check needs to know about the content. */
export interface ReferenceCheckInput {
	articles: readonly { id: string; file: string; data: Article; body: BodyReferences }[];
	timelines: readonly { id: string; file: string; data: Timeline }[];
	charts: readonly { id: string; file: string; data: Chart }[];
	/** Maps and the places they show. */
	maps: readonly { id: string; file: string; data: MapEntry }[];
	places: readonly { id: string; file: string; data: Place }[];
	/** Ids that exist, per collection. */
	ids: Readonly<Record<CollectionName, ReadonlySet<string>>>;
	/** Line of a field in a file, looked up only when a problem is reported. */
	lineOf(file: string, path: readonly PropertyKey[]): number | undefined;
}

const COLLECTION_OF: Record<ReferenceKind, CollectionName> = {
	chart: 'charts',
	map: 'maps',
	source: 'sources',
	term: 'glossary',
	timeline: 'timelines',
	// Links to pages: /articles/<slug>/, /people/<id>/, /topics/<id>/ (src/markdown/remark-internal-links.ts).
	article: 'articles',
	person: 'people',
	topic: 'topics',
};

/** Russian name of each collection's folder, for messages. */
const FOLDER: Record<CollectionName, string> = {
	articles: 'content/articles/',
	sources: 'content/sources/',
	people: 'content/people/',
	glossary: 'content/glossary/',
	topics: 'content/topics/',
	timelines: 'content/timelines/',
	charts: 'content/charts/',
	maps: 'content/maps/',
	places: 'content/places/',
};

function missing(collection: CollectionName, id: string): string {
	const extension = collection === 'articles' ? '.md' : '.yaml';
	return `нет записи «${id}» в ${FOLDER[collection]} (файла ${id}${extension})`;
}

/**
 * Finds every reference to an entry that does not exist: from article frontmatter (topics,
 * people, sources), from article bodies (citations, terms, timeline, chart and map embeds, links
 * to the pages of articles, people, topics and the other entries), from timeline events (sources,
 * people), from chart values (sources), from maps (places) and from the events of places (sources).
 */
export function findBrokenReferences(input: ReferenceCheckInput): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const checkList = (
		file: string,
		path: readonly PropertyKey[],
		collection: CollectionName,
		ids: readonly string[],
	) => {
		ids.forEach((id, index) => {
			if (input.ids[collection].has(id)) return;
			const fieldPath = [...path, index];
			problems.push({
				file,
				line: input.lineOf(file, fieldPath),
				field: formatFieldPath(fieldPath),
				message: missing(collection, id),
				rule: 'razbor:unknown-reference',
			});
		});
	};
	for (const article of input.articles) {
		checkList(article.file, ['topics'], 'topics', article.data.topics);
		checkList(article.file, ['people'], 'people', article.data.people);
		checkList(article.file, ['sources'], 'sources', article.data.sources);
		const reviewed = article.data.factCheck?.reviewed;
		if (reviewed !== undefined && !input.ids.sources.has(reviewed))
			problems.push({
				file: article.file,
				line: input.lineOf(article.file, ['factCheck', 'reviewed']),
				field: 'factCheck.reviewed',
				message: missing('sources', reviewed),
				rule: 'razbor:unknown-reference',
			});
		for (const reference of article.body.references) {
			const collection = COLLECTION_OF[reference.kind];
			if (input.ids[collection].has(reference.id)) continue;
			problems.push({
				file: article.file,
				line: reference.line,
				column: reference.column,
				message: missing(collection, reference.id),
				rule: 'razbor:unknown-reference',
			});
		}
	}
	for (const timeline of input.timelines) {
		timeline.data.events.forEach((event, index) => {
			checkList(timeline.file, ['events', index, 'sources'], 'sources', event.sources);
			checkList(timeline.file, ['events', index, 'people'], 'people', event.people);
		});
	}
	for (const chart of input.charts) {
		chart.data.bars.forEach((bar, index) => {
			checkList(chart.file, ['bars', index, 'sources'], 'sources', bar.sources);
		});
	}
	for (const map of input.maps) checkList(map.file, ['places'], 'places', map.data.places);
	for (const place of input.places) {
		place.data.events.forEach((event, index) => {
			checkList(place.file, ['events', index, 'sources'], 'sources', event.sources);
		});
	}
	return problems;
}

/** What the citation check needs: every place content can cite a source from. */
export interface CitationCheckInput {
	/** Source ids cited in each article's body (`:cite`, fact boxes included). */
	articles: readonly { citations: readonly string[] }[];
	timelines: readonly Pick<Timeline, 'events'>[];
	charts: readonly Pick<Chart, 'bars'>[];
	/** Every source id in `content/sources/`. */
	sources: Iterable<string>;
}

/**
 * Sources that back no sentence: cited by no article body, timeline event or chart value, in the
 * order given. An article's frontmatter `sources` list does not count: it shows a source under
 * the piece without saying which statement it supports.
 */
export function findUncitedSources(input: CitationCheckInput): string[] {
	const cited = new Set<string>();
	for (const article of input.articles) for (const id of article.citations) cited.add(id);
	for (const timeline of input.timelines)
		for (const event of timeline.events) for (const id of event.sources) cited.add(id);
	for (const chart of input.charts)
		for (const bar of chart.bars) for (const id of bar.sources) cited.add(id);
	return [...input.sources].filter((id) => !cited.has(id));
}

/** The build's warning for an uncited source, one line each. */
export function uncitedSourceWarning(id: string): string {
	return `content/sources/${id}.yaml: источник ни разу не процитирован (ни :cite в статье, ни событие хроники, ни график) — сошлитесь на него там, где он подтверждает текст, или удалите файл`;
}
