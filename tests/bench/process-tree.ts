import { readdir, readFile } from 'node:fs/promises';

/**
 * Memory and stray CPU of a running process tree, sampled from Linux's /proc.
 *
 * Why sample at all when GNU time is there: rusage only counts children that are waited for, and
 * the Pagefind binary that scripts/build.ts starts is not. The pagefind package `unref()`s and
 * kills it, and Node exits without reaping it, so its CPU and memory would be missing (checked:
 * Pagefind alone under GNU time shows 0.08 s of CPU and 80 MB for 11 s of indexing).
 */

/** What sampling found, memory in KiB. */
export interface TreeSample {
	/** Largest VmHWM (resident high-water mark) of any process of the tree. */
	maxRssKb: number;
	/** Largest sum of VmRSS over the tree at one sample. */
	peakTreeRssKb: number;
	/** Largest VmHWM per program name (`node`, `pagefind_extended`), to tell whose peak it is. */
	maxRssByProgramKb: Record<string, number>;
	/**
	 * CPU time (user + system) of descendants still running when the root exited: nobody in
	 * the tree reaped them, so rusage-based figures do not include it.
	 */
	strayCpuMs: number;
}

/** One process as /proc shows it; CPU in clock ticks. */
interface ProcessStat {
	pid: number;
	ppid: number;
	cpuTicks: number;
}

/** `/proc/<pid>/stat`, or `undefined` once the process is gone. */
async function statOf(pid: number): Promise<ProcessStat | undefined> {
	const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
	if (!text) return undefined;
	// Fields after `(comm)`, which may hold spaces: state is field 3 of proc(5), so field N is N - 3.
	const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
	return { pid, ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

/** Every process on the machine. */
async function allProcesses(): Promise<ProcessStat[]> {
	const names = await readdir('/proc').catch(() => [] as string[]);
	const stats = await Promise.all(
		names.filter((name) => /^\d+$/.test(name)).map((name) => statOf(Number(name))),
	);
	return stats.filter((stat) => stat !== undefined);
}

/** `root` and every process below it. */
function treeOf(root: number, processes: readonly ProcessStat[]): ProcessStat[] {
	const tree = processes.filter((process) => process.pid === root);
	for (let index = 0; index < tree.length; index++)
		tree.push(...processes.filter((process) => process.ppid === tree[index]!.pid));
	return tree;
}

/** Names seen per process id: a process that is exiting has an empty command line. */
const namesByPid = new Map<number, string>();

/**
 * Program name of a command line: argv[0] rather than `Name:`, which is cut to 15 characters
 * and is «MainThread» for Node; for Node, with its script (`node draw.ts`, the share images), since the
 * build runs several.
 */
export function programName(cmdline: string): string | undefined {
	const [program, ...args] = cmdline.split('\0').filter(Boolean);
	const name = program?.split('/').at(-1);
	const script = args
		.find((arg) => !arg.startsWith('-'))
		?.split('/')
		.at(-1);
	return name === 'node' && script ? `node ${script}` : name;
}

/** Program name, VmRSS and VmHWM (KiB) of one process; zeros when it has exited. */
async function memoryOf(pid: number): Promise<{ name: string; rss: number; hwm: number }> {
	const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
	const field = (name: string) =>
		Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
	const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
	const name = programName(cmdline) ?? namesByPid.get(pid) ?? '?';
	namesByPid.set(pid, name);
	return { name, rss: field('VmRSS'), hwm: field('VmHWM') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Samples the tree under `root` every `intervalMs` until `stop()` is called after the root has
 * exited; `stop()` then follows the descendants still running until they end. VmHWM is a
 * high-water mark, so the largest process is exact up to its last sample; the summed figure can
 * miss a peak shorter than the interval.
 */
export function sampleProcessTree(
	root: number,
	clockTicksPerSecond: number,
	intervalMs = 250,
): { stop(): Promise<TreeSample> } {
	let maxRssKb = 0;
	let peakTreeRssKb = 0;
	const maxRssByProgramKb: Record<string, number> = {};
	const descendants = new Set<number>();
	const sampleMemory = async (pids: readonly number[]) => {
		const memory = await Promise.all(pids.map(memoryOf));
		maxRssKb = Math.max(maxRssKb, ...memory.map((entry) => entry.hwm));
		for (const { name, hwm } of memory)
			maxRssByProgramKb[name] = Math.max(maxRssByProgramKb[name] ?? 0, hwm);
		return memory.reduce((sum, entry) => sum + entry.rss, 0);
	};
	const stopping = new AbortController();
	const loop = (async () => {
		while (!stopping.signal.aborted) {
			const tree = treeOf(root, await allProcesses());
			for (const process of tree) if (process.pid !== root) descendants.add(process.pid);
			peakTreeRssKb = Math.max(peakTreeRssKb, await sampleMemory(tree.map((p) => p.pid)));
			await sleep(intervalMs);
		}
	})();
	return {
		async stop() {
			stopping.abort();
			await loop;
			// Whatever still runs now outlived the whole tree: follow it to its end.
			const lastTicks = new Map<number, number>();
			for (let waited = 0; waited < 10_000; waited += 50) {
				const alive = (await Promise.all([...descendants].map(statOf))).filter(
					(stat) => stat !== undefined,
				);
				if (alive.length === 0) break;
				for (const stat of alive) lastTicks.set(stat.pid, stat.cpuTicks);
				await sampleMemory(alive.map((stat) => stat.pid));
				await sleep(50);
			}
			const ticks = [...lastTicks.values()].reduce((sum, value) => sum + value, 0);
			return {
				maxRssKb,
				peakTreeRssKb,
				maxRssByProgramKb,
				strayCpuMs: (ticks * 1000) / clockTicksPerSecond,
			};
		},
	};
}
