/**
 * Where a build's time went, read from the log Astro prints: the content sync (loading and
 * rendering Markdown), bundling, every generated route grouped by its pattern (article pages,
 * feeds…), what follows the pages (our integrations at `astro:build:done`: waiting for the share
 * images, copying them, the Pagefind index; then the swap of the staging folder, with the process
 * start before Astro's first line), and the steps our integrations time themselves: the share
 * images, drawn while Astro runs, and Pagefind. No profiler is attached, so the figures cost
 * nothing to collect.
 */

/** One phase of a build, or one group of routes within «static routes». */
export interface BuildPhase {
	name: string;
	ms: number;
	/** Routes in the group, for route groups. */
	count?: number;
}

/** Route groups listed by name; the rest are summed into one line. */
const SHOWN_GROUPS = 8;

/** Log lines start with the local time, `00:13:12`; seconds are the resolution. */
const STAMP = /^(\d\d):(\d\d):(\d\d) /;

/**
 * A step one of our integrations times itself:
 * `12:03:04 [razbor:share-images] 1001 share images drawn or taken from the cache (21.4 s)`.
 */
const OWN_STEPS = [
	{
		name: 'share images (drawn beside Astro, on the other core)',
		line: /\[razbor:share-images\] .* \(([\d.]+) s\)$/,
	},
	{ name: 'Pagefind index (after the pages)', line: /\[razbor:search\] .* \(([\d.]+) s\)$/ },
];

/** One generated route and what Astro says it took: `├─ /rss.xml (+49ms)` or `(+1.07s)`. */
const ROUTE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;

/** Keeps the words that name a kind of route, replaces slugs and page numbers with `*`. */
function routePattern(path: string): string {
	const fixed = new Set(['', 'og', 'articles', 'page', 'topics', 'people', 'timelines', 'archive']);
	const files = /^(?:index|rss|atom|feed|sitemap|robots|404|site)\./;
	const segments = path.split('/');
	return segments
		.map((segment, index) => {
			if (index === segments.length - 1)
				return files.test(segment) ? segment : segment.replace(/^[^.]+/, '*');
			return index === 1 || fixed.has(segment) ? segment : '*';
		})
		.join('/');
}

/** Seconds since midnight of a stamped line, or `undefined` for a line without a stamp. */
function stampOf(line: string): number | undefined {
	const match = STAMP.exec(line);
	return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
}

/**
 * Phases of one build from its log and the wall time the benchmark measured. Wall-clock phases
 * come from the one-second stamps, so each is exact to about a second; route groups add up
 * Astro's own per-route milliseconds.
 */
export function buildPhases(log: string, wallMs: number): BuildPhase[] {
	const lines = log.split('\n');
	const stamps = lines.map(stampOf);
	const first = stamps.find((stamp) => stamp !== undefined);
	if (first === undefined) return [];
	// Seconds from the first stamped line, across midnight if need be.
	const at = (pattern: RegExp): number | undefined => {
		const index = lines.findIndex((line) => pattern.test(line));
		const stamp = stamps[index];
		return index === -1 || stamp === undefined ? undefined : (stamp - first + 86_400) % 86_400;
	};
	const synced = at(/\[content\] Synced content/);
	const entrypoints = at(/\[build\] Building static entrypoints/);
	const bundled = at(/\[build\] Rearranging server assets/);
	const firstRoute = at(ROUTE);
	// `✓ Completed in …` with no label ends the routes; Astro's `[build]` ones end other steps.
	const pagesDone = at(/^\S+ ✓ Completed in/);
	const complete = at(/\[build\] Complete!/);
	const phases: BuildPhase[] = [];
	const span = (name: string, from: number | undefined, to: number | undefined) => {
		if (from !== undefined && to !== undefined) phases.push({ name, ms: (to - from) * 1000 });
	};
	span('content sync: load, validate, render Markdown', 0, synced);
	span('types and build info', synced, entrypoints);
	span('bundle (Vite)', entrypoints, bundled);
	// Importing the bundle (with the content it inlines) and every route's getStaticPaths().
	span('load bundle, getStaticPaths, first page', bundled, firstRoute);
	span('static routes', firstRoute, pagesDone);
	span('after the pages: share images, Pagefind (our integrations)', pagesDone, complete);
	const groups = new Map<string, BuildPhase>();
	for (const line of lines) {
		const match = ROUTE.exec(line);
		if (!match) continue;
		const name = `  ${routePattern(match[1]!)}`;
		const group = groups.get(name) ?? { name, ms: 0, count: 0 };
		group.ms += Number(match[2]) * (match[3] === 's' ? 1000 : 1);
		group.count! += 1;
		groups.set(name, group);
	}
	// The costliest groups by name, the long tail of small ones as one line.
	const sorted = [...groups.values()].sort((a, b) => b.ms - a.ms);
	const tail = sorted.slice(SHOWN_GROUPS);
	phases.push(...sorted.slice(0, SHOWN_GROUPS));
	if (tail.length > 0)
		phases.push({
			name: `  ${tail.length} other route patterns`,
			ms: tail.reduce((sum, group) => sum + group.ms, 0),
			count: tail.reduce((sum, group) => sum + group.count!, 0),
		});
	if (complete !== undefined) {
		// Node's start and the config load come before the first line; they are counted here too.
		phases.push({
			name: 'process start, after Astro (the swap)',
			ms: Math.max(0, wallMs - complete * 1000),
		});
	}
	for (const { name, line } of OWN_STEPS) {
		const seconds = lines.map((text) => line.exec(text)?.[1]).find(Boolean);
		if (seconds) phases.push({ name, ms: Number(seconds) * 1000 });
	}
	return phases;
}

/** The phases as indented lines: seconds, and per-route milliseconds for route groups. */
export function formatPhases(phases: readonly BuildPhase[]): string[] {
	return phases.map((phase) => {
		const each = phase.count ? `  ${phase.count} × ${(phase.ms / phase.count).toFixed(1)} ms` : '';
		return `    ${phase.name.padEnd(56)}${`${(phase.ms / 1000).toFixed(1)} s`.padStart(9)}${each}`;
	});
}
