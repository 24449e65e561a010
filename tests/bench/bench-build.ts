/**
 * `npm run bench:build -- [--articles 1000] [--runs 1] [--words 1200] [--english] [--baseline] [--keep] [--cpu-prof]`
 *
 * Builds a synthetic edition of N articles that use every feature with the real build script
 * (scripts/build.ts), after timing `npm run check:content` on it (scripts/check-content.ts,
 * which must find no problem), then rebuilds it with the cache kept after one article changed, and prints
 * wall time, CPU time, milliseconds per article and peak memory of each build, with its phases
 * as Astro's log shows them. With --english, every article also has an English stand-in
 * (`englishStandIn`), so both editions are built. With --baseline, the same article files are also built by a minimal
 * Astro site (tests/bench/baseline-site/) right after each of our cold builds, and the ratios ours / baseline are
 * printed, for each pair and over all runs. With
 * --cpu-prof, the first cold build's processes run under `node --cpu-prof` and each profile is summarized
 * (the profiler slows that build down). Before each cold build the previous output is moved aside,
 * not deleted, and deleted only when every build is measured (see `setAside`). Everything is written under .build/bench/ (content must
 * lie inside the project) and removed at the end unless --keep or --cpu-prof is given or a build
 * failed.
 *
 * A benchmark, not a test: it prints figures and asserts nothing about them; it exits with 1 when
 * a build fails.
 */
import {
	cp,
	mkdir,
	mkdtemp,
	readdir,
	readFile,
	rename,
	rm,
	stat,
	writeFile,
} from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ARTICLE_BODIES } from '../../src/cache/cache-kinds.ts';
import { codeFingerprint } from '../../src/cache/declared-code.ts';
import { buildPhases, formatPhases } from './build-phases.ts';
import { summarizeCpuProfile, type CpuProfile } from './cpu-profile.ts';
import { readContentCatalog } from './content-catalog.ts';
import { measureCommand, type Measurement } from './measure.ts';
import { npmScriptCommand } from './npm-script.ts';
import {
	describeLoad,
	describeMachine,
	formatPair,
	formatProgramPeaks,
	formatRow,
	HEADER,
	medianMeasurement,
	medianPair,
	pairRatios,
	ratio,
	type PairRatios,
	seconds,
} from './build-report.ts';
import {
	englishStandIn,
	generateArticles,
	reviseArticle,
	SYNTHETIC_DEFAULTS,
} from './synthetic-content.ts';

const ROOT_URL = new URL('../..', import.meta.url);
const ROOT = fileURLToPath(ROOT_URL);

/** The edition's data folders, copied so that articles refer to real timelines, sources, people… */
const DATA_FOLDERS = ['timelines', 'charts', 'people', 'sources', 'glossary', 'topics'];

/** Command-line options. */
interface BenchOptions {
	articles: number;
	runs: number;
	words: number;
	/** Whether every synthetic article has an English stand-in, for a build of both editions. */
	english: boolean;
	baseline: boolean;
	keep: boolean;
	cpuProf: boolean;
}

/** The folders of one benchmark, all under `.build/bench/run-*`. */
interface BenchPaths {
	work: string;
	content: string;
	articles: string;
	out: string;
	cache: string;
	baselineOut: string;
	baselineCache: string;
	logs: string;
	profiles: string;
	/** Where a build's output goes when the next build of its kind starts (see {@link setAside}). */
	setAside: string;
}

function positiveInteger(name: string, value: string): number {
	const number = Number(value);
	if (!Number.isInteger(number) || number < 1)
		throw new Error(`--${name} needs a positive integer, not «${value}»`);
	return number;
}

function readOptions(args: string[]): BenchOptions {
	const { values } = parseArgs({
		args,
		strict: true,
		options: {
			articles: { type: 'string', default: '1000' },
			runs: { type: 'string', default: '1' },
			words: { type: 'string', default: String(SYNTHETIC_DEFAULTS.words) },
			english: { type: 'boolean', default: false },
			baseline: { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false },
			'cpu-prof': { type: 'boolean', default: false },
		},
	});
	return {
		articles: positiveInteger('articles', values.articles),
		runs: positiveInteger('runs', values.runs),
		words: positiveInteger('words', values.words),
		english: values.english,
		baseline: values.baseline,
		keep: values.keep || values['cpu-prof'],
		cpuProf: values['cpu-prof'],
	};
}

