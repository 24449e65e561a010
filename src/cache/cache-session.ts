import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CacheKind } from './cache-kinds.ts';

/**
 * The build cache as one run of Astro sees it: where it is, and — in `astro build` only — which
 * entries the build has used, so that at its end (src/integrations/build-cache/) the entries it
 * did not use are swept and the folder does not grow with every edit.
 *
 * The session lives on `globalThis`: Astro loads the integrations, the content loaders and the
 * built pages as separate module graphs in one process, and all of them record uses here.
 */

/** Where the build cache is, and what the running build has taken from it. */
export interface CacheSession {
	/** The project root, where declared code is read. */
	root: string;
	/** Astro's cache folder (`cacheDir`, RAZBOR_CACHE_DIR). */
	cacheDir: string;
	/** Files of the entries this build used; none where nothing is swept (`astro dev`, `astro sync`). */
	used: Set<string> | undefined;
	/** When the session began, in ms since the epoch, as the file system stamps files. */
	startedAt: number;
}

const SESSION = Symbol.for('razbor.build-cache.session');

type Holder = { [SESSION]?: CacheSession | undefined };

/**
 * The time of the file system holding `dir`, now: a file written there later never has an
 * earlier modification time, whatever the granularity of its time stamps (a tick, a second).
 */
function fileSystemNow(dir: string): number {
	mkdirSync(dir, { recursive: true });
	const probe = join(dir, `.clock-${randomUUID()}.tmp`);
	writeFileSync(probe, '');
	try {
		return statSync(probe).mtimeMs;
	} finally {
		rmSync(probe, { force: true });
	}
}

/**
 * Starts the session of this process: the first call wins, so uses recorded so far are never
 * forgotten. `recordUses` is true for a build, the only run whose end sweeps.
 */
export function startCacheSession(options: {
	root: string;
	cacheDir: string;
	recordUses: boolean;
}): CacheSession {
	const holder = globalThis as Holder;
	const cacheDir = resolve(options.cacheDir);
	holder[SESSION] ??= {
		root: resolve(options.root),
		cacheDir,
		used: options.recordUses ? new Set() : undefined,
		startedAt: options.recordUses ? fileSystemNow(cacheDir) : Date.now(),
	};
	return holder[SESSION];
}

/** The session of this process, if an Astro run started one. */
export function cacheSession(): CacheSession | undefined {
	return (globalThis as Holder)[SESSION];
}

/** Ends the session (for tests that start several in one process). */
export function endCacheSession(): void {
	(globalThis as Holder)[SESSION] = undefined;
}

/** Notes that the running build used the entry in `file`; nothing outside a build. */
export function recordCacheUse(file: string): void {
	cacheSession()?.used?.add(resolve(file));
}

/**
 * Deletes every file in the folders of `kinds` that the build of `session` did not use, and
 * returns how many. Called once the build has succeeded, when no step needs an entry any more.
 * A file written since the build began is kept: it belongs to a process running beside it (a dev
 * server, another build sharing the cache folder).
 */
export async function sweepUnusedEntries(
	session: CacheSession,
	kinds: readonly CacheKind[],
): Promise<number> {
	const { used } = session;
	if (!used) return 0;
	let removed = 0;
	for (const kind of kinds) {
		const dir = join(session.cacheDir, kind.folder);
		const names = await readdir(dir).catch((error: unknown) => {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
			throw error;
		});
		for (const name of names) {
			const file = join(dir, name);
			if (used.has(file)) continue;
			const info = await stat(file).catch(() => undefined);
			if (!info?.isFile() || info.mtimeMs >= session.startedAt) continue;
			await rm(file, { force: true });
			removed += 1;
		}
	}
	return removed;
}
