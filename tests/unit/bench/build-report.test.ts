import { describe, expect, test } from 'vitest';
import { formatPair, medianPair, pairRatios, ratio } from '../../bench/build-report.ts';
import type { Measurement } from '../../bench/measure.ts';

/** A build's figures with the wall time and tree memory given, the rest irrelevant here. */
function measured(wallMs: number, peakTreeRssKb: number): Measurement {
	return {
		exitCode: 0,
		wallMs,
		cpuMs: 0,
		maxRssKb: 0,
		peakTreeRssKb,
		maxRssByProgramKb: {},
		method: '',
	};
}

describe('pairs of builds against the baseline', () => {
	test('gives the ratios of wall time and of the process tree memory, ours over the baseline', () => {
		const pair = pairRatios(measured(49_700, 2_160_000), measured(34_000, 1_687_500));

		expect(pair.wall).toBeCloseTo(1.4618, 4);
		expect(pair.treeRss).toBeCloseTo(1.28, 4);
		expect(formatPair(pair)).toBe('1.46× wall, 1.28× tree RSS');
	});

	test('takes the median of each ratio over the pairs, each on its own', () => {
		const pairs = [
			{ wall: 1.49, treeRss: 1.19 },
			{ wall: 1.37, treeRss: 1.3 },
			{ wall: 1.43, treeRss: 1.15 },
		];

		expect(medianPair(pairs)).toEqual({ wall: 1.43, treeRss: 1.19 });
	});

	test('formats a ratio with two decimals', () => {
		expect(ratio(53_500, 34_900)).toBe('1.53×');
	});
});
