import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { CacheKind } from './cache-kinds.ts';
import { cacheSession, recordCacheUse } from './cache-session.ts';
import { codeFingerprint } from './declared-code.ts';

/**
 * The one way into the build cache. Every cached computation — article bodies, share images,
 * feed texts — opens its kind (./cache-kinds.ts) and goes through {@link cachedFile} or
 * {@link cachedText}: each entry is a file in the kind's folder named by the
 * SHA-256 of its input and of the kind's declared code, written so that no half-written file
 * ever has its final name, and recorded as used by the running build, which sweeps the rest at
 * its end (./cache-session.ts).
 */

/** Where the cache is read and written: the project root and Astro's cache folder. */
export interface CacheLocation {
	root: string;
	cacheDir: string;
}

/**
 * Where the cache is: the session's when an Astro run started one (Astro's own `root` and
 * `cacheDir`), else the working folder and `RAZBOR_CACHE_DIR` (relative to it), which
 * astro.config.mjs gives Astro, or Astro's default `node_modules/.astro`.
 */
export function cacheLocation(
	env: Readonly<Record<string, string | undefined>> = process.env,
	cwd: string = process.cwd(),
): CacheLocation {
	const session = cacheSession();
	if (session) return { root: session.root, cacheDir: session.cacheDir };
	return { root: cwd, cacheDir: resolve(cwd, env['RAZBOR_CACHE_DIR'] || 'node_modules/.astro') };
}

/** The folder `name` inside the build cache of {@link cacheLocation}. */
export function buildCacheDir(
	name: string,
	env: Readonly<Record<string, string | undefined>> = process.env,
	cwd: string = process.cwd(),
): string {
	return join(cacheLocation(env, cwd).cacheDir, name);
}

/**
 * A cache key: SHA-256, in hex, of the exact input (as JSON) and a fingerprint of the code that
 * turns it into the result, so a change to either misses the cache.
 */
export function cacheKey(input: unknown, fingerprint: string): string {
	return createHash('sha256')
		.update(fingerprint)
		.update('\n')
		.update(JSON.stringify(input))
		.digest('hex');
}

/** A kind of entry opened for use: its folder and the fingerprint of its declared code. */
export interface OpenCache {
	kind: CacheKind;
	/** The kind's folder in the cache. */
	dir: string;
	/** {@link codeFingerprint} of the kind's declared code. */
	fingerprint: string;
}

/**
 * Opens `kind` with a fingerprint already computed (one per build is enough: the code does not
 * change while it runs).
 */
export function cacheWithFingerprint(
	kind: CacheKind,
	fingerprint: string,
	cacheDir: string = cacheLocation().cacheDir,
): OpenCache {
	return { kind, dir: join(cacheDir, kind.folder), fingerprint };
}

/** Opens `kind`: reads its declared code in the project to fingerprint it. */
export async function openCache(
	kind: CacheKind,
	location: CacheLocation = cacheLocation(),
): Promise<OpenCache> {
	const fingerprint = await codeFingerprint(location.root, kind.code);
	return cacheWithFingerprint(kind, fingerprint, location.cacheDir);
}

/** The file of the entry for `input`, whether it exists or not. */
export function entryFile(cache: OpenCache, input: unknown): string {
	return join(cache.dir, `${cacheKey(input, cache.fingerprint)}${cache.kind.extension}`);
}

/** Whether `file` exists. */
async function exists(file: string): Promise<boolean> {
	try {
		await access(file);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
		throw error;
	}
}

/**
 * The file of the entry for `input`, made by `make` and stored first when there is none: for
 * entries used by their path (a share image is linked into the site, an article body is read
 * when its page renders). The same input gives the same bytes, so an entry that is there is
 * never written again.
 */
export async function cachedFile(
	cache: OpenCache,
	input: unknown,
	make: () => Promise<Uint8Array | string>,
): Promise<string> {
	const file = entryFile(cache, input);
	if (!(await exists(file))) await writeFileAtomically(file, await make());
	recordCacheUse(file);
	return file;
}

