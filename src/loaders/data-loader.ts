import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { DATA_ENTRY_CODE } from '../cache/cache-kinds.ts';
import { folderLoader } from './folder-loader.ts';
import { parseDataFile } from './parse-entry.ts';
import type { TranslationLanguage } from '../schemas/translation.ts';

/** Options of {@link dataLoader}. */
export interface DataLoaderOptions<S extends z.ZodType> {
	/** Folder under `content/`, e.g. `people`. */
	folder: string;
	/** Schema each file is validated against. */
	schema: S;
	/**
	 * For the translations in `content/<folder>/<lang>/`: their language, with `schema` their
	 * translation schema (src/schemas/translation.ts) and `original` the originals' schema, whose
	 * shared fields a translation must not repeat.
	 */
	lang?: TranslationLanguage | undefined;
	/** The originals' schema, for translations: see `lang`. */
	original?: z.ZodType | undefined;
}

/**
 * Loads one YAML file per entry from `content/<folder>/`, each validated against `schema`, with
 * problems reported by file, line and field.
 */
export function dataLoader<S extends z.ZodType>({
	folder,
	schema,
	lang,
	original,
}: DataLoaderOptions<S>): Loader {
	return folderLoader({
		folder,
		lang,
		extensions: ['.yaml', '.yml'],
		code: DATA_ENTRY_CODE,
		createReader: () =>
			Promise.resolve((file) => {
				const parsed = parseDataFile(file.display, file.text, schema, original);
				return Promise.resolve(
					parsed.ok
						? { ok: true, value: { data: parsed.value as Record<string, unknown> } }
						: parsed,
				);
			}),
	});
}
