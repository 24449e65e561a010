import { resolve } from 'node:path';
import { ContentError, type ContentProblem } from './content-error.ts';

/**
 * The content problems of the latest sync of each collection. In `astro dev` a file that fails
 * its sync keeps its previous entry in Astro's store, so its pages would go on showing the last
 * good version with status 200; `src/data/site-data.ts` refuses to load while any problem is
 * outstanding, and the page shows the error instead (issue 16).
 *
 * The record lives on `globalThis`: the loaders write it in the module graph of
 * `content.config.ts`, the pages read it in the dev server's own, in the same process.
 */

const PROBLEMS = Symbol.for('razbor.outstanding-problems');

/** The process-wide record: problems by collection folder. */
function problemsByFolder(): Map<string, readonly ContentProblem[]> {
	const holder = globalThis as { [PROBLEMS]?: Map<string, readonly ContentProblem[]> | undefined };
	holder[PROBLEMS] ??= new Map();
	return holder[PROBLEMS];
}

/** The problems as one comparable text. */
function describe(problems: readonly ContentProblem[]): string {
	return JSON.stringify(problems);
}

/**
 * Records the problems of the latest sync of the collection in `folder` (none after a clean
 * sync), replacing the ones before; returns whether they changed.
 */
export function recordSyncProblems(folder: string, problems: readonly ContentProblem[]): boolean {
	const record = problemsByFolder();
	const changed = describe(record.get(folder) ?? []) !== describe(problems);
	if (problems.length > 0) record.set(folder, [...problems]);
	else record.delete(folder);
	return changed;
}

/** Every problem of the latest syncs, folder by folder in the order they were first recorded. */
export function outstandingProblems(): ContentProblem[] {
	return [...problemsByFolder().values()].flat();
}

/** Where an error happened, as Astro's dev error overlay reads it from `error.loc`. */
export interface ErrorLocation {
	/** Absolute path of the file. */
	file: string;
	line?: number | undefined;
	column?: number | undefined;
}

/**
 * A {@link ContentError} that also says where its first problem is, the way Astro's errors do
 * (`loc`, `title`, `hint`): in `astro dev` the error overlay then names the file and shows its
 * text with the line marked. The message is the build's, word for word.
 */
export class LocatedContentError extends ContentError {
	/** The overlay's heading above the message. */
	readonly title = 'Ошибка в материалах';
	/** The overlay's hint under the message. */
	readonly hint = 'Исправьте файл и сохраните его: страница обновится сама.';
	/** The first problem's file, line and column. */
	readonly loc: ErrorLocation | undefined;

	constructor(problems: readonly ContentProblem[]) {
		super(problems);
		const first = problems[0];
		// Problems name files relative to the working directory, where the server was started.
		this.loc = first && { file: resolve(first.file), line: first.line, column: first.column };
	}
}

/** Throws a {@link LocatedContentError} when there is at least one problem. */
export function assertNoLocatedProblems(problems: readonly ContentProblem[]): void {
	if (problems.length > 0) throw new LocatedContentError(problems);
}
