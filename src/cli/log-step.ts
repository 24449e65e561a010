/**
 * A line in the style of Astro's log, `12:03:04 [label] message in 1.23s`, for the steps the
 * build scripts time themselves (bench:build reads them back, tests/bench/build-phases.ts).
 */
export function logStep(label: string, message: string, startedAt: number): void {
	const clock = new Date().toTimeString().slice(0, 8);
	const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
	console.error(`${clock} [${label}] ${message} in ${seconds}s`);
}
