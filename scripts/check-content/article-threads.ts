import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentFile } from '../../src/loaders/content-files.ts';
import type { ParseResult } from '../../src/loaders/parse-entry.ts';
import { readArticles, type CheckedArticle } from './read-articles.ts';
import type { Language } from '../../src/schemas/article.ts';

/** The articles one worker thread reads. */
export interface ArticleShare {
	files: readonly ContentFile[];
	/** The language of the files' folder. */
	lang: Language;
}

/** How {@link readArticlesInThreads} shares the work. */
export interface ThreadOptions {
	/** Threads at most, this one included; by default one per core. */
	threads?: number | undefined;
	/**
	 * Articles a thread must have to be worth starting: a worker loads the Markdown pipeline
	 * again (about a second), and an article takes about 10 ms to render.
	 */
	articlesPerThread?: number | undefined;
}

/** Reads one share in a worker thread (./article-worker.ts). */
function readInWorker(share: ArticleShare): Promise<ParseResult<CheckedArticle>[]> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./article-worker.ts', import.meta.url), {
			workerData: share,
		});
		worker.once('message', (results: ParseResult<CheckedArticle>[]) => {
			resolve(results);
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`the article worker stopped with code ${code}`));
		});
	});
}

/**
 * Reads every article file, in the order given, on up to `threads` threads: this one and worker
 * threads, each with a contiguous share. Rendering is most of the checker's time, and a thousand
 * articles would take the one thread over ten seconds. Few articles stay on this thread.
 */
export async function readArticlesInThreads(
	files: readonly ContentFile[],
	{ threads = availableParallelism(), articlesPerThread = 150 }: ThreadOptions = {},
	lang: Language = 'ru',
): Promise<ParseResult<CheckedArticle>[]> {
	const count = Math.max(1, Math.min(threads, Math.floor(files.length / articlesPerThread)));
	if (count === 1) return readArticles(files, lang);
	const size = Math.ceil(files.length / count);
	const shares = Array.from({ length: count }, (_, index) =>
		files.slice(index * size, (index + 1) * size),
	);
	const [own = [], ...others] = shares;
	const results = await Promise.all([
		readArticles(own, lang),
		...others.map((share) => readInWorker({ files: share, lang })),
	]);
	return results.flat();
}
