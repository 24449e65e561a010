import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { sampleProcessTree } from './process-tree.ts';

/** GNU time, whose `%U %S %M` cover the command and every process it waited for. */
const GNU_TIME = '/usr/bin/time';

/** What one run of a command cost. Times in milliseconds, memory in KiB. */
export interface Measurement {
	exitCode: number;
	/** Elapsed time from spawn to exit. */
	wallMs: number;
	/** User plus system CPU time of the command and all its descendants (Pagefind included). */
	cpuMs: number;
	/** Resident set high-water mark of the largest process of the tree (not a sum). */
	maxRssKb: number;
	/** Largest summed resident set of the process tree, sampled every 250 ms. */
	peakTreeRssKb: number;
	/** Sampled VmHWM per program of the tree (`node`, `pagefind_extended`, `time`). */
	maxRssByProgramKb: Record<string, number>;
	/** How CPU and peak memory were measured, for the report. */
	method: string;
}

/** Options of {@link measureCommand}. */
export interface MeasureOptions {
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** File that receives the command's stdout and stderr. */
	logFile: string;
	/** Use the /proc fallback even where GNU time exists (to check the fallback). */
	withoutGnuTime?: boolean;
}

/** Clock ticks per second, the unit of the CPU fields of `/proc/<pid>/stat`. */
function clockTicks(): number {
	try {
		return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
	} catch {
		return 100;
	}
}

/**
 * The command wrapped so that its CPU time is written to `statsFile` when it ends: with GNU time
 * (`user system maxrss`), or else by a shell that, after waiting for the command, copies its own
 * `/proc/self/stat`, whose cutime and cstime fields sum the CPU of every waited-for descendant.
 */
function wrapped(command: readonly string[], statsFile: string, gnuTime: boolean): string[] {
	if (gnuTime) return [GNU_TIME, '-f', '%U %S %M', '-o', statsFile, ...command];
	const script = '"$@"; status=$?; cat /proc/$$/stat > "$0"; exit $status';
	return ['sh', '-c', script, statsFile, ...command];
}

/** CPU milliseconds and GNU time's max RSS from the stats file, by the wrapper that wrote it. */
function parseStats(
	text: string,
	gnuTime: boolean,
	ticksPerSecond: number,
): { cpuMs: number; maxRssKb?: number } {
	if (gnuTime) {
		// GNU time writes "Command exited with non-zero status N" first when the command failed.
		const [user, system, rss] = text.trim().split('\n').at(-1)!.split(' ').map(Number);
		return { cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, maxRssKb: rss ?? 0 };
	}
	const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
	// After `(comm)`: state is field 3 of stat(5), so cutime (16) and cstime (17) are at 13 and 14.
	const ticks = Number(fields[13]) + Number(fields[14]);
	return { cpuMs: (ticks * 1000) / ticksPerSecond };
}

/**
 * Runs `command` to completion and measures wall time, CPU time (user + system, children
 * included) and peak memory. Never throws for a failing command: check `exitCode`.
 */
export async function measureCommand(
	command: readonly string[],
	options: MeasureOptions,
): Promise<Measurement> {
	const gnuTime = !options.withoutGnuTime && existsSync(GNU_TIME);
	const statsFile = `${options.logFile}.stats`;
	const log = await open(options.logFile, 'w');
	const [program, ...args] = wrapped(command, statsFile, gnuTime);
	const started = performance.now();
	const child = spawn(program!, args, {
		cwd: options.cwd,
		env: options.env,
		stdio: ['ignore', log.fd, log.fd],
	});
	const ticksPerSecond = clockTicks();
	const sampler = sampleProcessTree(child.pid!, ticksPerSecond);
	const exitCode = await new Promise<number>((resolve) => {
		child.on('close', (code) => {
			resolve(code ?? 1);
		});
	});
	const wallMs = performance.now() - started;
	const sampled = await sampler.stop();
	await log.close();
	const stats = parseStats(
		await readFile(statsFile, 'utf8').catch(() => ''),
		gnuTime,
		ticksPerSecond,
	);
	await rm(statsFile, { force: true });
	return {
		exitCode,
		wallMs,
		// Rusage misses descendants nobody waited for (the Pagefind binary): add what sampling saw.
		cpuMs: stats.cpuMs + sampled.strayCpuMs,
		maxRssKb: Math.max(stats.maxRssKb ?? 0, sampled.maxRssKb),
		peakTreeRssKb: sampled.peakTreeRssKb,
		maxRssByProgramKb: sampled.maxRssByProgramKb,
		method: gnuTime
			? 'GNU time (/usr/bin/time %U+%S, %M), plus /proc sampling every 250 ms for tree RSS and for processes nobody reaped (Pagefind)'
			: 'no GNU time: sh wrapper reading its cutime+cstime from /proc/self/stat, plus /proc sampling every 250 ms for VmHWM, tree RSS and processes nobody reaped (Pagefind)',
	};
}
