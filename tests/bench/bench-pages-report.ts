import { overBudget, PAGE_BUDGET, type WeightByKind } from '../../scripts/quality/page-weight.ts';
import { FIGURE_LCP_MS, type ExpectedFailure } from './bench-pages-selection.ts';
import {
	CATEGORIES,
	type Category,
	type FailingAudit,
	type LighthouseRun,
	type Metrics,
} from './lighthouse-summary.ts';

/**
 * The figures of `npm run bench:pages` as text: medians over the Lighthouse runs, one table row
 * per page, the audits below 100 with their details, and the budget violations.
 */

/** What was measured for one page. */
export interface PageFigures {
	path: string;
	/** Compressed bytes by kind, from scripts/quality/page-weight.ts. */
	weight: WeightByKind;
	/** Files page-weight counts (the HTML and what it loads). */
	files: number;
	/** Whether the page is held to 100 in every Lighthouse category. */
	held: boolean;
	/** One entry per Lighthouse run; empty when Lighthouse did not run on the page. */
	runs: LighthouseRun[];
	/** Why Lighthouse has no figures for the page, when it failed. */
	error?: string | undefined;
	/** Audits the page fails by design (the not-found page's status), which break no budget. */
	expected?: readonly ExpectedFailure[] | undefined;
	/** Whether the page shows a map or a picture, and so keeps LCP under {@link FIGURE_LCP_MS}. */
	figure?: boolean | undefined;
}

/** The median of each score, metric and request count over runs. */
export interface MedianRun {
	scores: Record<Category, number>;
	metrics: Metrics;
	requests: number;
}

