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
import {
	findTranslationProblems,
	mergeTranslation,
	type ComparedCollection,
} from '../model/translations.ts';
import type { Language } from '../schemas/article.ts';
import { ChartTranslationSchema } from '../schemas/chart.ts';
import { MapTranslationSchema } from '../schemas/map.ts';
import { PersonTranslationSchema } from '../schemas/person.ts';
import { PlaceTranslationSchema } from '../schemas/place.ts';
import { TermTranslationSchema } from '../schemas/term.ts';
import { TimelineTranslationSchema } from '../schemas/timeline.ts';
import { TopicTranslationSchema } from '../schemas/topic.ts';
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

/** The data collections that have translations (issue 20); sources are written once. */
export type TranslatedCollection =
	'articles' | 'timelines' | 'people' | 'glossary' | 'topics' | 'charts' | 'maps' | 'places';

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

/** All content of one edition (Russian, or the English of issue 20), checked, indexed by id. */
export interface SiteData {
	/** The edition's language: `ru`, or `en` for the English edition. */
	lang: Language;
	/**
	 * Published articles of this edition, newest first (with drafts in `astro dev`). An English
	 * article is an entry of its own, with the same id (slug) as its Russian original.
	 */
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
	/**
	 * Per collection, the ids that exist in both languages: the pages that have a counterpart in
	 * the other edition (the language switcher, `hreflang`). In the English edition, the data
	 * entries without a translation keep their Russian words (`npm run check:content` lists
	 * them), and only published articles are counted.
	 */
	translated: Readonly<Record<TranslatedCollection, ReadonlySet<string>>>;
}

const byId = <T extends { id: string; data: unknown }>(entries: readonly T[]) =>
	new Map(entries.map((entry) => [entry.id, entry.data as T['data']]));

/** The words of one collection's translations, by id. */
const wordsById = (entries: readonly { id: string; data: unknown }[]) =>
	new Map(entries.map((entry) => [entry.id, entry.data]));

/** Each original with the words of its translation, where it has one (src/model/translations.ts). */
function translatedMap<T>(originals: Map<string, T>, words: Map<string, unknown>): Map<string, T> {
	return new Map(
		[...originals].map(([id, data]) => [id, mergeTranslation(data, words.get(id))] as const),
	);
}

/** The ids that exist in both languages. */
const both = (originals: Iterable<string>, translations: ReadonlySet<string>) =>
	new Set([...originals].filter((id) => translations.has(id)));

