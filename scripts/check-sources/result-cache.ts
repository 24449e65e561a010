import {
	buildCacheDir,
	readTextIfPresent,
	writeFileAtomically,
} from '../../src/cache/build-cache.ts';
import { NETWORK_OUTCOMES, type UrlCheck } from './url-check.ts';

/** How long an answer is trusted: a day, so that a daily run asks each address once. */
export const CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** The cache file in the build cache (`node_modules/.astro/`, or RAZBOR_CACHE_DIR). */
export function resultCacheFile(
	env: Readonly<Record<string, string | undefined>> = process.env,
): string {
	return `${buildCacheDir('source-links', env)}/results.json`;
}

/** One remembered answer. */
export interface CachedCheck {
	/** When it was asked, ISO 8601. */
	checkedAt: string;
	check: UrlCheck;
}

/** Remembered answers by address. */
export type ResultCache = Map<string, CachedCheck>;

/** The cache as last written; empty when there is none or it cannot be read. */
export async function readResultCache(file: string): Promise<ResultCache> {
	const text = await readTextIfPresent(file);
	if (text === undefined) return new Map();
	try {
		return new Map(Object.entries(JSON.parse(text) as Record<string, CachedCheck>));
	} catch {
		// A damaged cache only costs asking again.
		return new Map();
	}
}

/** The remembered answer for `url` if it is younger than `maxAgeMs`. */
export function freshResult(
	cache: ResultCache,
	url: string,
	now: Date,
	maxAgeMs: number,
): UrlCheck | undefined {
	const entry = cache.get(url);
	if (!entry) return undefined;
	const age = now.getTime() - Date.parse(entry.checkedAt);
	return age >= 0 && age < maxAgeMs ? entry.check : undefined;
}

/**
 * Whether an answer is worth remembering: a server's answer or an unknown host is; a timeout or
 * a refused connection may be gone in a minute, so those are asked again next time.
 */
export function isRemembered(check: UrlCheck): boolean {
	return check.outcome === 'dns' || !NETWORK_OUTCOMES.has(check.outcome);
}

/** Writes the cache, dropping answers older than `maxAgeMs`. */
export async function writeResultCache(
	file: string,
	cache: ResultCache,
	now: Date,
	maxAgeMs: number,
): Promise<void> {
	const kept = [...cache].filter(([url]) => freshResult(cache, url, now, maxAgeMs));
	await writeFileAtomically(file, `${JSON.stringify(Object.fromEntries(kept), null, '\t')}\n`);
}