async function createPaths(): Promise<BenchPaths> {
	const parent = join(ROOT, '.build/bench');
	await mkdir(parent, { recursive: true });
	const work = await mkdtemp(join(parent, 'run-'));
	const content = join(work, 'content');
	return {
		work,
		content,
		articles: join(content, 'articles'),
		out: join(work, 'dist'),
		cache: join(work, 'cache'),
		baselineOut: join(work, 'baseline-dist'),
		baselineCache: join(work, 'baseline-cache'),
		logs: join(work, 'logs'),
		profiles: join(work, 'profiles'),
		setAside: join(work, 'set-aside'),
	};
}

let setAsideCount = 0;

/**
 * Moves a previous build's output folder out of the way before a cold build, instead of deleting
 * it; everything set aside is deleted once all builds are measured. Why: this machine's file system
 * (ext4 without a journal) does not reuse an inode freed in the last 30 seconds, and checks every
 * such inode of a block group each time it creates a file, so a build that creates thousands of
 * files right after thousands were deleted spends seconds of kernel time on it (`perf`:
 * `recently_deleted`, `find_inode_bit`), the more the more files both sides have. A cold build
 * on a fresh clone pays nothing of the kind, and our build and the baseline's would pay it
 * unequally.
 */
async function setAside(folder: string, paths: BenchPaths): Promise<void> {
	await mkdir(paths.setAside, { recursive: true });
	try {
		await rename(folder, join(paths.setAside, `${basename(folder)}-${++setAsideCount}`));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
}

/** Copies the data folders and writes the synthetic articles; returns the articles' total size. */
async function writeContent(paths: BenchPaths, options: BenchOptions) {
	for (const folder of DATA_FOLDERS)
		await cp(join(ROOT, 'content', folder), join(paths.content, folder), { recursive: true });
	await mkdir(paths.articles, { recursive: true });
	const catalog = await readContentCatalog(paths.content);
	const articles = generateArticles(options.articles, { catalog, words: options.words });
	const files = articles.map((article) => ({ path: join(paths.articles, article.name), article }));
	if (options.english) {
		await mkdir(join(paths.articles, 'en'), { recursive: true });
		for (const article of articles)
			files.push({
				path: join(paths.articles, 'en', article.name),
				article: englishStandIn(article),
			});
	}
	// In slices, so 10 000 files do not open 10 000 descriptors at once.
	for (let start = 0; start < files.length; start += 256)
		await Promise.all(
			files.slice(start, start + 256).map(({ path, article }) => writeFile(path, article.text)),
		);
	const bytes = files.reduce((sum, { article }) => sum + Buffer.byteLength(article.text), 0);
	return { articles, bytes };
}

/** Files under `directory` whose names end with `suffix`, and their total size. */
async function filesEnding(directory: string, suffix: string) {
	const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(
		() => [],
	);
	const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith(suffix));
	const sizes = await Promise.all(
		files.map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size),
	);
	return { count: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}

/** Stops the benchmark after a failed build, with the end of its log. */
async function failBuild(label: string, logFile: string, work: string): Promise<never> {
	const log = await readFile(logFile, 'utf8').catch(() => '');
	console.error(`\n${label} failed. Last lines of ${logFile}:\n`);
	console.error(log.split('\n').slice(-40).join('\n'));
	console.error(`\nThe benchmark's folder is kept for inspection: ${work}`);
	process.exit(1);
}

/**
 * Checks the content as `npm run check:content` does, prints its row and its summary line, and
 * stops the benchmark when it finds a problem: the synthetic content must be valid.
 */
async function measuredCheck(paths: BenchPaths, articles: number): Promise<void> {
	const label = 'check:content';
	const logFile = join(paths.logs, 'check-content.log');
	const result = await measureCommand([process.execPath, 'scripts/check-content.ts'], {
		cwd: ROOT,
		env: { ...process.env, RAZBOR_CONTENT_DIR: paths.content },
		logFile,
	});
	if (result.exitCode !== 0) return failBuild(label, logFile, paths.work);
	const log = await readFile(logFile, 'utf8');
	console.log(formatRow(label, result, articles));
	console.log(`    ${log.trim().split('\n').at(-1) ?? ''}`);
}

