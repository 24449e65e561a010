/**
 * `npm run check:sources`: asks the address (`url`) of every source in `content/sources/` whether
 * it still works, and prints, per source file, the links that do not (4xx, 5xx, unknown host, no
 * answer) and those that moved for good (301, 308) with their new address. Each address is asked
 * once, HEAD first, a few at a time and never many at one site; answers are kept a day in the
 * build cache. An online tool: not part of `npm test` or the build; without network it says so
 * in one line and exits 0. Exits 1 when a link does not work.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentRoot } from '../src/loaders/content-files.ts';
import { SITE } from '../src/site.ts';
import {
	checkSources,
	formatSourcesReport,
	readSourceLinks,
	type CheckSourcesOptions,
} from './check-sources/check-sources.ts';
import { CACHE_MAX_AGE_MS, resultCacheFile } from './check-sources/result-cache.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Polite defaults: a handful at once, two per site, ten seconds each. */
const OPTIONS: Omit<CheckSourcesOptions, 'cacheFile' | 'now'> = {
	concurrency: 6,
	perHost: 2,
	timeoutMs: 10_000,
	maxRedirects: 10,
	userAgent: `Mozilla/5.0 (compatible; RazborSourceCheck/1.0; +${SITE.url})`,
	maxAgeMs: CACHE_MAX_AGE_MS,
	probes: 3,
};

const links = await readSourceLinks(contentRoot(pathToFileURL(root)));
const report = await checkSources(links, {
	...OPTIONS,
	cacheFile: resultCacheFile(),
	now: new Date(),
});
const { lines, exitCode } = formatSourcesReport(report, OPTIONS.timeoutMs);
for (const line of lines) console.log(line);
process.exitCode = exitCode;