/** A scored audit below 1 in some runs, with the details of its worst run. */
export interface RepeatedFailure extends FailingAudit {
	/** The runs it failed in, out of all runs of the page. */
	failedRuns: number;
	/** Lighthouse's figure in each failed run, e.g. `['170 ms', '190 ms']`. */
	displayValues: string[];
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of nothing');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of every figure; `undefined` for no runs. */
export function medianRun(runs: readonly LighthouseRun[]): MedianRun | undefined {
	if (runs.length === 0) return undefined;
	const of = (pick: (run: LighthouseRun) => number) => median(runs.map(pick));
	const scores = {} as Record<Category, number>;
	for (const category of CATEGORIES) scores[category] = of((run) => run.scores[category]);
	return {
		scores,
		metrics: {
			lcp: of((run) => run.metrics.lcp),
			cls: of((run) => run.metrics.cls),
			tbt: of((run) => run.metrics.tbt),
			fcp: of((run) => run.metrics.fcp),
		},
		requests: of((run) => run.requests),
	};
}

/**
 * The audits that kept a category below 100 in some run, merged over runs: an audit below 1 in a
 * category that still scored 100 (FCP at 0.99, say) is left out, as it cost nothing.
 */
export function repeatedFailures(runs: readonly LighthouseRun[]): RepeatedFailure[] {
	const merged = new Map<string, RepeatedFailure>();
	for (const run of runs)
		for (const audit of run.failing) {
			if (run.scores[audit.category] >= 100) continue;
			const key = `${audit.category} ${audit.id}`;
			const seen = merged.get(key);
			const displayValues = [...(seen?.displayValues ?? []), audit.displayValue ?? '—'];
			const worst = seen && seen.score <= audit.score ? seen : audit;
			merged.set(key, { ...worst, failedRuns: (seen?.failedRuns ?? 0) + 1, displayValues });
		}
	return [...merged.values()].sort(
		(a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || a.score - b.score,
	);
}

/** The expected failure `failure` is, if it is one: same audit, and every detail line matches. */
function expectedAs(
	failure: RepeatedFailure,
	expected: readonly ExpectedFailure[] = [],
): ExpectedFailure | undefined {
	return expected.find(
		({ id, detail }) =>
			id === failure.id &&
			(!detail ||
				(failure.details.length > 0 && failure.details.every((line) => detail.test(line)))),
	);
}

/**
 * Whether `category` breaks the page's budget: a held page below 100 for any reason other than
 * the failures it is expected to have.
 */
export function belowBudget(page: PageFigures, category: Category): boolean {
	const median = medianRun(page.runs);
	if (!page.held || !median || median.scores[category] >= 100) return false;
	const failures = repeatedFailures(page.runs).filter((failure) => failure.category === category);
	return failures.length === 0 || failures.some((failure) => !expectedAs(failure, page.expected));
}

/** Short column titles of the categories. */
const CATEGORY_TITLES: Readonly<Record<Category, string>> = {
	performance: 'perf',
	accessibility: 'a11y',
	'best-practices': 'bp',
	seo: 'seo',
};

const KINDS = ['html', 'css', 'js', 'font', 'image'] as const;

/** Gzip bytes of everything but images, what the 40 KB budget counts. */
export function weightWithoutImages(weight: WeightByKind): number {
	return weight.html.gzip + weight.css.gzip + weight.js.gzip + weight.font.gzip;
}

function kilobytes(bytes: number): string {
	return (bytes / 1024).toFixed(1);
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(2)} s`;
}

/** `value` right-aligned in `width`, with `!` after it when it breaks the budget. */
function cell(value: string, width: number, over = false): string {
	return `${value}${over ? '!' : ' '}`.padStart(width + 1);
}

const SIZE = 6;
const REQUESTS = 6;
const SCORE = 5;
const METRIC = 7;

/** A line of the table: the page column, then the groups of cells between bars. */
function tableLine(page: string, groups: readonly (readonly string[])[]): string {
	return [page, ...groups.map((group) => group.join(''))].join(' |').trimEnd();
}

/**
 * The table: per page the gzip KB by kind and without images, requests (Lighthouse's count /
 * page-weight's files), the median Lighthouse scores and metrics. `*` marks a page held to 100,
 * `!` a figure over its budget.
 */
export function formatTable(pages: readonly PageFigures[]): string[] {
	const width = Math.max(4, ...pages.map((page) => page.path.length + 2));
	const titles = [
		['html', 'css', 'js', 'font', 'img', 'no img'].map((title) => cell(title, SIZE)),
		[cell('LH/pw', REQUESTS)],
		CATEGORIES.map((category) => cell(CATEGORY_TITLES[category], SCORE)),
		['LCP', 'CLS', 'TBT', 'FCP'].map((title) => cell(title, METRIC)),
	];
	const captions = ['KB gzip', 'requests', 'Lighthouse', 'metrics'].map((caption, index) => [
		` ${caption}`.padEnd(titles[index]!.join('').length),
	]);
	const rows = pages.map((page) => {
		const total = weightWithoutImages(page.weight);
		const median = medianRun(page.runs);
		const sizes = KINDS.map((kind) =>
			cell(
				kilobytes(page.weight[kind].gzip),
				SIZE,
				kind === 'js' && page.weight.js.gzip > PAGE_BUDGET.js,
			),
		);
		sizes.push(cell(kilobytes(total), SIZE, total > PAGE_BUDGET.withoutImages));
		const requests = [cell(`${median ? String(median.requests) : '—'}/${page.files}`, REQUESTS)];
		const scores = CATEGORIES.map((category) =>
			median
				? cell(String(median.scores[category]), SCORE, belowBudget(page, category))
				: cell('—', SCORE),
		);
		const metrics = (
			median
				? [
						seconds(median.metrics.lcp),
						median.metrics.cls.toFixed(3),
						`${Math.round(median.metrics.tbt)} ms`,
						seconds(median.metrics.fcp),
					]
				: ['—', '—', '—', '—']
		).map((value, index) => cell(value, METRIC, index === 0 && lcpOverBudget(page)));
		return tableLine(`${page.path}${page.held ? ' *' : ''}`.padEnd(width), [
			sizes,
			requests,
			scores,
			metrics,
		]);
	});
	return [tableLine(''.padEnd(width), captions), tableLine('page'.padEnd(width), titles), ...rows];
}

/** The audits below 100 of every page, with their details, for whoever fixes the site. */
export function formatFailures(pages: readonly PageFigures[]): string[] {
	const lines: string[] = [];
	for (const page of pages) {
		if (page.error) lines.push(`${page.path}: Lighthouse не отработал: ${page.error}`);
		const failures = repeatedFailures(page.runs);
		if (failures.length === 0) continue;
		const median = medianRun(page.runs)!;
		const scores = CATEGORIES.filter((category) => median.scores[category] < 100)
			.map((category) => `${category} ${median.scores[category]}`)
			.join(', ');
		lines.push(`${page.path} (медиана: ${scores || 'всё по 100'})`);
		for (const failure of failures) {
			const expected = expectedAs(failure, page.expected);
			lines.push(
				`  ${failure.category} / ${failure.id} «${failure.title}» score ${failure.score}: ${failure.displayValues.join(', ')} (${failure.failedRuns} из ${page.runs.length} прогонов)${expected ? ` — ожидаемо: ${expected.reason}` : ''}`,
			);
			lines.push(...failure.details.map((detail) => `      ${detail}`));
		}
	}
	return lines;
}

/** Whether a page with a map or picture took {@link FIGURE_LCP_MS} or more to paint it (median). */
export function lcpOverBudget(page: PageFigures): boolean {
	const median = medianRun(page.runs);
	return !!page.figure && !!median && median.metrics.lcp >= FIGURE_LCP_MS;
}

/**
 * Every budget broken, one line each: the weight budget of every page in `weights` (which may be
 * more pages than were run in Lighthouse), 100 in every category, as the median over runs, for
 * the pages held to it (less the failures a page is expected to have), and LCP under 1.5 s on a
 * page with a map or picture.
 */
export function findViolations(
	pages: readonly PageFigures[],
	weights: readonly { path: string; weight: WeightByKind }[],
): string[] {
	const violations = weights.flatMap(({ path, weight }) =>
		overBudget(weight, PAGE_BUDGET).map((problem) => `${path}: ${problem}`),
	);
	for (const page of pages) {
		if (!page.held) continue;
		const median = medianRun(page.runs);
		if (!median) {
			violations.push(`${page.path}: нет оценок Lighthouse (${page.error ?? 'не запускался'})`);
			continue;
		}
		for (const category of CATEGORIES)
			if (belowBudget(page, category))
				violations.push(
					`${page.path}: Lighthouse ${category} ${median.scores[category]} < 100 (медиана ${page.runs.length} прогонов)`,
				);
		if (lcpOverBudget(page))
			violations.push(
				`${page.path}: LCP ${seconds(median.metrics.lcp)} ≥ ${seconds(FIGURE_LCP_MS)} на странице с картой или картинкой (медиана ${page.runs.length} прогонов)`,
			);
	}
	return violations;
}
