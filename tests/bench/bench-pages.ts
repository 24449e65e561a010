/**
 * `npm run bench:pages -- [--runs 3] [--pages /,/search/] [--dir <built site>] [--keep]`
 *
 * What a reader's phone gets from each page type, against the budgets of the performance issue:
 * the compressed bytes by kind (scripts/quality/page-weight.ts on the built files: every HTML page of the
 * build must stay within 40 KB without images and 3 KB of JavaScript), the requests, and
 * Lighthouse's scores and metrics (mobile preset, median of --runs) for one page of each type
 * (bench-pages-selection.ts names them, the not-found page included); every one must score 100
 * in performance, accessibility, best practices and SEO (less what the not-found page fails by
 * answering 404), and a page with a map or a picture must paint it in under 1.5 s (LCP). Prints
 * a table, the audits below 100 with what failed, and «Бюджеты соблюдены» or the list of
 * violations.
 *
 * The edition in content/ is built into `.build/bench/pages-*` (removed at the end unless --keep)
 * with the production site URL: Lighthouse 13's canonical audit accepts a canonical URL on
 * another origin (it fails only invalid, relative, conflicting, hreflang-mismatched or
 * same-origin-root ones), and 127.0.0.1 counts as a secure origin for best practices' HTTPS
 * audit, so the pages are measured exactly as they will be deployed. They are served by nginx
 * with deploy/nginx/ (compression and security headers, as in production) and audited in Debian's
 * Chromium.
 *
 * A benchmark, not part of `npm test`: exits with 1 when a budget is broken, 2 when it could not
 * measure (a failed build, a missing page, nginx or Chromium not starting).
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import {
	pageResources,
	weightByKind,
	type WeightByKind,
} from '../../scripts/quality/page-weight.ts';
import { buildSite, ROOT } from '../helpers/build-site.ts';
import { startNginx, stopNginx, type NginxServer } from '../helpers/nginx.ts';
import {
	answersWithError,
	builtPages,
	EXPECTED_FAILURES,
	LIGHTHOUSE_PAGES,
	pageType,
	samplePages,
	showsFigure,
} from './bench-pages-selection.ts';
import { parseBenchPagesOptions, type BenchPagesOptions } from './bench-pages-options.ts';
import {
	findViolations,
	formatFailures,
	formatTable,
	weightWithoutImages,
	type PageFigures,
} from './bench-pages-report.ts';
import { startDebugChromium, type DebugChromium } from './chromium-debug.ts';
import { runLighthouse } from './lighthouse-run.ts';

/** The weight and file count of one page of the build. */
interface PageWeight {
	path: string;
	weight: WeightByKind;
	files: number;
}

/** What the benchmark started and so must stop, also on failure or Ctrl-C. */
interface Resources {
	work?: string;
	server?: NginxServer;
	chromium?: DebugChromium;
}

