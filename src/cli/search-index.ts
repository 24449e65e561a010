import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Folder of the search index inside the built site; the search page loads it from `/pagefind/`. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/**
 * Indexes a built site with Pagefind for Russian (stemming by the pages' `lang="ru"`, forced so
 * that a page without it cannot start a second index) and writes the index into the site.
 */
export async function writeSearchIndex(siteDir: string): Promise<void> {
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
		if (!index) throw new Error(`Pagefind не запустился: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: siteDir });
		if (added.errors.length > 0)
			throw new Error(`Pagefind не проиндексировал сайт: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: join(siteDir, SEARCH_INDEX_FOLDER) });
		if (written.errors.length > 0)
			throw new Error(`Pagefind не записал индекс: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
}
