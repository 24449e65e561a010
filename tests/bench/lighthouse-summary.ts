/**
 * The figures `npm run bench:pages` keeps from one Lighthouse report: the four category scores,
 * the metrics, the number of requests, and every scored audit that did not pass, with enough
 * detail (elements, URLs, long tasks) to say what to change in the site.
 */

/** The Lighthouse categories the budget holds at 100, in the order they are printed. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One of {@link CATEGORIES}. */
export type Category = (typeof CATEGORIES)[number];

/** The metrics printed per page: milliseconds, except CLS, which has no unit. */
export interface Metrics {
	lcp: number;
	cls: number;
	tbt: number;
	fcp: number;
}

/** A scored audit below 1 in one run. */
export interface FailingAudit {
	category: Category;
	id: string;
	title: string;
	/** 0…100. */
	score: number;
	/** Lighthouse's own short figure, e.g. `170 ms`. */
	displayValue: string | undefined;
	/** What failed and where: elements, URLs, long tasks; at most {@link MAX_DETAIL_LINES}. */
	details: string[];
}

/** What one Lighthouse run of one page gave. */
export interface LighthouseRun {
	/** 0…100 per category. */
	scores: Record<Category, number>;
	metrics: Metrics;
	/** Requests in Lighthouse's network records (the page, its files and the favicon). */
	requests: number;
	failing: FailingAudit[];
	/**
	 * Lighthouse's measure of the machine's CPU speed during the run (higher is faster); the
	 * simulated metrics scale what was observed, so a busy machine shows up here and in TBT.
	 */
	benchmarkIndex: number | undefined;
}

/** The part of an audit result read here; Lighthouse's `Audit.Result` has this shape. */
export interface AuditResultLike {
	id: string;
	title: string;
	score: number | null;
	displayValue?: string | undefined;
	numericValue?: number | undefined;
	explanation?: string | undefined;
	errorMessage?: string | undefined;
	details?: unknown;
}

/** The part of a Lighthouse result (`LH.Result`) read here. */
export interface ReportLike {
	categories: Record<
		string,
		{ score: number | null; auditRefs: readonly { id: string; weight: number }[] } | undefined
	>;
	audits: Record<string, AuditResultLike | undefined>;
	runtimeError?: { code: string; message: string } | undefined;
	environment?: { benchmarkIndex: number } | undefined;
}

/** Detail lines kept per failing audit: enough to find the element, short enough to read. */
export const MAX_DETAIL_LINES = 5;

/**
 * Where a failing metric's cause is listed: the metric audits have no details of their own, their
 * diagnostics do (Lighthouse 13 ids).
 */
const METRIC_DIAGNOSTICS: Readonly<Record<string, readonly string[]>> = {
	'total-blocking-time': ['long-tasks', 'mainthread-work-breakdown'],
	'largest-contentful-paint': ['lcp-breakdown-insight'],
	'cumulative-layout-shift': ['layout-shifts'],
	'first-contentful-paint': ['render-blocking-insight'],
	'speed-index': ['render-blocking-insight'],
};

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shorten(text: string, length = 110): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

/** A URL of the page under test without its origin, which changes with nginx's port. */
function pathOf(url: string): string {
	try {
		const parsed = new URL(url);
		return parsed.protocol.startsWith('http') ? `${parsed.pathname}${parsed.search}` : url;
	} catch {
		return url;
	}
}