/** Runs one build, prints its row, and stops the benchmark when it fails. */
async function measuredBuild(
	label: string,
	command: string[],
	env: NodeJS.ProcessEnv,
	paths: BenchPaths,
	articles: number,
): Promise<Measurement> {
	const logFile = join(paths.logs, `${label.replace(/[^a-z0-9]+/gi, '-')}.log`);
	const result = await measureCommand(command, {
		cwd: ROOT,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		logFile,
	});
	if (result.exitCode !== 0) return failBuild(label, logFile, paths.work);
	console.log(formatRow(label, result, articles));
	console.log(`    peak RSS by program: ${formatProgramPeaks(result)}`);
	console.log(formatPhases(buildPhases(await readFile(logFile, 'utf8'), result.wallMs)).join('\n'));
	return result;
}

/** Summarizes the CPU profile of the first cold build (the build's main thread only). */
async function printProfile(directory: string): Promise<void> {
	// One profile per process: the build script (which draws the share images) and the Astro build.
	const names = (await readdir(directory)).filter((file) => file.endsWith('.cpuprofile')).sort();
	for (const name of names) {
		const file = join(directory, name);
		const summary = summarizeCpuProfile(JSON.parse(await readFile(file, 'utf8')) as CpuProfile);
		console.log(
			`\nCPU profile of one process of the first cold build (${file}), ${seconds(summary.total)} sampled:`,
		);
		for (const entry of summary.areas)
			console.log(`  ${seconds(entry.ms).padStart(8)}  ${entry.name}`);
		console.log('  functions with the most self time:');
		for (const entry of summary.functions)
			console.log(`  ${seconds(entry.ms).padStart(8)}  ${entry.name}`);
	}
}

