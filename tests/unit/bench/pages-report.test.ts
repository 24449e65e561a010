import { describe, expect, test } from 'vitest';
import type { WeightByKind } from '../../../scripts/quality/page-weight.ts';
import {
	findViolations,
	formatFailures,
	formatTable,
	median,
	medianRun,
	repeatedFailures,
	type PageFigures,
} from '../../bench/bench-pages-report.ts';
import { EXPECTED_FAILURES } from '../../bench/bench-pages-selection.ts';
import type { FailingAudit, LighthouseRun } from '../../bench/lighthouse-summary.ts';

/** A page's weight with the given gzip bytes of HTML and JS. */
function weight(html: number, js = 0): WeightByKind {
	const kind = (gzip: number) => ({ files: gzip > 0 ? 1 : 0, gzip, brotli: gzip });
	return { html: kind(html), css: kind(0), js: kind(js), font: kind(0), image: kind(0) };
}

/** One Lighthouse run with the given performance score and TBT. */
function run(performance: number, tbt: number, failing: FailingAudit[] = []): LighthouseRun {
	return {
		scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
		metrics: { lcp: 1200, cls: 0, tbt, fcp: 1000 },
		requests: 3,
		failing,
		benchmarkIndex: 2000,
	};
}

const tbtFailure = (score: number, value: string): FailingAudit => ({
	category: 'performance',
	id: 'total-blocking-time',
	title: 'Total Blocking Time',
	score,
	displayValue: value,
	details: [`long task ${value}`],
});

describe('median', () => {
	test('takes the middle value, or the mean of the middle two', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([100, 98, 97, 100])).toBe(99);
	});
});

describe('medianRun', () => {
	test('takes the median of each figure separately', () => {
		const median = medianRun([run(98, 170), run(100, 20), run(100, 90)]);

		expect(median?.scores.performance).toBe(100);
		expect(median?.metrics.tbt).toBe(90);
		expect(median?.requests).toBe(3);
	});

	test('has no median without runs', () => {
		expect(medianRun([])).toBeUndefined();
	});
});

describe('repeatedFailures', () => {
	test('merges an audit over runs, keeps the worst details and skips runs at 100', () => {
		const runs = [
			run(98, 170, [tbtFailure(92, '170 ms')]),
			run(97, 230, [tbtFailure(85, '230 ms')]),
			run(100, 150, [tbtFailure(96, '150 ms')]),
		];

		const [failure, ...others] = repeatedFailures(runs);

		expect(others).toEqual([]);
		expect(failure).toMatchObject({
			id: 'total-blocking-time',
			score: 85,
			failedRuns: 2,
			displayValues: ['170 ms', '230 ms'],
			details: ['long task 230 ms'],
		});
	});
});

describe('formatTable', () => {
	test('marks held pages with * and figures over budget with !', () => {
		const pages: PageFigures[] = [
			{ path: '/', weight: weight(8 * 1024), files: 1, held: true, runs: [run(97, 300)] },
			{ path: '/search/', weight: weight(6 * 1024, 4 * 1024), files: 2, held: false, runs: [] },
		];

		const [, header, home, search] = formatTable(pages);

		expect(header).toMatch(
			/^page\s.*html.*no img.*LH\/pw.*perf.*a11y.*bp.*seo.*LCP.*CLS.*TBT.*FCP$/,
		);
		expect(home).toMatch(/^\/ \* +\| +8\.0 /);
		expect(home).toContain('97!');
		expect(home).toContain('300 ms');
		expect(search).toContain('4.0!');
		expect(search).toContain('—/2');
	});
});

describe('findViolations', () => {
	test('names pages over the weight budget and held pages below 100', () => {
		const pages: PageFigures[] = [
			{ path: '/', weight: weight(8 * 1024), files: 1, held: true, runs: [run(97, 300)] },
			{ path: '/people/', weight: weight(8 * 1024), files: 1, held: false, runs: [run(90, 400)] },
			{
				path: '/search/',
				weight: weight(6 * 1024),
				files: 1,
				held: true,
				runs: [],
				error: 'NO_NAVSTART',
			},
		];
		const weights = [
			{ path: '/', weight: weight(8 * 1024) },
			{ path: '/articles/long/', weight: weight(41 * 1024, 4 * 1024) },
		];

		expect(findViolations(pages, weights)).toEqual([
			'/articles/long/: HTML+CSS+JS+fonts 46080 B > 40960 B',
			'/articles/long/: JS 4096 B > 3072 B',
			'/: Lighthouse performance 97 < 100 (медиана 1 прогонов)',
			'/search/: нет оценок Lighthouse (NO_NAVSTART)',
		]);
	});

	test('lets the not-found page fail only what answering 404 makes it fail', () => {
		const audit = (category: FailingAudit['category'], id: string, detail: string) => ({
			category,
			id,
			title: id,
			score: 0,
			displayValue: undefined,
			details: [detail],
		});
		const status = audit(
			'best-practices',
			'errors-in-console',
			'network — Failed to load resource: the server responded with a status of 404 (Not Found)',
		);
		const seo = [audit('seo', 'http-status-code', '404'), audit('seo', 'is-crawlable', 'noindex')];
		const notFound = (failing: FailingAudit[]): PageFigures => ({
			path: '/404.html',
			weight: weight(4 * 1024),
			files: 1,
			held: true,
			expected: EXPECTED_FAILURES['/404.html'],
			runs: [
				{
					...run(100, 0, failing),
					scores: { performance: 100, accessibility: 100, 'best-practices': 96, seo: 54 },
				},
			],
		});

		expect(findViolations([notFound([status, ...seo])], [])).toEqual([]);
		expect(formatFailures([notFound([status, ...seo])]).join('\n')).toContain(
			'ожидаемо: страница «не найдено» отвечает 404',
		);
		// Another console error, or the same failures on another page, still break the budget.
		const script = { ...status, details: [...status.details, 'TypeError: x is undefined'] };
		expect(findViolations([notFound([script, ...seo])], [])).toEqual([
			'/404.html: Lighthouse best-practices 96 < 100 (медиана 1 прогонов)',
		]);
		expect(findViolations([{ ...notFound([status, ...seo]), expected: undefined }], [])).toEqual([
			'/404.html: Lighthouse best-practices 96 < 100 (медиана 1 прогонов)',
			'/404.html: Lighthouse seo 54 < 100 (медиана 1 прогонов)',
		]);
	});

	test('holds a page with a map or picture to LCP under 1.5 s', () => {
		const slow = { ...run(100, 0), metrics: { lcp: 1600, cls: 0, tbt: 0, fcp: 900 } };
		const page = (figure: boolean): PageFigures => ({
			path: '/',
			weight: weight(8 * 1024),
			files: 1,
			held: true,
			figure,
			runs: [slow],
		});

		expect(findViolations([page(true)], [])).toEqual([
			'/: LCP 1.60 s ≥ 1.50 s на странице с картой или картинкой (медиана 1 прогонов)',
		]);
		expect(formatTable([page(true)])[2]).toContain('1.60 s!');
		expect(findViolations([page(false)], [])).toEqual([]);
	});

	test('finds nothing when every page fits', () => {
		const pages: PageFigures[] = [
			{ path: '/', weight: weight(8 * 1024), files: 1, held: true, runs: [run(100, 0)] },
		];

		expect(findViolations(pages, [{ path: '/', weight: weight(8 * 1024) }])).toEqual([]);
	});
});
