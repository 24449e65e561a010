import type { z } from '../../src/schemas/zod.ts';
import { ARTICLE_FILES } from '../../src/loaders/content-files.ts';
import { ARTICLE_SCHEMAS, ArticleSchema } from '../../src/schemas/article.ts';
import { ChartSchema, ChartTranslationSchema } from '../../src/schemas/chart.ts';
import { MapSchema, MapTranslationSchema } from '../../src/schemas/map.ts';
import { PersonSchema, PersonTranslationSchema } from '../../src/schemas/person.ts';
import { PlaceSchema, PlaceTranslationSchema } from '../../src/schemas/place.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { TermSchema, TermTranslationSchema } from '../../src/schemas/term.ts';
import { TimelineSchema, TimelineTranslationSchema } from '../../src/schemas/timeline.ts';
import { TopicSchema, TopicTranslationSchema } from '../../src/schemas/topic.ts';

/** One collection of `content/` as the editor's tools see it: a folder, a file type, a schema. */
export interface ContentCollection {
	/** The collection's name in src/content.config.ts, e.g. `people`. */
	name: string;
	/** Folder under `content/`: the same as the name for every collection so far. */
	folder: string;
	/** `markdown`: frontmatter and a body (`.md`); `yaml`: one YAML data file per entry. */
	format: 'markdown' | 'yaml';
	/** File name endings the loader reads. */
	extensions: readonly string[];
	/** The zod schema the loader validates every file with. */
	schema: z.ZodType;
	/** What one file is, in Russian, for the title of its JSON Schema: «Человек». */
	title: string;
	/**
	 * The schema of its English files in `content/<folder>/en/` (issue 20): an article's full
	 * schema in English typography, a data entry's words only; none for sources, which have no
	 * translations.
	 */
	english?: z.ZodType | undefined;
}

const YAML_EXTENSIONS = ['.yaml', '.yml'] as const;

/**
 * The collections of src/content.config.ts (which Node cannot import: it needs `astro:content`),
 * with the folder and schema each is loaded with. tests/unit/scripts/content-schemas.test.ts checks
 * that every folder of `content/` is here.
 */
export const CONTENT_COLLECTIONS: readonly ContentCollection[] = Object.freeze([
	{
		name: 'articles',
		folder: ARTICLE_FILES.folder,
		format: 'markdown',
		extensions: ARTICLE_FILES.extensions,
		schema: ArticleSchema,
		english: ARTICLE_SCHEMAS.en,
		title: 'Статья: шапка файла content/articles/<slug>.md',
	},
	{
		name: 'timelines',
		folder: 'timelines',
		format: 'yaml',
		extensions: YAML_EXTENSIONS,
		schema: TimelineSchema,
		english: TimelineTranslationSchema,
		title: 'Хроника: content/timelines/<id>.yaml',
	},
	{
		name: 'people',
		folder: 'people',
		format: 'yaml',
		extensions: YAML_EXTENSIONS,
		schema: PersonSchema,
		english: PersonTranslationSchema,
		title: 'Человек: content/people/<id>.yaml',
	},
	{
		name: 'sources',
		folder: 'sources',
		format: 'yaml',
		extensions: YAML_EXTENSIONS,
		schema: SourceSchema,
		title: 'Источник: content/sources/<id>.yaml',
	},
	{
		name: 'glossary',
		folder: 'glossary',
		format: 'yaml',
		extensions: YAML_EXTENSIONS,
		schema: TermSchema,
		english: TermTranslationSchema,
		title: 'Термин словаря: content/glossary/<id>.yaml',
	},
	{
		name: 'topics',
		folder: 'topics',
		format: 'yaml',
		extensions: YAML_EXTENSIONS,
		schema: TopicSchema,
		english: TopicTranslationSchema,
		title: 'Тема: content/topics/<id>.yaml',
	},
	{
		name: 'charts',
		folder: 'charts',
		format: 'yaml',
		extensions: YAML_EXTENSIONS,
		schema: ChartSchema,
		english: ChartTranslationSchema,
		title: 'Диаграмма: content/charts/<id>.yaml',
	},
	{
		name: 'places',
		folder: 'places',
		format: 'yaml',
		extensions: YAML_EXTENSIONS,
		schema: PlaceSchema,
		english: PlaceTranslationSchema,
		title: 'Место на карте: content/places/<id>.yaml',
	},
	{
		name: 'maps',
		folder: 'maps',
		format: 'yaml',
		extensions: YAML_EXTENSIONS,
		schema: MapSchema,
		english: MapTranslationSchema,
		title: 'Карта: content/maps/<id>.yaml',
	},
]);

/** The collection of that name; throws for an unknown one (a typo in the tools, not in content). */
export function contentCollection(name: string): ContentCollection {
	const collection = CONTENT_COLLECTIONS.find((candidate) => candidate.name === name);
	if (!collection) throw new Error(`unknown content collection «${name}»`);
	return collection;
}
