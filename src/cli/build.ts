/**
 * `npm run build`: builds the site into a staging folder and swaps it in only when the build
 * succeeded, so a content mistake never leaves a half-written site where the last good one was.
 *
 * Two processes run at once, one per core: the Astro build of the pages (src/cli/astro-build.ts)
 * and the share images (src/cli/share-images.ts), drawn into their cache. When both are done,
 * the images are copied into the staged site, Pagefind indexes it, and the staged site replaces
 * the old one. If either fails, the other is stopped and the old site stays. A second build into
 * the same folder meanwhile is refused (src/cli/build-lock.ts).
 *
 * Environment: RAZBOR_OUT_DIR (default `dist`), RAZBOR_CONTENT_DIR (default `content`),
 * RAZBOR_CACHE_DIR (default Astro's `node_modules/.astro`), RAZBOR_SITE_URL.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyShareImages, type DrawnShareImage } from '../lib/og/drawn-images.ts';
import { stoppedMessage } from './build-failure.ts';
import { acquireBuildLock } from './build-lock.ts';
import { logStep } from './log-step.ts';
import { writeSearchIndex } from './search-index.ts';

const outDir = resolve(process.env['RAZBOR_OUT_DIR'] || 'dist');
// Siblings of the output folder, so the final renames stay on one file system.
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);
const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);
const lockFile = join(dirname(outDir), `.${basename(outDir)}.lock`);

/** Sets the environment of a production build, for this process and the ones it starts. */
function prepareEnvironment(): void {
	// A build is always a production build: Vite derives `import.meta.env.DEV` from NODE_ENV, and
	// an inherited NODE_ENV=test (vitest) or =development would let drafts through.
	process.env['NODE_ENV'] = 'production';
	// Astro reads import.meta.env values from same-named process variables, and test runners set
	// DEV=1 and MODE=test; left in place they would make this build include drafts.
	delete process.env['DEV'];
	delete process.env['PROD'];
	delete process.env['SSR'];
	delete process.env['MODE'];
	delete process.env['BASE_URL'];
	// The build must not touch the network: no usage telemetry.
	process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
}

/** A build step running as a child process, with its stdout when it succeeded. */
interface Step {
	/** Resolves with what the step printed on stdout; rejects when it fails. */
	result: Promise<string>;
	stop: () => void;
}

/** How to start a step. */
interface StepOptions {
	/** Keep its stdout (its result) instead of passing it on. */
	captureStdout?: boolean;
	/** Flags for its Node. */
	nodeFlags?: string[];
}

/**
 * Starts `src/cli/<script>` with this Node. Its stderr (and, unless captured, its stdout) goes
 * to this process's, so its log and messages appear as they come.
 */
function startStep(
	script: string,
	args: string[],
	{ captureStdout = false, nodeFlags = [] }: StepOptions = {},
): Step {
	const entry = fileURLToPath(new URL(script, import.meta.url));
	const child = spawn(process.execPath, [...nodeFlags, entry, ...args], {
		stdio: ['ignore', captureStdout ? 'pipe' : 'inherit', 'inherit'],
	});
	const chunks: Buffer[] = [];
	child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
	const result = new Promise<string>((resolveResult, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => {
			if (code === 0) resolveResult(Buffer.concat(chunks).toString('utf8'));
			else reject(new StepFailure(script, code === null ? `сигнал ${signal}` : `код ${code}`));
		});
	});
	return {
		result,
		stop: () => {
			child.kill();
		},
	};
}

/** A step that ended with an error; what went wrong it has printed itself. */
class StepFailure extends Error {
	/** The step's script, e.g. `astro-build.ts`. */
	readonly script: string;

	constructor(script: string, ending: string) {
		super(`${script} завершился с ошибкой (${ending})`);
		this.name = 'StepFailure';
		this.script = script;
	}
}

/** The Astro step; it explains its own failures, content mistakes included. */
const ASTRO_STEP = 'astro-build.ts';

/** Builds into the staging folder and swaps it in; returns the exit code. */
async function build(): Promise<number> {
	await rm(staging, { recursive: true, force: true });
	const astro = startStep(ASTRO_STEP, [staging, outDir], {
		// Rendering Markdown makes short-lived objects by the million; a larger young generation
		// lets most of them die young instead of being copied into the old one. 1,000 articles:
		// about 2 s less CPU and a lower peak (measured: 16 MB default, 32, 64 and 128 MB).
		nodeFlags: ['--max-semi-space-size=64'],
	});
	const images = startStep('share-images.ts', [], {
		captureStdout: true,
		// resvg gives an image's pixels back in a finalizer, which runs after V8 collects the
		// object; a small young generation collects often, which halves the step's peak memory
		// (1,000 images: 223 instead of 438 MiB) at no cost in time.
		nodeFlags: ['--max-semi-space-size=2'],
	});
	// Whichever step fails first stops the other: its work would be thrown away.
	const stopBoth = (error: unknown): never => {
		astro.stop();
		images.stop();
		throw error;
	};
	try {
		const [, drawn] = await Promise.all([
			astro.result.catch(stopBoth),
			images.result.catch(stopBoth),
		]);
		await copyShareImages(JSON.parse(drawn) as DrawnShareImage[], staging);
		// The search index is part of the site: built from the staged pages, swapped in with them.
		const indexingFrom = performance.now();
		await writeSearchIndex(staging);
		logStep('search', 'Pagefind index written', indexingFrom);
	} catch (error) {
		await Promise.allSettled([astro.result, images.result]);
		await rm(staging, { recursive: true, force: true });
		if (!(error instanceof StepFailure && error.script === ASTRO_STEP))
			console.error(stoppedMessage(outDir, error));
		return 1;
	}
	await rm(previous, { recursive: true, force: true });
	if (existsSync(outDir)) await rename(outDir, previous);
	await rename(staging, outDir);
	await rm(previous, { recursive: true, force: true });
	return 0;
}

async function main(): Promise<number> {
	prepareEnvironment();
	let release: () => Promise<void>;
	try {
		release = await acquireBuildLock(lockFile, `${basename(outDir)}/`);
	} catch (error) {
		console.error(stoppedMessage(outDir, error));
		return 1;
	}
	try {
		return await build();
	} finally {
		await release();
	}
}

process.exitCode = await main();
