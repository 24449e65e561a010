import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertNoLocatedProblems, outstandingProblems } from '../problems/outstanding-problems.ts';
import { selectPublishedArticles } from '../model/articles.ts';
import { lineOfField } from '../problems/field-line.ts';
import { findBrokenReferences } from '../model/references.ts';
import { BODY_FILE_KEY } from '../cache/article-bodies.ts';
import { minutesToRead, READING_WORDS_KEY } from '../format/reading-time.ts';
import { timelineWords } from '../model/timeline.ts';
import { buildSiteIndex, type SiteIndex } from '../model/site-index.ts';
import type { ImageMetadata } from 'astro';
import type { BodyReferences } from '../markdown/directives.ts';
import { BODY_IMAGES_KEY } from '../markdown/rehype-body-images.ts';

/** An article ready for pages: validated data, rendered body and what the body refers to. */
export interface ArticleEntry {
	id: string;
	data: CollectionEntry<'articles'>['data'];
	/**
	 * File of the rendered body HTML, with timeline placeholders: read it with
	 * `readArticleBody` when the page is rendered (see src/cache/article-bodies.ts).
	 */
	bodyFile: string;
	/** Headings of the body (depth, slug, text). */
	headings: { depth: number; slug: string; text: string }[];
	/** Cited sources in citation order, and every body reference. */
	references: BodyReferences;
	/** The body's images in document order, as the build imported them, with their alt text. */
	images: readonly BodyImageEntry[];
	/** Whole minutes to read the body with the timelines it embeds. */
	readingMinutes: number;
}

/** An image of an article body: the imported file for `astro:assets`, its alt text and title. */
export interface BodyImageEntry {
	image: ImageMetadata;
	alt: string;
	title: string | undefined;
}

/** Whether `value` is an imported image: Astro's ImageMetadata, not a path left as text. */
function isImageMetadata(value: unknown): value is ImageMetadata {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as { src?: unknown }).src === 'string' &&
		typeof (value as { width?: unknown }).width === 'number'
	);
}

/**
 * The body's images of an article entry: the paths the article loader put under
 * `BODY_IMAGES_KEY` have become imported images, matched by position with what the plugins
 * recorded. A path left as text is a bug, not a content mistake.
 */
function articleImages(id: string, data: unknown, references: BodyReferences): BodyImageEntry[] {
	const imported = (data as Record<string, unknown>)[BODY_IMAGES_KEY];
	return (references.images ?? []).map((recorded, index) => {
		const image: unknown = Array.isArray(imported) ? imported[index] : undefined;
		if (!isImageMetadata(image))
			throw new Error(`article ${id}: image ${recorded.path} was not imported by the build`);
		return { image, alt: recorded.alt, title: recorded.title };
	});
}

/** The article's data without the loader's list of body images, which is no field of its own. */
function withoutBodyImages<T extends object>(data: T): T {
	if (!(BODY_IMAGES_KEY in data)) return data;
	return Object.fromEntries(Object.entries(data).filter(([key]) => key !== BODY_IMAGES_KEY)) as T;
}

/** All content, checked for broken references, indexed by id. */
export interface SiteData {
	/** Published articles, newest first (with drafts in `astro dev`). */
	articles: ArticleEntry[];
	timelines: Map<string, CollectionEntry<'timelines'>['data']>;
	people: Map<string, CollectionEntry<'people'>['data']>;
	sources: Map<string, CollectionEntry<'sources'>['data']>;
	glossary: Map<string, CollectionEntry<'glossary'>['data']>;
	topics: Map<string, CollectionEntry<'topics'>['data']>;
	charts: Map<string, CollectionEntry<'charts'>['data']>;
	maps: Map<string, CollectionEntry<'maps'>['data']>;
	places: Map<string, CollectionEntry<'places'>['data']>;
	/** Reverse indexes: who and what points at each entry. */
	index: SiteIndex;
	/** Published articles by id. */
	articleById: Map<string, ArticleEntry>;
}

const byId = <T extends { id: string; data: unknown }>(entries: readonly T[]) =>
	new Map(entries.map((entry) => [entry.id, entry.data as T['data']]));

