/**
 * One edition's search index, made in a worker thread of its own (./pagefind-index.ts starts one
 * per language): each worker loads its own copy of Pagefind's Node API, and with it a Pagefind
 * process of its own, so that the Russian and the English index are made at the same time on the
 * two cores instead of one after the other in one process.
 *
 * Takes {@link EditionIndexJob} as `workerData`, answers {@link EditionIndexAnswer} once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** What to index: the built site, the glob of the edition's pages in it, where to write. */
export interface EditionIndexJob {
	siteDir: string;
	glob: string;
	outputPath: string;
}

/** Pagefind's own error messages, empty when the index was written. */
export interface EditionIndexAnswer {
	errors: string[];
}

async function writeEditionIndex({
	siteDir,
	glob,
	outputPath,
}: EditionIndexJob): Promise<EditionIndexAnswer> {
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index) return { errors: [`Pagefind не запустился: ${errors.join('; ')}`] };
		const added = await index.addDirectory({ path: siteDir, glob });
		if (added.errors.length > 0) return { errors: added.errors };
		const written = await index.writeFiles({ outputPath });
		return { errors: written.errors };
	} finally {
		await pagefind.close();
	}
}

const answer = await writeEditionIndex(workerData as EditionIndexJob).catch(
	(error: unknown): EditionIndexAnswer => ({
		errors: [error instanceof Error ? error.message : String(error)],
	}),
);
parentPort?.postMessage(answer);
