import { defineCollection } from 'astro:content';
import { articleLoader } from './loaders/article-loader.ts';
import { dataLoader } from './loaders/data-loader.ts';
import { ArticleSchema } from './schemas/article.ts';
import { ChartSchema } from './schemas/chart.ts';
import { MapSchema } from './schemas/map.ts';
import { PersonSchema } from './schemas/person.ts';
import { PlaceSchema } from './schemas/place.ts';
import { SourceSchema } from './schemas/source.ts';
import { TermSchema } from './schemas/term.ts';
import { TimelineSchema } from './schemas/timeline.ts';
import { TopicSchema } from './schemas/topic.ts';

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
};