/** One table row of audit details as a line: the element or URL, then its figures. */
function describeItem(item: Record<string, unknown>): string | undefined {
	const parts: string[] = [];
	const node = isRecord(item['node']) ? item['node'] : item['type'] === 'node' ? item : undefined;
	if (node) {
		const selector = typeof node['selector'] === 'string' ? node['selector'] : '';
		const label =
			typeof node['nodeLabel'] === 'string' ? `«${shorten(node['nodeLabel'], 50)}»` : '';
		const snippet = typeof node['snippet'] === 'string' ? node['snippet'] : '';
		parts.push([selector || snippet, label].filter(Boolean).join(' '));
	}
	for (const key of ['url', 'source', 'label', 'groupLabel', 'description']) {
		const value = item[key];
		if (typeof value === 'string' && value) parts.push(key === 'url' ? pathOf(value) : value);
		if (isRecord(value) && typeof value['url'] === 'string') parts.push(pathOf(value['url']));
	}
	for (const key of ['duration', 'wastedMs']) {
		const value = item[key];
		if (typeof value === 'number') parts.push(`${Math.round(value)} ms`);
	}
	if (typeof item['score'] === 'number') parts.push(`score ${item['score'].toFixed(3)}`);
	if (typeof item['explanation'] === 'string') parts.push(item['explanation']);
	const line = parts.filter(Boolean).join(' — ');
	return line ? shorten(line) : undefined;
}

/** Lines describing an audit's `details` (tables, lists of tables, nodes), at most `max`. */
export function detailLines(details: unknown, max = MAX_DETAIL_LINES): string[] {
	if (!isRecord(details) || !Array.isArray(details['items'])) return [];
	const lines: string[] = [];
	for (const item of details['items'] as unknown[]) {
		if (lines.length >= max) break;
		if (!isRecord(item)) continue;
		// A `list` holds whole tables (and nodes) as its items.
		if (Array.isArray(item['items'])) lines.push(...detailLines(item, max - lines.length));
		else {
			const line = describeItem(item);
			if (line) lines.push(line);
		}
	}
	return lines;
}

function failingAudit(
	report: ReportLike,
	category: Category,
	id: string,
): FailingAudit | undefined {
	const audit = report.audits[id];
	if (!audit || audit.score === null || audit.score >= 1) return undefined;
	const own = [audit.explanation, audit.errorMessage].filter((text): text is string => !!text);
	const diagnostics = (METRIC_DIAGNOSTICS[id] ?? []).flatMap((diagnostic) => {
		const lines = detailLines(report.audits[diagnostic]?.details);
		return lines.length > 0 ? [`${diagnostic}:`, ...lines.map((line) => `  ${line}`)] : [];
	});
	return {
		category,
		id,
		title: audit.title,
		score: Math.round(audit.score * 100),
		displayValue: audit.displayValue,
		details: [...own.map((text) => shorten(text)), ...detailLines(audit.details), ...diagnostics],
	};
}

function metric(report: ReportLike, id: string): number {
	const value = report.audits[id]?.numericValue;
	if (value === undefined || !Number.isFinite(value))
		throw new Error(`Lighthouse report has no ${id}`);
	return value;
}

/**
 * The figures of one Lighthouse report. Throws when the run failed (a `runtimeError`, such as the
 * occasional NO_NAVSTART, or a category without a score), so the caller can run it again.
 */
export function summarizeReport(report: ReportLike): LighthouseRun {
	if (report.runtimeError)
		throw new Error(`Lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
	const scores = {} as Record<Category, number>;
	const failing: FailingAudit[] = [];
	for (const category of CATEGORIES) {
		const result = report.categories[category];
		if (!result || result.score === null) throw new Error(`Lighthouse gave no ${category} score`);
		scores[category] = Math.round(result.score * 100);
		for (const ref of result.auditRefs) {
			if (ref.weight <= 0) continue;
			const audit = failingAudit(report, category, ref.id);
			if (audit) failing.push(audit);
		}
	}
	const requests = report.audits['network-requests']?.details;
	return {
		scores,
		metrics: {
			lcp: metric(report, 'largest-contentful-paint'),
			cls: metric(report, 'cumulative-layout-shift'),
			tbt: metric(report, 'total-blocking-time'),
			fcp: metric(report, 'first-contentful-paint'),
		},
		requests: isRecord(requests) && Array.isArray(requests['items']) ? requests['items'].length : 0,
		failing,
		benchmarkIndex: report.environment?.benchmarkIndex,
	};
}
