import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { readContentFiles } from '../../src/loaders/content-files.ts';
import type { ContentCatalog } from './synthetic-content.ts';

const DATA_EXTENSIONS = ['.yaml', '.yml'];

/** The ids of one data folder: the file names without extension, as the loaders derive them. */
async function idsIn(contentDir: string, folder: string): Promise<string[]> {
	const files = await readContentFiles(join(contentDir, folder), DATA_EXTENSIONS);
	return files.map((file) => basename(file.absolute, extname(file.absolute)));
}

/**
 * What synthetic articles may refer to in a content folder laid out like `content/`: the ids of
 * its sources, people, topics, timelines and charts, and each glossary term with its wording.
 * Fails when a folder the articles need is empty, since an article must use every directive.
 */
export async function readContentCatalog(contentDir: string): Promise<ContentCatalog> {
	const glossary = await readContentFiles(join(contentDir, 'glossary'), DATA_EXTENSIONS);
	const catalog: ContentCatalog = {
		sources: await idsIn(contentDir, 'sources'),
		people: await idsIn(contentDir, 'people'),
		topics: await idsIn(contentDir, 'topics'),
		timelines: await idsIn(contentDir, 'timelines'),
		charts: await idsIn(contentDir, 'charts'),
		terms: glossary.map((file) => ({
			id: basename(file.absolute, extname(file.absolute)),
			term: String((parse(file.text) as { term: unknown }).term),
		})),
	};
	const empty = Object.entries(catalog)
		.filter(([, ids]) => (ids as unknown[]).length === 0)
		.map(([folder]) => (folder === 'terms' ? 'glossary' : folder));
	if (empty.length > 0) throw new Error(`${contentDir}: no entries in ${empty.join(', ')}`);
	return catalog;
}
