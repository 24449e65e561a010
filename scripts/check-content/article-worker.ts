/**
 * A worker thread of `npm run check:content`: reads its share of the article files (given as
 * `workerData`, see ./article-threads.ts) and posts the results back in the same order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readArticles } from './read-articles.ts';
import type { ArticleShare } from './article-threads.ts';

const { files, lang } = workerData as ArticleShare;
parentPort?.postMessage(await readArticles(files, lang));
