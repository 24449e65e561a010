import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { temporaryDirectory } from '../helpers/build-site.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../helpers/browser.ts';

/**
 * Headless Chromium with a DevTools port, for Lighthouse to drive. Started here rather than by
 * Playwright (whose automation flags would be part of what is measured) or chrome-launcher (not a
 * dependency of ours): the same Debian binary and network-quiet flags as the end-to-end tests, a
 * fresh profile under `.build/tmp/`, and its own process group, so stopping it ends every
 * Chromium process it started and nothing else.
 */

/** The end-to-end tests' flags, and what Lighthouse needs on top. */
const FLAGS = [
	...CHROMIUM_FLAGS,
	// Lighthouse's tab must run at full speed even though no window is visible.
	'--disable-background-timer-throttling',
	'--disable-renderer-backgrounding',
	'--disable-backgrounding-occluded-windows',
	'--disable-extensions',
	'--disable-default-apps',
	'--mute-audio',
	'--password-store=basic',
];

/** A running Chromium; {@link DebugChromium.stop} ends it. */
export interface DebugChromium {
	/** The DevTools port on 127.0.0.1 to hand to Lighthouse. */
	readonly port: number;
	/** Ends Chromium's process group, waits for it and removes the profile. */
	stop(): Promise<void>;
}

/** Signals Chromium's whole process group (it was started detached, as its leader). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	try {
		if (child.pid !== undefined) process.kill(-child.pid, signal);
	} catch {
		// The group has exited already.
	}
}

async function stopChromium(child: ChildProcess): Promise<void> {
	const exited =
		child.exitCode !== null || child.signalCode !== null
			? Promise.resolve()
			: new Promise<void>((done) => {
					child.once('exit', () => {
						done();
					});
				});
	signalGroup(child, 'SIGTERM');
	// Unreferenced, so a quick exit does not keep the benchmark waiting for the timer.
	const timeout = delay(5_000, undefined, { ref: false }).then(() => 'timeout' as const);
	if ((await Promise.race([exited, timeout])) === 'timeout') {
		signalGroup(child, 'SIGKILL');
		await exited;
	}
	// Renderers may outlive the browser process by a moment.
	signalGroup(child, 'SIGKILL');
}

/** The port from Chromium's «DevTools listening on ws://127.0.0.1:PORT/…» line on stderr. */
function waitForPort(child: ChildProcess, timeoutMs: number): Promise<number> {
	return new Promise((done, fail) => {
		let stderr = '';
		const timer = setTimeout(() => {
			fail(new Error(`Chromium opened no DevTools port within ${timeoutMs} ms:\n${stderr}`));
		}, timeoutMs);
		const onData = (chunk: Buffer) => {
			stderr += chunk.toString();
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
			if (match) {
				clearTimeout(timer);
				child.stderr?.off('data', onData);
				done(Number(match[1]));
			}
		};
		child.stderr?.on('data', onData);
		child.once('error', (error) => {
			clearTimeout(timer);
			fail(new Error(`Chromium did not start (${CHROMIUM_PATH}): ${error.message}`));
		});
		child.once('exit', (code, signal) => {
			clearTimeout(timer);
			fail(new Error(`Chromium exited on start (${code ?? signal}):\n${stderr}`));
		});
	});
}

/** Starts headless Chromium (`CHROMIUM_PATH`, Debian's by default) with a DevTools port. */
export async function startDebugChromium(): Promise<DebugChromium> {
	const profile = await temporaryDirectory('razbor-chromium-');
	// Port 0: Chromium picks a free one and prints it, so there is no race for a port.
	const child = spawn(
		CHROMIUM_PATH,
		[...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
		{ detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
	);
	// Should the benchmark end without stop(), Chromium must not stay behind.
	const killOnExit = () => {
		signalGroup(child, 'SIGKILL');
	};
	process.once('exit', killOnExit);
	try {
		const port = await waitForPort(child, 20_000);
		// Chromium keeps writing to stderr; an unread pipe would eventually block it.
		child.stderr.resume();
		return {
			port,
			async stop() {
				process.off('exit', killOnExit);
				await stopChromium(child);
				await rm(profile, { recursive: true, force: true });
			},
		};
	} catch (error) {
		process.off('exit', killOnExit);
		await stopChromium(child);
		await rm(profile, { recursive: true, force: true });
		throw error;
	}
}
