import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { ASTRO_CLI, ROOT, shellEnvironment } from './build-site.ts';

/** A running `astro dev` of the repository, as `npm run dev` starts it. */
export interface DevServer {
	/** `http://127.0.0.1:<port>`. */
	origin: string;
	/** What the server printed so far. */
	output: () => string;
	stop: () => Promise<void>;
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** Ends the server and what it started (Pagefind, the drawing of share images). */
async function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<boolean>((resolve) => {
		child.once('exit', () => {
			resolve(true);
		});
	});
	child.kill('SIGTERM');
	const ended = await Promise.race([exited, delay(5_000, false)]);
	if (!ended) child.kill('SIGKILL');
}

/**
 * Starts `astro dev` on 127.0.0.1 at a free port, with `env` added to the environment of a shell
 * (RAZBOR_CONTENT_DIR, say), and waits until it answers. Nothing is built beforehand: what the server shows, it
 * makes itself.
 */
export async function startDevServer(env: Record<string, string> = {}): Promise<DevServer> {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[ASTRO_CLI, 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{
			cwd: ROOT,
			env: { ...shellEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const origin = `http://127.0.0.1:${port}`;
	const server = { origin, output: () => output, stop: () => stopProcess(child) };
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
		const answered = await fetch(`${origin}/`).then(
			(response) => response.ok,
			() => false,
		);
		if (answered) return server;
		await delay(250);
	}
	await server.stop();
	throw new Error(`astro dev did not answer within a minute:\n${output}`);
}