/** CPU, cores and memory: Lighthouse's simulated metrics scale what this machine did. */
function describeMachine(): string {
	const cpu = cpus();
	return `${cpu[0]?.model ?? 'CPU'}, ядер: ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
}

/** The 1, 5 and 15 minute load averages: other work on the machine inflates TBT. */
function describeLoad(): string {
	return loadavg()
		.map((load) => load.toFixed(2))
		.join(', ');
}

/** Reads a built file by its root-relative path, as page-weight asks for it. */
function fileReader(siteDir: string) {
	return (path: string): Uint8Array | undefined => {
		try {
			return readFileSync(join(siteDir, path));
		} catch {
			return undefined;
		}
	};
}

/** The built file of a page's URL path: `/x/` is `x/index.html`, `/404.html` itself. */
function htmlFile(path: string): string {
	return path.endsWith('/') ? `${path}index.html` : path;
}

/** Builds content/ into `work`/dist with the real build script; throws with its log on failure. */
async function buildEdition(work: string): Promise<string> {
	console.error(`Сборка content/ в ${work}/dist …`);
	const result = await buildSite({
		contentDir: join(ROOT, 'content'),
		outDir: join(work, 'dist'),
		cacheDir: join(work, 'cache'),
	});
	if (result.exitCode !== 0)
		throw new Error(`the build failed:\n${result.output.split('\n').slice(-40).join('\n')}`);
	return result.outDir;
}

/** The weight of each page in `paths`; a page missing from the build is an error. */
function measureWeights(siteDir: string, paths: readonly string[]): PageWeight[] {
	const read = fileReader(siteDir);
	return paths.map((path) => {
		const resources = pageResources(path, read);
		return { path, weight: weightByKind(resources), files: resources.length };
	});
}

/** Lighthouse on every page in `paths`, `runs` times, one run of every page before the next. */
async function auditPages(
	baseUrl: string,
	port: number,
	paths: readonly string[],
	runs: number,
): Promise<Map<string, Pick<PageFigures, 'runs' | 'error'>>> {
	const results = new Map<string, Pick<PageFigures, 'runs' | 'error'>>(
		paths.map((path) => [path, { runs: [], error: undefined }]),
	);
	// Round-robin rather than page by page, so a burst of load on the machine is spread over
	// pages instead of spoiling every run of one.
	for (let run = 1; run <= runs; run++)
		for (const path of paths) {
			const result = results.get(path)!;
			try {
				const figures = await runLighthouse(`${baseUrl}${path}`, port, {
					ignoreStatusCode: answersWithError(path),
				});
				result.runs.push(figures);
				console.error(
					`Lighthouse ${run}/${runs} ${path}: ${Object.values(figures.scores).join(' ')}; TBT ${Math.round(figures.metrics.tbt)} ms, benchmarkIndex ${figures.benchmarkIndex ?? '—'}`,
				);
			} catch (error) {
				result.error = error instanceof Error ? error.message : String(error);
				console.error(`Lighthouse ${run}/${runs} ${path}: ${result.error}`);
			}
		}
	return results;
}

/** The heaviest page by `pick`, as «/path (12.3 KB)». */
function heaviest(weights: readonly PageWeight[], pick: (weight: WeightByKind) => number): string {
	const top = [...weights].sort((a, b) => pick(b.weight) - pick(a.weight))[0]!;
	return `${top.path} (${(pick(top.weight) / 1024).toFixed(1)} KB)`;
}

/** Measures, prints and judges; the exit code: 0 when every budget holds, else 1. */
async function bench(options: BenchPagesOptions, resources: Resources): Promise<number> {
	let siteDir: string;
	if (options.dir) siteDir = resolve(options.dir);
	else {
		await mkdir(join(ROOT, '.build/bench'), { recursive: true });
		resources.work = await mkdtemp(join(ROOT, '.build/bench/pages-'));
		siteDir = await buildEdition(resources.work);
	}

	const allPaths = options.pages ?? (await builtPages(siteDir));
	const weights = measureWeights(siteDir, allPaths);
	const auditPaths =
		options.pages ??
		samplePages(weights.map(({ path, weight }) => ({ path, weight: weightWithoutImages(weight) })));

	console.log(`Страницы «Разбора»: ${siteDir}`);
	const startLoad = loadavg()[0]!;
	console.log(`Машина: ${describeMachine()}; load average ${describeLoad()}`);
	console.log(
		`Lighthouse ${options.runs}× на страницу (mobile, медиана); вес — gzip 6 по scripts/quality/page-weight.ts\n`,
	);

	resources.server = await startNginx(siteDir);
	resources.chromium = await startDebugChromium();
	const audits = await auditPages(
		resources.server.url,
		resources.chromium.port,
		auditPaths,
		options.runs,
	);

	const byPath = new Map(weights.map((page) => [page.path, page]));
	// Every page type is held to 100 (issue 18), so every audited page is.
	const pages: PageFigures[] = auditPaths.map((path) => ({
		...byPath.get(path)!,
		held: true,
		expected: EXPECTED_FAILURES[path],
		figure: showsFigure(readFileSync(join(siteDir, htmlFile(path)), 'utf8')),
		...audits.get(path)!,
	}));
	console.log(formatTable(pages).join('\n'));
	console.log(
		'\n* — страница должна набрать 100 во всех категориях; ! — выше бюджета; req — запросы по Lighthouse / файлы по page-weight',
	);
	const types = new Set(weights.map((page) => pageType(page.path)));
	console.log(
		`Вес проверен у ${weights.length} страниц (${types.size} типов); больше всех без картинок: ${heaviest(weights, weightWithoutImages)}, JS: ${heaviest(weights, (w) => w.js.gzip)}`,
	);
	const indexes = pages.flatMap((page) => page.runs.flatMap((run) => run.benchmarkIndex ?? []));
	console.log(
		`Load average в конце: ${describeLoad()}; benchmarkIndex Lighthouse ${indexes.length > 0 ? `${Math.round(Math.min(...indexes))}…${Math.round(Math.max(...indexes))}` : '—'} (ниже — машина занята, TBT выше)`,
	);

	// Lighthouse scales the main-thread time it observed, so other work on the machine lowers
	// the performance score; say so rather than let a busy machine pass for a slow page.
	const busy = [startLoad, loadavg()[0]!].find((load) => load > cpus().length)?.toFixed(2);

	const failures = formatFailures(pages);
	if (failures.length > 0) console.log(`\nАудиты Lighthouse ниже 100:\n${failures.join('\n')}`);

	const violations = findViolations(pages, weights);
	// The held pages must exist: a build without them must not pass by leaving them out.
	if (!options.pages)
		for (const path of LIGHTHOUSE_PAGES)
			if (!byPath.has(path)) violations.push(`${path}: страницы нет в сборке`);
	if (violations.length === 0) {
		console.log('\nБюджеты соблюдены');
		return 0;
	}
	console.log(`\nБюджеты превышены (${violations.length}):`);
	for (const violation of violations) console.log(`  - ${violation}`);
	if (busy && violations.some((violation) => violation.includes('Lighthouse performance')))
		console.log(
			`Машина была занята (load average ${busy} на ${cpus().length} ядрах): TBT завышен, повторите с --runs 5 на свободной машине.`,
		);
	return 1;
}

async function release(resources: Resources, keep: boolean): Promise<void> {
	await resources.chromium?.stop();
	await stopNginx(resources.server);
	if (resources.work && !keep) await rm(resources.work, { recursive: true, force: true });
	else if (resources.work) console.error(`Сборка оставлена: ${resources.work}/dist`);
}

async function main(): Promise<number> {
	const options = parseBenchPagesOptions(process.argv.slice(2));
	const resources: Resources = {};
	const interrupt = () => {
		void release(resources, options.keep).finally(() => process.exit(130));
	};
	process.once('SIGINT', interrupt);
	process.once('SIGTERM', interrupt);
	try {
		return await bench(options, resources);
	} finally {
		await release(resources, options.keep);
	}
}

try {
	process.exitCode = await main();
} catch (error) {
	console.error(`bench:pages: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}
