/** One thing wrong with a content file, located as precisely as the check allows. */
export interface ContentProblem {
	/** Path relative to the repository root, e.g. `content/articles/visit.md`. */
	file: string;
	/** 1-based line in `file`, when known. */
	line?: number | undefined;
	/** 1-based column, when known. */
	column?: number | undefined;
	/** Field path such as `published` or `events[2].date`, when the problem is in data. */
	field?: string | undefined;
	/** What is wrong, in Russian, in an editor's words. */
	message: string;
	/** Stable rule id, e.g. `razbor:unknown-directive`, so tests and editors can search for it. */
	rule?: string | undefined;
}

/** `content/articles/visit.md:3 published: «вчера» — не дата; …` */
export function formatProblem(problem: ContentProblem): string {
	const location = [problem.file, problem.line, problem.line && problem.column]
		.filter(Boolean)
		.join(':');
	const field = problem.field ? ` ${problem.field}:` : '';
	const rule = problem.rule ? ` [${problem.rule}]` : '';
	return `${location}${field} ${problem.message}${rule}`;
}

/** Thrown when content is wrong; the message lists every problem found, one per line. */
export class ContentError extends Error {
	override readonly name = 'ContentError';
	/** The problems, in the order they were found. */
	readonly problems: readonly ContentProblem[];

	constructor(problems: readonly ContentProblem[]) {
		const count = problems.length;
		super(
			`Ошибки в материалах (${count}):\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`,
		);
		this.problems = problems;
		// The stack points into the build, not at the content; the message already says where to look.
		this.stack = this.message;
	}
}

/** Throws a {@link ContentError} when there is at least one problem. */
export function assertNoProblems(problems: readonly ContentProblem[]): void {
	if (problems.length > 0) throw new ContentError(problems);
}
