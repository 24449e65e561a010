import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { cacheSession } from './cache-session.ts';

/**
 * The code a cached entry depends on, declared by naming the modules that compute it: the
 * modules they import are followed, in the project and into installed packages, so the
 * declaration names the real dependencies — a module nobody imports from there (a page
 * component, the link checker) is not one — and never misses one the code imports.
 */

/** What turns the input of one kind of entry into the entry, besides the input itself. */
export interface DeclaredCode {
	/**
	 * Modules that compute the entry, relative to the project root; every module they import,
	 * statically or by `import('literal')`, counts too, and so does every package they import.
	 */
	modules: readonly string[];
	/** Files or folders the code reads as data rather than imports (a config file, say). */
	files?: readonly string[];
	/** Packages whose files the code reads without importing them (font files, say). */
	packages?: readonly string[];
	/** Parts of the running Node whose version decides the bytes, as `process.versions` names them. */
	runtime?: readonly string[];
}

/** What declared code amounts to: everything its fingerprint covers. */
export interface ResolvedCode {
	/** Files of the project, relative to its root (with `/`), sorted. */
	files: string[];
	/** Installed packages as `name@version`, their own dependencies included, sorted. */
	packages: string[];
	/** Runtime parts as `name@version`, e.g. `zlib@1.3.1`. */
	runtime: string[];
}

/** Files whose imports are followed; any other imported file (JSON, CSS) counts by its bytes. */
const SCANNED_EXTENSIONS = new Set(['.ts', '.mts', '.js', '.mjs', '.astro']);

