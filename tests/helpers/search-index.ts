import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** A page as Pagefind stored it: its URL, the text a search matches and quotes, its meta. */
export interface IndexedPage {
	url: string;
	content: string;
	/** `title`, and the `kind` of result BaseLayout gives every indexed page. */
	meta: Record<string, string>;
}

/** Pagefind's marker before the JSON of a decompressed fragment file. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Every page in a built site's search index, read back from Pagefind's fragment files
 * (`pagefind/fragment/*.pf_fragment`: gzip, the signature, then JSON), in URL order.
 */
export async function indexedPages(siteDir: string): Promise<IndexedPage[]> {
	const folder = join(siteDir, 'pagefind/fragment');
	const pages: IndexedPage[] = [];
	for (const name of await readdir(folder)) {
		const text = gunzipSync(await readFile(join(folder, name))).toString('utf8');
		if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${name}: not a Pagefind fragment`);
		const { url, content, meta } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as IndexedPage;
		pages.push({ url, content, meta });
	}
	return pages.sort((a, b) => a.url.localeCompare(b.url));
}
