import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { ROOT, shellEnvironment } from './build-site.ts';
import { collectOutput } from './process-output.ts';

/**
 * Runs a command of the documentation as a reader types it, through npm and the scripts of
 * package.json (tests/unit/docs/commands.test.ts finds each documented command in the file that
 * runs it, as the string given here).
 */

/** Options of {@link runNpm} and {@link startNpm}. */
export interface NpmOptions {
	/** Words after the command, e.g. `['--', '--external']`. */
	args?: readonly string[];
	/** The folder npm runs in; the repository by default. */
	cwd?: string;
	/** Added to the environment of a shell (without what the test runner sets). */
	env?: Readonly<Record<string, string>>;
	/** The path whose answer tells that a server is up: `/` by default. */
	readyPath?: string;
}

/** What a finished command did. */
export interface NpmRun {
	exitCode: number;
	/** stdout and stderr together. */
	output: string;
}

/** `npm run build` → `['run', 'build']`, with the extra words after them. */
function npmArguments(command: string, args: readonly string[] = []): string[] {
	const [program, ...words] = command.split(' ');
	if (program !== 'npm') throw new Error(`not an npm command: ${command}`);
	return [...words, ...args];
}

/**
 * Starts npm; with `group`, in a process group of its own, so that a server it starts can be
 * stopped together with npm and the shell between them.
 */
function spawnNpm(command: string, options: NpmOptions, group = false): ChildProcess {
	return spawn('npm', npmArguments(command, options.args), {
		cwd: options.cwd ?? ROOT,
		env: { ...shellEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: group,
	});
}

/** Runs `command` (`npm run …`, `npm test` …) to its end. */
export async function runNpm(command: string, options: NpmOptions = {}): Promise<NpmRun> {
	const child = spawnNpm(command, options);
	const output = collectOutput(child);
	const exitCode = await new Promise<number>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => {
			resolve(code ?? 1);
		});
	});
	return { exitCode, output: output() };
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** A server started through npm. */
export interface NpmServer {
	/** `http://127.0.0.1:<port>`. */
	origin: string;
	/** What it printed so far. */
	output: () => string;
	/** Stops npm and everything it started. */
	stop: () => Promise<void>;
}

/** Ends the process group of `child` (npm, the shell it runs the script in, the server). */
async function stopGroup(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
	const exited = new Promise<boolean>((resolve) => {
		child.once('exit', () => {
			resolve(true);
		});
	});
	process.kill(-child.pid, 'SIGTERM');
	if (!(await Promise.race([exited, delay(5_000, false)]))) process.kill(-child.pid, 'SIGKILL');
}

/**
 * Starts a server command (`npm run dev`, `npm run preview`) on 127.0.0.1 at a free port, which
 * it appends as `-- --host 127.0.0.1 --port <port>` after `options.args`, and waits until `/`
 * (or `options.readyPath`) answers.
 */
export async function startNpm(command: string, options: NpmOptions = {}): Promise<NpmServer> {
	const port = await freePort();
	const args = [...(options.args ?? ['--']), '--host', '127.0.0.1', '--port', String(port)];
	const child = spawnNpm(command, { ...options, args }, true);
	const output = collectOutput(child);
	const origin = `http://127.0.0.1:${port}`;
	const server = { origin, output, stop: () => stopGroup(child) };
	const deadline = Date.now() + 90_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`${command} exited:\n${output()}`);
		const answered = await fetch(`${origin}${options.readyPath ?? '/'}`).then(
			(response) => response.ok,
			() => false,
		);
		if (answered) return server;
		await delay(250);
	}
	await server.stop();
	throw new Error(`${command} did not answer within 90 s:\n${output()}`);
}