// Imports and re-exports as Prettier writes them, at the start of a line (so not in a JSDoc
// example), over several lines when long. `import type` is erased and never runs.
const FROM_IMPORT = /^[ \t]*(?:import|export)(\s+type\b)?[^'"`;]*?\bfrom\s*(['"])([^'"]+)\2/gm;
const BARE_IMPORT = /^[ \t]*import\s*(['"])([^'"]+)\1/gm;
// `import('x')` with a string, or with anything else that names a module (a variable, a template).
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(?:(['"])([^'"]+)\1\s*\)|[\w$`/])/g;
// Lines of comments, where a dynamic import is an example, not code.
const COMMENT_LINE = /^\s*(?:\*|\/\/|\/\*)/;

/** The modules `source` (the text of `file`) imports, as written. */
function importSpecifiers(file: string, source: string): string[] {
	const specifiers: string[] = [];
	for (const match of source.matchAll(FROM_IMPORT)) if (!match[1]) specifiers.push(match[3]!);
	for (const match of source.matchAll(BARE_IMPORT)) specifiers.push(match[2]!);
	for (const line of source.split('\n')) {
		if (COMMENT_LINE.test(line)) continue;
		for (const match of line.matchAll(DYNAMIC_IMPORT)) {
			// A computed module name cannot be followed: the cache would miss what it loads.
			if (match[2] === undefined)
				throw new Error(`${file}: динамический импорт без имени модуля в кавычках: ${line.trim()}`);
			specifiers.push(match[2]);
		}
	}
	return specifiers;
}

/** `name` or `@scope/name` of a bare specifier such as `@scope/name/sub/path`. */
function packageName(specifier: string): string {
	const parts = specifier.split('/');
	return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The `package.json` of `name` as Node finds it from `fromDir`, through every `node_modules` up. */
function findPackageManifest(name: string, fromDir: string): string | undefined {
	for (let dir = fromDir; ; dir = dirname(dir)) {
		const manifest = join(dir, 'node_modules', name, 'package.json');
		if (existsSync(manifest)) return manifest;
		if (dirname(dir) === dir) return undefined;
	}
}

/** The project file a relative or `@/` specifier names, with the extensions our imports leave out. */
function projectModule(root: string, importer: string, specifier: string): string {
	const path = specifier.startsWith('@/')
		? join(root, 'src', specifier.slice(2))
		: resolve(dirname(importer), specifier);
	const found = [path, `${path}.ts`, `${path}.js`, join(path, 'index.ts')].find(
		(candidate) => existsSync(candidate) && extname(candidate) !== '',
	);
	if (!found) throw new Error(`${relative(root, importer)}: не найден модуль ${specifier}`);
	return found;
}

interface Manifest {
	name: string;
	version: string;
	dependencies?: Record<string, string>;
	optionalDependencies?: Record<string, string>;
	peerDependencies?: Record<string, string>;
}

// Installed packages do not change while a build runs, and a closure such as Astro's is 300 of
// them: a build reads each manifest once. Elsewhere (a dev server outlives `npm install`) they
// are read afresh.
const manifestsOfBuild = new Map<string, Promise<Manifest>>();

function readManifest(file: string): Promise<Manifest> {
	const read = () => readFile(file, 'utf8').then((text) => JSON.parse(text) as Manifest);
	if (!cacheSession()?.used) return read();
	let manifest = manifestsOfBuild.get(file);
	if (!manifest) {
		manifest = read();
		manifestsOfBuild.set(file, manifest);
	}
	return manifest;
}

/** Adds `name@version` of the package and of every installed package it depends on. */
async function addPackage(manifestFile: string, packages: Map<string, string>): Promise<void> {
	if (packages.has(manifestFile)) return;
	const manifest = await readManifest(manifestFile);
	packages.set(manifestFile, `${manifest.name}@${manifest.version}`);
	const dependencies = Object.keys({
		...manifest.dependencies,
		...manifest.optionalDependencies,
		...manifest.peerDependencies,
	});
	for (const name of dependencies) {
		// An optional dependency for another platform (resvg's binaries) is not installed.
		const found = findPackageManifest(name, dirname(manifestFile));
		if (found) await addPackage(found, packages);
	}
}

/** Every file under `path` (a file or a folder), absolute. */
async function filesUnder(path: string): Promise<string[]> {
	try {
		const entries = await readdir(path, { recursive: true, withFileTypes: true });
		return entries
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name));
	} catch (error) {
		// A file, not a folder: it is its own list.
		if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [path];
		throw error;
	}
}

/**
 * The files, packages and runtime parts `code` amounts to in the project at `root`. Fails when a
 * declared path or an imported module is missing, rather than leave a dependency out.
 */
export async function resolveDeclaredCode(root: string, code: DeclaredCode): Promise<ResolvedCode> {
	const files = new Set<string>();
	const packages = new Map<string, string>();
	const pending = code.modules.map((module) => resolve(root, module));
	for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
		if (files.has(file)) continue;
		files.add(file);
		if (!SCANNED_EXTENSIONS.has(extname(file))) continue;
		for (const specifier of importSpecifiers(relative(root, file), await readFile(file, 'utf8'))) {
			const bare = specifier.split('?')[0]!;
			if (isBuiltin(bare)) continue;
			if (bare.startsWith('.') || bare.startsWith('@/')) {
				pending.push(projectModule(root, file, bare));
				continue;
			}
			// `astro:content` and the like are Astro's own modules.
			const name = bare.startsWith('astro:') ? 'astro' : packageName(bare);
			const manifest = findPackageManifest(name, dirname(file));
			if (!manifest) throw new Error(`${relative(root, file)}: не установлен пакет ${name}`);
			await addPackage(manifest, packages);
		}
	}
	for (const path of code.files ?? [])
		for (const file of await filesUnder(resolve(root, path))) files.add(file);
	for (const name of code.packages ?? []) {
		const manifest = findPackageManifest(name, root);
		if (!manifest) throw new Error(`не установлен пакет ${name}`);
		await addPackage(manifest, packages);
	}
	return {
		files: [...files].map((file) => relative(root, file).split(sep).join('/')).sort(),
		packages: [...new Set(packages.values())].sort(),
		runtime: (code.runtime ?? []).map((name) => `${name}@${process.versions[name] ?? 'none'}`),
	};
}

// The code does not change while a build runs either: the collections that share a
// declaration (every YAML one) fingerprint it once.
const fingerprintsOfBuild = new Map<string, Promise<string>>();

/**
 * A SHA-256, in hex, of what `code` amounts to in the project at `root`: the path and bytes of
 * each file, each package's name and version and each runtime part's version.
 */
export function codeFingerprint(root: string, code: DeclaredCode): Promise<string> {
	if (!cacheSession()?.used) return computeFingerprint(root, code);
	const key = JSON.stringify([root, code]);
	let fingerprint = fingerprintsOfBuild.get(key);
	if (!fingerprint) {
		fingerprint = computeFingerprint(root, code);
		fingerprintsOfBuild.set(key, fingerprint);
	}
	return fingerprint;
}

async function computeFingerprint(root: string, code: DeclaredCode): Promise<string> {
	const resolved = await resolveDeclaredCode(root, code);
	const hash = createHash('sha256');
	for (const file of resolved.files)
		hash
			.update(`file ${file}\n`)
			.update(await readFile(join(root, file)))
			.update('\n');
	for (const name of [...resolved.packages, ...resolved.runtime]) hash.update(`version ${name}\n`);
	return hash.digest('hex');
}