async function load(): Promise<Readonly<Record<Language, SiteData>>> {
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
	const [articlesEn, timelinesEn, peopleEn, glossaryEn, topicsEn, chartsEn, mapsEn, placesEn] =
		await Promise.all([
			getCollection('articlesEn'),
			getCollection('timelinesEn'),
			getCollection('peopleEn'),
			getCollection('glossaryEn'),
			getCollection('topicsEn'),
			getCollection('chartsEn'),
			getCollection('mapsEn'),
			getCollection('placesEn'),
		]);
	const timelineData = byId(timelines);
	const englishTimelines = translatedMap(timelineData, wordsById(timelinesEn));
	const toEntry = (
		entry: (typeof articles)[number] | (typeof articlesEn)[number],
		timelineOf: (id: string) => CollectionEntry<'timelines'>['data'] | undefined,
	): ArticleEntry => {
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
			.map((reference) => timelineOf(reference.id));
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
	};
	const entries = articles.map((entry) => toEntry(entry, (id) => timelineData.get(id)));
	const englishEntries = articlesEn.map((entry) =>
		toEntry(entry, (id) => englishTimelines.get(id)),
	);
	const located = <T extends { id: string; filePath?: string | undefined; data: unknown }>(
		entry: T,
	) => ({ id: entry.id, file: entry.filePath ?? entry.id, data: entry.data as T['data'] });
	// References are checked on every build, including one that reuses cached renders: an entry
	// that another one points to may have been deleted since.
	assertNoLocatedProblems(
		findBrokenReferences({
			// English articles refer to the same entries and are held to the same references.
			articles: [
				...articles.map((entry, index) => ({
					...located(entry),
					body: entries[index]!.references,
				})),
				...articlesEn.map((entry, index) => ({
					...located(entry),
					body: englishEntries[index]!.references,
				})),
			],
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
	// A translation that differs from its original is refused (issue 20), as `check:content` does.
	const compared = (
		folder: string,
		originals: readonly { id: string; filePath?: string | undefined; data: unknown }[],
		translations: readonly { id: string; filePath?: string | undefined; data: unknown }[],
		schema: ComparedCollection['schema'],
	): ComparedCollection => ({
		folder,
		originals: new Map(originals.map((entry) => [entry.id, located(entry)])),
		translations: translations.map(located),
		schema,
	});
	assertNoLocatedProblems(
		findTranslationProblems({
			articles: {
				originals: new Map(
					articles.map((entry, index) => [
						entry.id,
						{ ...located(entry), body: entries[index]!.references },
					]),
				),
				translations: articlesEn.map((entry, index) => ({
					...located(entry),
					body: englishEntries[index]!.references,
				})),
			},
			data: [
				compared('timelines', timelines, timelinesEn, TimelineTranslationSchema),
				compared('people', people, peopleEn, PersonTranslationSchema),
				compared('glossary', glossary, glossaryEn, TermTranslationSchema),
				compared('topics', topics, topicsEn, TopicTranslationSchema),
				compared('charts', charts, chartsEn, ChartTranslationSchema),
				compared('maps', maps, mapsEn, MapTranslationSchema),
				compared('places', places, placesEn, PlaceTranslationSchema),
			],
			lineOf: lineOfField,
		}),
	);
	const includeDrafts = import.meta.env.DEV;
	const published = selectPublishedArticles(entries, { includeDrafts });
	const publishedEn = selectPublishedArticles(englishEntries, { includeDrafts });
	const ids = (list: readonly { id: string }[]) => new Set(list.map(({ id }) => id));
	const translated: SiteData['translated'] = {
		articles: both(ids(published), ids(publishedEn)),
		timelines: both(timelineData.keys(), ids(timelinesEn)),
		people: both(ids(people), ids(peopleEn)),
		glossary: both(ids(glossary), ids(glossaryEn)),
		topics: both(ids(topics), ids(topicsEn)),
		charts: both(ids(charts), ids(chartsEn)),
		maps: both(ids(maps), ids(mapsEn)),
		places: both(ids(places), ids(placesEn)),
	};
	const edition = (
		lang: Language,
		list: ArticleEntry[],
		data: Pick<
			SiteData,
			'timelines' | 'people' | 'glossary' | 'topics' | 'charts' | 'maps' | 'places'
		>,
	): SiteData => ({
		lang,
		articles: list,
		articleById: new Map(list.map((article) => [article.id, article])),
		index: buildSiteIndex(
			list.map((article) => ({
				id: article.id,
				data: article.data,
				citations: article.references.citations,
			})),
			data.timelines,
			data.charts,
		),
		sources: byId(sources),
		translated,
		...data,
	});
	const russian = {
		timelines: timelineData,
		people: byId(people),
		glossary: byId(glossary),
		topics: byId(topics),
		charts: byId(charts),
		maps: byId(maps),
		places: byId(places),
	};
	return {
		ru: edition('ru', published, russian),
		en: edition('en', publishedEn, {
			timelines: englishTimelines,
			people: translatedMap(russian.people, wordsById(peopleEn)),
			glossary: translatedMap(russian.glossary, wordsById(glossaryEn)),
			topics: translatedMap(russian.topics, wordsById(topicsEn)),
			charts: translatedMap(russian.charts, wordsById(chartsEn)),
			maps: translatedMap(russian.maps, wordsById(mapsEn)),
			places: translatedMap(russian.places, wordsById(placesEn)),
		}),
	};
}

let cached: Promise<Readonly<Record<Language, SiteData>>> | undefined;

/**
 * Loads and checks all content once per build, both editions at once; every page and endpoint
 * starts here, with the language of its edition (Russian by default; `en` for the English
 * edition of issue 20). The dev server reloads it on every request, since content changes while
 * it runs.
 */
export async function loadSiteData(lang: Language = 'ru'): Promise<SiteData> {
	if (import.meta.env.DEV) return (await load())[lang];
	cached ??= load();
	return (await cached)[lang];
}