async function main(): Promise<void> {
	const options = readOptions(process.argv.slice(2));
	const paths = await createPaths();
	await mkdir(paths.logs, { recursive: true });
	// As `npm run build` runs it (package.json): its Node flags and allocator settings.
	const build = npmScriptCommand('build');
	const ours = [process.execPath, ...build.args];
	const oursEnv = {
		...build.env,
		RAZBOR_CONTENT_DIR: paths.content,
		RAZBOR_OUT_DIR: paths.out,
		RAZBOR_CACHE_DIR: paths.cache,
	};
	const n = options.articles;

	console.log(
		`Build benchmark: ${n} synthetic articles of ~${options.words} words${options.english ? ', each with an English stand-in (both editions)' : ''}, ${options.runs} run(s)`,
	);
	console.log(`Machine: ${describeMachine()}; load average ${describeLoad()}`);
	const generated = await writeContent(paths, options);
	console.log(
		`Content: ${paths.content} (${(generated.bytes / 2 ** 20).toFixed(1)} MiB of articles; the real data folders, without the real articles)\n`,
	);
	console.log(HEADER);
	await measuredCheck(paths, n);

	// The baseline builds right after each of our cold builds, not after all of them: on a shared
	// virtual machine the speed drifts by a fifth within an hour, and pairs taken side by side
	// compare the two builds at the same speed.
	const baselineCommand = [
		process.execPath,
		'node_modules/astro/bin/astro.mjs',
		'build',
		'--root',
		'tests/bench/baseline-site',
	];
	const baselineEnv = {
		BASELINE_CONTENT_DIR: paths.articles,
		BASELINE_OUT_DIR: paths.baselineOut,
		BASELINE_CACHE_DIR: paths.baselineCache,
	};
	const cold: Measurement[] = [];
	const warm: Measurement[] = [];
	const baseline: Measurement[] = [];
	const pairs: PairRatios[] = [];
	const first = generated.articles[0]!;
	for (let run = 1; run <= options.runs; run++) {
		const suffix = options.runs > 1 ? ` #${run}` : '';
		await setAside(paths.out, paths);
		await setAside(paths.cache, paths);
		// Through NODE_OPTIONS, so that the Astro build's own process is profiled as well.
		const profile =
			options.cpuProf && run === 1
				? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${paths.profiles}` }
				: {};
		const fingerprint = await codeFingerprint(ROOT, ARTICLE_BODIES.code);
		cold.push(
			await measuredBuild(`cold build${suffix}`, ours, { ...oursEnv, ...profile }, paths, n),
		);
		if (options.baseline) {
			await setAside(paths.baselineOut, paths);
			await setAside(paths.baselineCache, paths);
			baseline.push(
				await measuredBuild(
					`baseline (plain Astro)${suffix}`,
					baselineCommand,
					baselineEnv,
					paths,
					n,
				),
			);
			pairs.push(pairRatios(cold.at(-1)!, baseline.at(-1)!));
			console.log(`  this pair: ours / baseline ${formatPair(pairs.at(-1)!)}`);
		}
		const ogDir = join(paths.cache, 'og');
		const before = new Set(await readdir(ogDir).catch(() => []));
		await writeFile(join(paths.articles, first.name), reviseArticle(first).text);
		warm.push(await measuredBuild(`rebuild, 1 changed${suffix}`, ours, oursEnv, paths, n));
		const after = await readdir(ogDir).catch(() => []);
		await writeFile(join(paths.articles, first.name), first.text);
		const drawn = after.filter((name) => !before.has(name)).length;
		console.log(
			`  share images in ${ogDir}: ${before.size} → ${after.length} files (${drawn} drawn by the rebuild, ${before.size + drawn - after.length} stale swept)`,
		);
		// Articles are keyed by their code too: an edit to it while the benchmark runs makes the
		// rebuild render every article again, which is not what it means to measure.
		if ((await codeFingerprint(ROOT, ARTICLE_BODIES.code)) !== fingerprint)
			console.log(
				'  WARNING: the code that renders articles (src/cache/cache-kinds.ts, ARTICLE_BODIES) changed during this run, so the rebuild re-rendered every article; its figures are not a warm rebuild',
			);
	}
	const site = await filesEnding(paths.out, '.html');
	const pngs = await filesEnding(paths.out, '.png');
	console.log(
		`  site: ${site.count} HTML pages (${(site.bytes / 2 ** 20).toFixed(0)} MiB), ${pngs.count} PNG (${(pngs.bytes / 2 ** 20).toFixed(0)} MiB)`,
	);

	const coldFigures = medianMeasurement(cold);
	const warmFigures = medianMeasurement(warm);
	console.log(`\nSummary${options.runs > 1 ? ` (median of ${options.runs} runs)` : ''}:`);
	if (options.runs > 1) {
		console.log(HEADER);
		console.log(formatRow('cold build', coldFigures, n));
		console.log(formatRow('rebuild, 1 changed', warmFigures, n));
	}
	console.log(
		`  rebuild / cold: wall ${ratio(warmFigures.wallMs, coldFigures.wallMs)}, CPU ${ratio(warmFigures.cpuMs, coldFigures.cpuMs)}`,
	);
	if (baseline.length > 0) {
		const base = medianMeasurement(baseline);
		if (options.runs > 1) console.log(formatRow('baseline (plain Astro)', base, n));
		console.log(
			`  ours / baseline: wall ${ratio(coldFigures.wallMs, base.wallMs)} (median of the pairs' ratios: ${formatPair(medianPair(pairs))}), CPU ${ratio(coldFigures.cpuMs, base.cpuMs)}, max RSS ${ratio(coldFigures.maxRssKb, base.maxRssKb)}, tree RSS ${ratio(coldFigures.peakTreeRssKb, base.peakTreeRssKb)}`,
		);
	}
	console.log(`  measured with: ${coldFigures.method}`);
	console.log(`  load average at the end: ${describeLoad()}`);
	console.log(
		'  max RSS: the largest single process (whose: «peak RSS by program»); tree RSS: all processes at once (Node and Pagefind)',
	);
	if (options.cpuProf) await printProfile(paths.profiles);
	await rm(paths.setAside, { recursive: true, force: true });
	if (options.keep) console.log(`\nKept: ${paths.work}`);
	else await rm(paths.work, { recursive: true, force: true });
}

await main();
