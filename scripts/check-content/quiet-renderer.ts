/**
 * Astro's Markdown renderer (`createMarkdownProcessor` in @astrojs/markdown-remark) prints every
 * error it throws with `console.error` before throwing it: a stack trace for each broken
 * directive. The checker reports those errors itself, as located problems, so while it runs
 * those prints are dropped; anything else still reaches stderr.
 */

/** Checks running now; the first to start swaps `console.error`, the last to end restores it. */
let running = 0;
let originalError: typeof console.error | undefined;

/** An error a plugin raised through the vfile at a place: what readArticle turns into a problem. */
function isLocatedRenderFailure(value: unknown): boolean {
	const failure = value as { reason?: unknown; line?: unknown } | null | undefined;
	return typeof failure?.reason === 'string' && typeof failure.line === 'number';
}

/** Runs `task` with the renderer's own prints of located Markdown errors silenced. */
export async function quietRendererErrors<T>(task: () => Promise<T>): Promise<T> {
	if (running++ === 0) {
		const original = console.error;
		originalError = original;
		console.error = (...args: unknown[]) => {
			if (!isLocatedRenderFailure(args[0])) original(...args);
		};
	}
	try {
		return await task();
	} finally {
		if (--running === 0 && originalError) {
			console.error = originalError;
			originalError = undefined;
		}
	}
}
