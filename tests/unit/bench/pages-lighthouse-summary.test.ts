import { describe, expect, test } from 'vitest';
import { detailLines, summarizeReport, type ReportLike } from '../../bench/lighthouse-summary.ts';

/** A Lighthouse report reduced to what the summary reads, every category at 100. */
function report(overrides: Partial<ReportLike> = {}): ReportLike {
	const category = (ids: string[]) => ({
		score: 1,
		auditRefs: ids.map((id) => ({ id, weight: 1 })),
	});
	return {
		categories: {
			performance: category(['total-blocking-time']),
			accessibility: category(['color-contrast']),
			'best-practices': category(['errors-in-console']),
			seo: category(['canonical']),
		},
		audits: {
			'largest-contentful-paint': {
				id: 'largest-contentful-paint',
				title: 'LCP',
				score: 1,
				numericValue: 1200,
			},
			'cumulative-layout-shift': {
				id: 'cumulative-layout-shift',
				title: 'CLS',
				score: 1,
				numericValue: 0.01,
			},
			'total-blocking-time': {
				id: 'total-blocking-time',
				title: 'TBT',
				score: 1,
				numericValue: 40,
			},
			'first-contentful-paint': {
				id: 'first-contentful-paint',
				title: 'FCP',
				score: 1,
				numericValue: 900,
			},
			'color-contrast': { id: 'color-contrast', title: 'Contrast', score: 1 },
			'errors-in-console': { id: 'errors-in-console', title: 'Console', score: 1 },
			canonical: { id: 'canonical', title: 'Canonical', score: 1 },
			'network-requests': {
				id: 'network-requests',
				title: 'Requests',
				score: 1,
				details: {
					type: 'table',
					items: [{ url: 'http://127.0.0.1:1/' }, { url: 'http://127.0.0.1:1/a.js' }],
				},
			},
		},
		environment: { benchmarkIndex: 2000 },
		...overrides,
	};
}

describe('summarizeReport', () => {
	test('gives scores out of 100, the metrics and the number of requests', () => {
		const run = summarizeReport(report());

		expect(run.scores).toEqual({
			performance: 100,
			accessibility: 100,
			'best-practices': 100,
			seo: 100,
		});
		expect(run.metrics).toEqual({ lcp: 1200, cls: 0.01, tbt: 40, fcp: 900 });
		expect(run.requests).toBe(2);
		expect(run.failing).toEqual([]);
		expect(run.benchmarkIndex).toBe(2000);
	});

	test('lists a failing audit with its elements and a failing metric with its long tasks', () => {
		const base = report();
		const failing = report({
			categories: {
				...base.categories,
				performance: { score: 0.98, auditRefs: [{ id: 'total-blocking-time', weight: 30 }] },
				accessibility: { score: 0.93, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
			},
			audits: {
				...base.audits,
				'total-blocking-time': {
					id: 'total-blocking-time',
					title: 'Total Blocking Time',
					score: 0.92,
					numericValue: 170,
					displayValue: '170 ms',
				},
				'long-tasks': {
					id: 'long-tasks',
					title: 'Long tasks',
					score: 1,
					details: {
						type: 'table',
						items: [{ url: 'http://127.0.0.1:4321/articles/x/', duration: 257.4 }],
					},
				},
				'color-contrast': {
					id: 'color-contrast',
					title: 'Contrast',
					score: 0,
					details: {
						type: 'table',
						items: [
							{ node: { selector: 'p.dek', nodeLabel: 'Подводка', snippet: '<p class="dek">' } },
						],
					},
				},
			},
		});

		const run = summarizeReport(failing);

		expect(run.scores.performance).toBe(98);
		expect(run.failing).toEqual([
			{
				category: 'performance',
				id: 'total-blocking-time',
				title: 'Total Blocking Time',
				score: 92,
				displayValue: '170 ms',
				details: ['long-tasks:', '  /articles/x/ — 257 ms'],
			},
			{
				category: 'accessibility',
				id: 'color-contrast',
				title: 'Contrast',
				score: 0,
				displayValue: undefined,
				details: ['p.dek «Подводка»'],
			},
		]);
	});

	test('throws on a run Lighthouse could not complete, so that it is repeated', () => {
		const broken = report({ runtimeError: { code: 'NO_NAVSTART', message: 'no navstart' } });

		expect(() => summarizeReport(broken)).toThrow('NO_NAVSTART');
	});
});

describe('detailLines', () => {
	test('reads the tables and nodes inside a list, up to the limit', () => {
		const details = {
			type: 'list',
			items: [
				{ type: 'table', items: [{ label: 'Time to first byte', duration: 19.2 }] },
				{ type: 'node', selector: 'main > h1', nodeLabel: 'Заголовок' },
			],
		};

		expect(detailLines(details)).toEqual(['Time to first byte — 19 ms', 'main > h1 «Заголовок»']);
		expect(detailLines(details, 1)).toEqual(['Time to first byte — 19 ms']);
	});
});
