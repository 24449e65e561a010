import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectOutput } from './process-output.ts';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The small, valid content set the site tests build. */
export const BASE_CONTENT = join(ROOT, 'tests/fixtures/content/base');

/** Outcome of one `npm run build` run. */
export interface BuildResult {
	exitCode: number;
	/** stdout and stderr together. */
	output: string;
	outDir: string;
}

/** Options of {@link buildSite}. */
export interface BuildOptions {
	/** Content folder to build. */
	contentDir: string;
	/** Output folder; a new temporary one by default. */
	outDir?: string;
	/** Astro cache folder (content store); a new temporary one by default, so builds never share it by accident. */
	cacheDir?: string;
	/** Extra environment, e.g. `TZ`. */
	env?: Record<string, string>;
}

/** A new empty temporary folder under `.build/tmp/` (git-ignored): content must lie inside the project. */
export async function temporaryDirectory(prefix = 'razbor-test-'): Promise<string> {
	const parent = join(ROOT, '.build/tmp');
	await mkdir(parent, { recursive: true });
	return mkdtemp(join(parent, prefix));
}

/** Runs the real build script (`scripts/build.ts`) in a child process, as `npm run build` does. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
	return runBuild(['scripts/build.ts'], options);
}

/**
 * Runs Astro's own command, `astro build --outDir <folder>`, in a child process: what a newcomer,
 * or a host such as Netlify or Cloudflare Pages, types, with no wrapper around it.
 */
export async function astroBuild(options: BuildOptions): Promise<BuildResult> {
	const outDir = options.outDir ?? join(await temporaryDirectory('razbor-dist-'), 'dist');
	return runBuild(
		[ASTRO_CLI, 'build', '--outDir', outDir],
		{ ...options, outDir },
		shellEnvironment(),
	);
}

/**
 * This process's environment without what the test runner adds (NODE_ENV=test, DEV=1, MODE …),
 * which Astro would read as its own: the environment of a shell that runs `astro build`.
 */
export function shellEnvironment(): NodeJS.ProcessEnv {
	const environment = { ...process.env };
	for (const name of Object.keys(environment))
		if (/^(NODE_ENV|DEV|PROD|SSR|MODE|BASE_URL|VITEST.*|TEST)$/.test(name))
			Reflect.deleteProperty(environment, name);
	return environment;
}

/** Astro's command-line entry, as `npx astro` runs it. */
export const ASTRO_CLI = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Runs a build command with Node in the repository, content, output and cache set. */
async function runBuild(
	command: string[],
	options: BuildOptions,
	environment: NodeJS.ProcessEnv = process.env,
): Promise<BuildResult> {
	const outDir = options.outDir ?? join(await temporaryDirectory('razbor-dist-'), 'dist');
	const cacheDir = options.cacheDir ?? (await temporaryDirectory('razbor-cache-'));
	const child = spawn(process.execPath, command, {
		cwd: ROOT,
		env: {
			...environment,
			ASTRO_TELEMETRY_DISABLED: '1',
			RAZBOR_CONTENT_DIR: options.contentDir,
			RAZBOR_OUT_DIR: outDir,
			RAZBOR_CACHE_DIR: cacheDir,
			...options.env,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const output = collectOutput(child);
	const exitCode = await new Promise<number>((resolve) => {
		child.on('close', (code) => {
			resolve(code ?? 1);
		});
	});
	return { exitCode, output: output(), outDir };
}

/** A copy of `source` in a new temporary folder, optionally with `overlay`'s files on top. */
export async function copyContent(source: string, overlay?: string): Promise<string> {
	const target = join(await temporaryDirectory('razbor-content-'), 'content');
	await cp(source, target, { recursive: true });
	if (overlay) await cp(overlay, target, { recursive: true });
	return target;
}

/** Every file under `directory` with its bytes, keyed by relative path, for comparing trees. */
export async function readTree(directory: string): Promise<Map<string, Buffer>> {
	const files = new Map<string, Buffer>();
	const entries = await readdir(directory, { recursive: true, withFileTypes: true });
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files.set(relative(directory, path), await readFile(path));
	}
	return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}
