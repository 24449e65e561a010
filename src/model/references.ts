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
	'sources' | 'people' | 'glossary' | 'topics' | 'timelines' | 'charts' | 'maps' | 'places';

/** What the reference check needs to know about the content. */
export interface ReferenceCheckInput {
	articles: readonly { id: string; file: string; data: Article; body: BodyReferences }[];
	timelines: readonly { id: string; file: string; data: Timeline }[];
	charts: readonly { id: string; file: string; data: Chart }[];
	/** Maps and places, when the content has them. */
	maps?: readonly { id: string; file: string; data: MapEntry }[];
	places?: readonly { id: string; file: string; data: Place }[];
	/** Ids that exist, per collection; none for a missing `maps` or `places`. */
	ids: Readonly<Record<Exclude<CollectionName, 'maps' | 'places'>, ReadonlySet<string>>> &
		Partial<Readonly<Record<'maps' | 'places', ReadonlySet<string>>>>;
	/** Line of a field in a file, looked up only when a problem is reported. */
	lineOf(file: string, path: readonly PropertyKey[]): number | undefined;
}

const COLLECTION_OF: Record<ReferenceKind, CollectionName> = {
	chart: 'charts',
	map: 'maps',
	source: 'sources',
	term: 'glossary',
	timeline: 'timelines',
};

/** Russian name of each collection's folder, for messages. */
const FOLDER: Record<CollectionName, string> = {
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
	return `нет записи «${id}» в ${FOLDER[collection]} (файла ${id}.yaml)`;
}

/**
 * Finds every reference to an entry that does not exist: from article frontmatter (topics,
 * people, sources), from article bodies (citations, terms, timeline, chart and map embeds), from
 * timeline events (sources, people), from chart values (sources), from maps (places) and from the
 * events of places (sources).
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
			if (input.ids[collection]?.has(id)) return;
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
		for (const reference of article.body.references) {
			const collection = COLLECTION_OF[reference.kind];
			if (input.ids[collection]?.has(reference.id)) continue;
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
	for (const map of input.maps ?? []) checkList(map.file, ['places'], 'places', map.data.places);
	for (const place of input.places ?? []) {
		place.data.events.forEach((event, index) => {
			checkList(place.file, ['events', index, 'sources'], 'sources', event.sources);
		});
	}
	return problems;
}