/** An entry being stored: its file, known at once, and the write that puts it there. */
export interface StoringEntry {
	file: string;
	/** Settles once the file is in place; rejects when it could not be written. */
	stored: Promise<void>;
}

/**
 * {@link cachedFile} for a result already made, without waiting for the disk: the file's name is
 * returned at once and the write goes on in the background, so a loader renders its next file
 * meanwhile instead of idling through five system calls (1,000 articles: about a second of the
 * content sync). Whoever reads the file must first wait for `stored`.
 */
export function storeCachedFile(
	cache: OpenCache,
	input: unknown,
	data: Uint8Array | string,
): StoringEntry {
	const file = entryFile(cache, input);
	recordCacheUse(file);
	const stored = exists(file).then((there) =>
		there ? undefined : writeFileAtomically(file, data),
	);
	return { file, stored };
}

/** The text of the entry for `input`, made by `make` and stored when there was none. */
export async function cachedText(
	cache: OpenCache,
	input: unknown,
	make: () => string | Promise<string>,
): Promise<string> {
	const file = entryFile(cache, input);
	let text = await readTextIfPresent(file);
	if (text === undefined) {
		text = await make();
		await writeFileAtomically(file, text);
	}
	recordCacheUse(file);
	return text;
}

/** How many writes a loader may leave running before it waits: each holds a body in memory. */
const WRITES_IN_FLIGHT = 16;

/**
 * Writes started by {@link storeCachedFile}, waited for together: a loader adds each entry's
 * write as it goes, lets them run (`room`) and waits for all of them before its sync ends.
 */
export class BackgroundWrites {
	readonly #writes: Promise<void>[] = [];
	readonly #running = new Set<Promise<void>>();

	/** Keeps the write of `entry`, made from `source` (named if it fails); returns its file. */
	add(source: string, { file, stored }: StoringEntry): string {
		const write = stored.catch((error: unknown) => {
			throw new Error(`не записан файл кэша сборки для ${source}: ${String(error)}`, {
				cause: error,
			});
		});
		// Reported by settled(); until then a failure is not an unhandled rejection.
		write.catch(() => undefined);
		this.#writes.push(write);
		this.#running.add(write);
		void write.then(
			() => this.#running.delete(write),
			() => this.#running.delete(write),
		);
		return file;
	}

	/**
	 * Gives the writes their turn: a loader that renders one file after another without touching
	 * the disk never lets Node's event loop see a write's step completed, and every body it wrote
	 * would stay in memory until its sync ended (a sync of both editions, 2,000 articles, ended
	 * with all 2,000 pending and its process 65 MiB larger). Waits for the oldest writes while
	 * more than a few are still running.
	 */
	async room(): Promise<void> {
		await setImmediate();
		while (this.#running.size > WRITES_IN_FLIGHT) await Promise.race(this.#running);
	}

	/** Waits for every write added so far, then throws the first that failed. */
	async settled(): Promise<void> {
		const failed = (await Promise.allSettled(this.#writes.splice(0))).find(
			(write) => write.status === 'rejected',
		);
		if (failed) throw failed.reason;
	}
}

/** Folders this process has made for cache entries: each is made once, not before every write. */
const madeFolders = new Set<string>();

/** Writes `file`, making its folder first unless this process made it already. */
async function writeIntoFolder(file: string, data: Uint8Array | string): Promise<void> {
	const folder = dirname(file);
	if (madeFolders.has(folder)) {
		try {
			await writeFile(file, data);
			return;
		} catch (error) {
			// Removed since (a cleared cache, a test's temporary folder): made again below.
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
	await mkdir(folder, { recursive: true });
	madeFolders.add(folder);
	await writeFile(file, data);
}

/**
 * Writes `data` beside `file` and renames it into place, so a build that stops half-way, or two
 * builds sharing the folder, never leave a truncated file under the final name.
 */
export async function writeFileAtomically(file: string, data: Uint8Array | string): Promise<void> {
	const temporary = `${file}.${randomUUID()}.tmp`;
	try {
		await writeIntoFolder(temporary, data);
		await rename(temporary, file);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
}

/** The text of `file`, or `undefined` when there is no such file. */
export async function readTextIfPresent(file: string): Promise<string | undefined> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}
