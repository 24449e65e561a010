import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The generated `articles/` folder (absolute), or a local one when run by hand. */
const folder = process.env['BASELINE_CONTENT_DIR'];

// A loose schema: the baseline reads the same frontmatter but checks only what its pages print.
export const collections = {
	articles: defineCollection({
		loader: glob({
			// English stand-ins in en/ too (`bench:build -- --english`): the same files as ours.
			pattern: '**/*.md',
			base: folder ? pathToFileURL(`${folder}/`) : './content/articles',
		}),
		schema: z.looseObject({ title: z.string(), dek: z.string(), published: z.coerce.date() }),
	}),
};
