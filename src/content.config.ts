import { defineCollection } from 'astro:content';
import { articleLoader } from './loaders/article-loader.ts';
import { dataLoader } from './loaders/data-loader.ts';
import { ArticleSchema } from './schemas/article.ts';
import { ChartSchema, ChartTranslationSchema } from './schemas/chart.ts';
import { MapSchema, MapTranslationSchema } from './schemas/map.ts';
import { PersonSchema, PersonTranslationSchema } from './schemas/person.ts';
import { PlaceSchema, PlaceTranslationSchema } from './schemas/place.ts';
import { SourceSchema } from './schemas/source.ts';
import { TermSchema, TermTranslationSchema } from './schemas/term.ts';
import { TimelineSchema, TimelineTranslationSchema } from './schemas/timeline.ts';
import { TopicSchema, TopicTranslationSchema } from './schemas/topic.ts';
import type { z } from 'astro/zod';

/** The English words of a data collection: `content/<folder>/en/` (issue 20). */
function english(folder: string, schema: z.ZodType<Record<string, unknown>>, original: z.ZodType) {
	return defineCollection({
		loader: dataLoader({ folder, schema, lang: 'en', original }),
		schema,
	});
}

// Wiring only: the loaders validate with these same schemas; `schema` here gives the types.
export const collections = {
	articles: defineCollection({ loader: articleLoader(), schema: ArticleSchema }),
	timelines: defineCollection({
		loader: dataLoader({ folder: 'timelines', schema: TimelineSchema }),
		schema: TimelineSchema,
	}),
	people: defineCollection({
		loader: dataLoader({ folder: 'people', schema: PersonSchema }),
		schema: PersonSchema,
	}),
	sources: defineCollection({
		loader: dataLoader({ folder: 'sources', schema: SourceSchema }),
		schema: SourceSchema,
	}),
	glossary: defineCollection({
		loader: dataLoader({ folder: 'glossary', schema: TermSchema }),
		schema: TermSchema,
	}),
	topics: defineCollection({
		loader: dataLoader({ folder: 'topics', schema: TopicSchema }),
		schema: TopicSchema,
	}),
	charts: defineCollection({
		loader: dataLoader({ folder: 'charts', schema: ChartSchema }),
		schema: ChartSchema,
	}),
	places: defineCollection({
		loader: dataLoader({ folder: 'places', schema: PlaceSchema }),
		schema: PlaceSchema,
	}),
	maps: defineCollection({
		loader: dataLoader({ folder: 'maps', schema: MapSchema }),
		schema: MapSchema,
	}),
	// The English edition (issue 20): articles of their own, and the words of the data entries,
	// which src/data/site-data.ts merges with the originals.
	articlesEn: defineCollection({ loader: articleLoader({ lang: 'en' }), schema: ArticleSchema }),
	timelinesEn: english('timelines', TimelineTranslationSchema, TimelineSchema),
	peopleEn: english('people', PersonTranslationSchema, PersonSchema),
	glossaryEn: english('glossary', TermTranslationSchema, TermSchema),
	topicsEn: english('topics', TopicTranslationSchema, TopicSchema),
	chartsEn: english('charts', ChartTranslationSchema, ChartSchema),
	placesEn: english('places', PlaceTranslationSchema, PlaceSchema),
	mapsEn: english('maps', MapTranslationSchema, MapSchema),
};
