import { randomUUID } from 'node:crypto';
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readTextIfPresent } from '../../src/cache/build-cache.ts';

/**
 * One build at a time per site folder. Two builds into the same folder share its staging folder:
 * the second one deletes what the first is writing, and the first can then wait forever for a
 * search index of pages that are gone. The lock is a file holding the building process's id; a
 * lock whose process has ended (a build killed outright) is taken over.
 */

/** A build that holds the lock of a site folder, found by the build that wanted it too. */
export class BuildLocked extends Error {
	/** The process id of the build that holds the lock. */
	readonly holder: number;

	constructor(siteDir: string, holder: number) {
		super(
			`В ${siteDir} уже идёт другая сборка (процесс ${holder}): дождитесь её окончания или остановите её`,
		);
		this.name = 'BuildLocked';
		this.holder = holder;
	}
}

/** Whether a process with this id is running (signal 0 only checks that it could be signalled). */
export function processIsRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, under another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** The process id in a lock file, or `undefined` when there is no such file or it holds none. */
async function lockHolder(lockFile: string): Promise<number | undefined> {
	const pid = Number.parseInt((await readTextIfPresent(lockFile)) ?? '', 10);
	return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Takes the lock `lockFile` of the site folder `siteDir` for this process and returns how to let
 * it go. Throws {@link BuildLocked} while another running process holds it.
 */
export async function acquireBuildLock(
	lockFile: string,
	siteDir: string,
	isRunning: (pid: number) => boolean = processIsRunning,
): Promise<() => Promise<void>> {
	// The lock appears with the process id already in it (a hard link to a finished file, which
	// fails if the lock exists), so no other build can ever read it empty.
	const written = `${lockFile}.${randomUUID()}`;
	// The lock lies beside the site folder, whose parent a first build may have to make.
	await mkdir(dirname(lockFile), { recursive: true });
	await writeFile(written, `${process.pid}\n`);
	try {
		for (;;) {
			try {
				await link(written, lockFile);
				return () => rm(lockFile, { force: true });
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			}
			const holder = await lockHolder(lockFile);
			if (holder !== undefined && isRunning(holder)) throw new BuildLocked(siteDir, holder);
			// Left by a build that no longer runs: taken over. Two builds that both find it so race
			// for the link above, and the loser finds the winner running.
			await rm(lockFile, { force: true });
		}
	} finally {
		await rm(written, { force: true });
	}
}
