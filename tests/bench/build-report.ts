import { cpus, loadavg, release, totalmem } from 'node:os';
import type { Measurement } from './measure.ts';

/**
 * Formatting of the benchmark's figures: one line per measured build, medians over runs, and
 * ratios, in plain text that reads the same in a terminal and pasted into an issue.
 */

/** The median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of each figure over several runs of the same build. */
export function medianMeasurement(runs: readonly Measurement[]): Measurement {
	const of = (pick: (run: Measurement) => number) => median(runs.map(pick));
	return {
		exitCode: Math.max(...runs.map((run) => run.exitCode)),
		wallMs: of((run) => run.wallMs),
		cpuMs: of((run) => run.cpuMs),
		maxRssKb: of((run) => run.maxRssKb),
		peakTreeRssKb: of((run) => run.peakTreeRssKb),
		maxRssByProgramKb: Object.fromEntries(
			[...new Set(runs.flatMap((run) => Object.keys(run.maxRssByProgramKb)))].map((name) => [
				name,
				of((run) => run.maxRssByProgramKb[name] ?? 0),
			]),
		),
		method: runs[0]!.method,
	};
}

/** Milliseconds as «12.3 s». */
export function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}

function mebibytes(kb: number): string {
	return `${Math.round(kb / 1024)} MiB`;
}

/** Column titles matching {@link formatRow}. */
export const HEADER = `${'build'.padEnd(28)}${'wall'.padStart(10)}${'CPU u+s'.padStart(11)}${'ms/article'.padStart(12)}${'max RSS'.padStart(11)}${'tree RSS'.padStart(11)}`;

/** One line of figures for a build of `articles` articles. */
export function formatRow(label: string, run: Measurement, articles: number): string {
	return `${label.padEnd(28)}${seconds(run.wallMs).padStart(10)}${seconds(run.cpuMs).padStart(11)}${(run.wallMs / articles).toFixed(1).padStart(12)}${mebibytes(run.maxRssKb).padStart(11)}${mebibytes(run.peakTreeRssKb).padStart(11)}`;
}

/** A ratio as «2.31×». */
export function times(value: number): string {
	return `${value.toFixed(2)}×`;
}

/** `ours / theirs` as «2.31×». */
export function ratio(ours: number, theirs: number): string {
	return times(ours / theirs);
}

/** Our build against the baseline's, taken side by side: wall time and the process tree's memory. */
export interface PairRatios {
	wall: number;
	treeRss: number;
}

/** The ratios ours / baseline of one pair of builds. */
export function pairRatios(ours: Measurement, baseline: Measurement): PairRatios {
	return {
		wall: ours.wallMs / baseline.wallMs,
		treeRss: ours.peakTreeRssKb / baseline.peakTreeRssKb,
	};
}

/** The median of each ratio over the pairs of all runs (a non-empty list). */
export function medianPair(pairs: readonly PairRatios[]): PairRatios {
	return {
		wall: median(pairs.map((pair) => pair.wall)),
		treeRss: median(pairs.map((pair) => pair.treeRss)),
	};
}

/** A pair's ratios as «1.46× wall, 1.28× tree RSS». */
export function formatPair({ wall, treeRss }: PairRatios): string {
	return `${times(wall)} wall, ${times(treeRss)} tree RSS`;
}

/** The machine the figures come from: CPU, cores, memory, kernel and Node. */
export function describeMachine(): string {
	const cpu = cpus();
	return `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}, Node ${process.version}`;
}

/** The 1, 5 and 15 minute load averages: other work on the machine skews wall times. */
export function describeLoad(): string {
	return loadavg()
		.map((load) => load.toFixed(2))
		.join(', ');
}

/** «node 2911 MiB, pagefind_extended 3305 MiB»: whose memory peaked, largest first, above 50 MiB. */
export function formatProgramPeaks(run: Measurement): string {
	return Object.entries(run.maxRssByProgramKb)
		.filter(([, kb]) => kb > 50 * 1024)
		.sort(([, a], [, b]) => b - a)
		.map(([name, kb]) => `${name} ${mebibytes(kb)}`)
		.join(', ');
}