async function load(): Promise<SiteData> {
	// In `astro dev` a file that failed its latest sync still has its last good entry in the store:
	// the page must show the problem, not that entry (a build has stopped before getting here).
	assertNoLocatedProblems(outstandingProblems());
	const [articles, timelines, people, sources, glossary, topics, charts, maps, places] =
		await Promise.all([
			getCollection('articles'),
			getCollection('timelines'),
			getCollection('people'),
			getCollection('sources'),
			getCollection('glossary'),
			getCollection('topics'),
			getCollection('charts'),
			getCollection('maps'),
			getCollection('places'),
		]);
	const timelineData = byId(timelines);
	const entries: ArticleEntry[] = articles.map((entry) => {
		const frontmatter = entry.rendered?.metadata?.frontmatter as
			{ razbor?: BodyReferences } | undefined;
		const words = entry.rendered?.metadata?.[READING_WORDS_KEY];
		const bodyFile = entry.rendered?.metadata?.[BODY_FILE_KEY];
		// The article loader always stores both; without them the entry came from another loader.
		if (typeof words !== 'number') throw new Error(`статья ${entry.id}: нет времени чтения`);
		const references = frontmatter?.razbor ?? { citations: [], references: [] };
		// The reader reads an embedded timeline too (a missing one is reported just below).
		const embedded = references.references
			.filter((reference) => reference.kind === 'timeline')
			.map((reference) => timelineData.get(reference.id));
		if (typeof bodyFile !== 'string') throw new Error(`статья ${entry.id}: нет файла с текстом`);
		return {
			id: entry.id,
			data: withoutBodyImages(entry.data),
			bodyFile,
			headings: (entry.rendered?.metadata?.headings ?? []) as ArticleEntry['headings'],
			references,
			images: articleImages(entry.id, entry.data, references),
			readingMinutes: minutesToRead(
				embedded.reduce((sum, timeline) => sum + (timeline ? timelineWords(timeline) : 0), words),
			),
		};
	});
	// References are checked on every build, including one that reuses cached renders: an entry
	// that another one points to may have been deleted since.
	assertNoLocatedProblems(
		findBrokenReferences({
			articles: articles.map((entry, index) => ({
				id: entry.id,
				file: entry.filePath ?? entry.id,
				data: entry.data,
				body: entries[index]!.references,
			})),
			charts: charts.map((entry) => ({
				id: entry.id,
				file: entry.filePath ?? entry.id,
				data: entry.data,
			})),
			maps: maps.map((entry) => ({
				id: entry.id,
				file: entry.filePath ?? entry.id,
				data: entry.data,
			})),
			places: places.map((entry) => ({
				id: entry.id,
				file: entry.filePath ?? entry.id,
				data: entry.data,
			})),
			timelines: timelines.map((entry) => ({
				id: entry.id,
				file: entry.filePath ?? entry.id,
				data: entry.data,
			})),
			ids: {
				articles: new Set(articles.map((entry) => entry.id)),
				sources: new Set(sources.map((entry) => entry.id)),
				people: new Set(people.map((entry) => entry.id)),
				glossary: new Set(glossary.map((entry) => entry.id)),
				topics: new Set(topics.map((entry) => entry.id)),
				timelines: new Set(timelines.map((entry) => entry.id)),
				charts: new Set(charts.map((entry) => entry.id)),
				maps: new Set(maps.map((entry) => entry.id)),
				places: new Set(places.map((entry) => entry.id)),
			},
			lineOf: lineOfField,
			// Links to files of public/ (`/favicon.svg`); the build runs in the project's folder.
			publicFileExists: (path) => existsSync(join(process.cwd(), 'public', path)),
		}),
	);
	const published = selectPublishedArticles(entries, { includeDrafts: import.meta.env.DEV });
	const chartData = byId(charts);
	return {
		articles: published,
		articleById: new Map(published.map((article) => [article.id, article])),
		index: buildSiteIndex(
			published.map((article) => ({
				id: article.id,
				data: article.data,
				citations: article.references.citations,
			})),
			timelineData,
			chartData,
		),
		timelines: timelineData,
		people: byId(people),
		sources: byId(sources),
		glossary: byId(glossary),
		topics: byId(topics),
		charts: chartData,
		maps: byId(maps),
		places: byId(places),
	};
}

let cached: Promise<SiteData> | undefined;

/**
 * Loads and checks all content once per build; every page and endpoint starts here. The dev
 * server reloads it on every request, since content changes while it runs.
 */
export function loadSiteData(): Promise<SiteData> {
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}
