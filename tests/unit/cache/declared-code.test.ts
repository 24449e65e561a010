import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { endCacheSession, startCacheSession } from '../../../src/cache/cache-session.ts';
import {
	codeFingerprint,
	resolveDeclaredCode,
	type DeclaredCode,
} from '../../../src/cache/declared-code.ts';

let root: string;

/** Writes `text` to `path` in the temporary project. */
async function put(path: string, text: string): Promise<void> {
	await mkdir(dirname(join(root, path)), { recursive: true });
	await writeFile(join(root, path), text);
}

/** An installed package with a version and dependencies. */
async function installed(
	path: string,
	name: string,
	version: string,
	more: Record<string, unknown> = {},
): Promise<void> {
	await put(`${path}/package.json`, JSON.stringify({ name, version, ...more }));
}

const CODE: DeclaredCode = { modules: ['src/make.ts'] };

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'razbor-declared-code-'));
	await put(
		'src/make.ts',
		[
			"import { readFile } from 'node:fs/promises';",
			"import { helper } from './helper.ts';",
			'import {',
			'\tformat,',
			'\ttype Options,',
			"} from '@/format/text.ts';",
			"import type { Shape } from '../types/shape.ts';",
			"import { toHtml } from 'hast-util-to-html';",
			"import '@scope/styles/reset.css';",
			"export { extra } from './extra.ts';",
			'/** An example, not an import: `import("./example.ts")`. */',
			"// import { old } from './old.ts';",
			"export const later = () => import('./lazy.ts');",
			'export const make = (text: string) => format(helper(text));',
		].join('\n'),
	);
	await put('src/helper.ts', 'export const helper = (text: string) => text;');
	await put('src/format/text.ts', 'export const format = (text: string) => `«${text}»`;');
	await put('src/extra.ts', 'export const extra = 1;');
	await put('src/lazy.ts', 'export const lazy = 1;');
	await put('types/shape.ts', 'export interface Shape { a: 1 }');
	await put('src/unrelated.ts', 'export const unrelated = 1;');
	await installed('node_modules/hast-util-to-html', 'hast-util-to-html', '9.0.6', {
		dependencies: { 'stringify-entities': '^4.0.0' },
		optionalDependencies: { 'binary-for-another-platform': '1.0.0' },
	});
	await installed('node_modules/stringify-entities', 'stringify-entities', '4.0.4');
	await installed('node_modules/@scope/styles', '@scope/styles', '2.0.0');
	await installed('node_modules/unused-package', 'unused-package', '1.0.0');
});

afterEach(async () => {
	endCacheSession();
	await rm(root, { recursive: true, force: true });
});

describe('resolveDeclaredCode', () => {
	test('follows every import that runs, through relative paths and the @/ alias', async () => {
		const { files } = await resolveDeclaredCode(root, CODE);

		expect(files).toEqual([
			'src/extra.ts',
			'src/format/text.ts',
			'src/helper.ts',
			'src/lazy.ts',
			'src/make.ts',
		]);
	});

	test('counts the packages imported, with the packages they depend on, by version', async () => {
		const { packages } = await resolveDeclaredCode(root, CODE);

		expect(packages).toEqual([
			'@scope/styles@2.0.0',
			'hast-util-to-html@9.0.6',
			'stringify-entities@4.0.4',
		]);
	});

	test('adds declared files, folders, packages and runtime parts', async () => {
		await put('config/site.json', '{}');
		await put('config/deep/other.json', '{}');
		await put('astro.config.mjs', "import { everything } from './src/unrelated.ts';");

		const resolved = await resolveDeclaredCode(root, {
			modules: [],
			files: ['config', 'astro.config.mjs'],
			packages: ['unused-package'],
			runtime: ['zlib'],
		});

		// A declared file is hashed as it is: its imports are not followed.
		expect(resolved.files).toEqual([
			'astro.config.mjs',
			'config/deep/other.json',
			'config/site.json',
		]);
		expect(resolved.packages).toEqual(['unused-package@1.0.0']);
		expect(resolved.runtime).toEqual([`zlib@${process.versions.zlib}`]);
	});

	test('fails on an import it cannot follow rather than leave a dependency out', async () => {
		await put('src/helper.ts', 'export const helper = (name: string) => import(`./${name}.ts`);');
		await expect(resolveDeclaredCode(root, CODE)).rejects.toThrow(
			'src/helper.ts: динамический импорт без имени модуля в кавычках',
		);

		await put('src/helper.ts', "import { gone } from './gone.ts';");
		await expect(resolveDeclaredCode(root, CODE)).rejects.toThrow(
			'src/helper.ts: не найден модуль ./gone.ts',
		);

		await put('src/helper.ts', "import { missing } from 'not-installed';");
		await expect(resolveDeclaredCode(root, CODE)).rejects.toThrow(
			'src/helper.ts: не установлен пакет not-installed',
		);
	});

	test('fails with ENOENT when a declared module is missing', async () => {
		await expect(resolveDeclaredCode(root, { modules: ['src/none.ts'] })).rejects.toMatchObject({
			code: 'ENOENT',
		});
	});
});

describe('codeFingerprint', () => {
	test('is a SHA-256, the same while nothing declared changes', async () => {
		const fingerprint = await codeFingerprint(root, CODE);

		expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
		expect(await codeFingerprint(root, CODE)).toBe(fingerprint);
	});

	test.each([
		['a declared module', 'src/make.ts'],
		['a module it imports', 'src/helper.ts'],
		['a module imported through @/', 'src/format/text.ts'],
		['a module loaded with import()', 'src/lazy.ts'],
	])('changes when %s changes', async (_what, path) => {
		const before = await codeFingerprint(root, CODE);

		await put(path, 'export const changed = true;\n');

		expect(await codeFingerprint(root, CODE)).not.toBe(before);
	});

	test('changes with the version of an imported package and of a package it depends on', async () => {
		const before = await codeFingerprint(root, CODE);
		await installed('node_modules/stringify-entities', 'stringify-entities', '4.0.5');
		const dependencyBumped = await codeFingerprint(root, CODE);
		await installed('node_modules/hast-util-to-html', 'hast-util-to-html', '9.0.7');

		expect(dependencyBumped).not.toBe(before);
		expect(await codeFingerprint(root, CODE)).not.toBe(dependencyBumped);
	});

	test.each([
		['a module nothing declared imports', 'src/unrelated.ts'],
		['a module imported for its types only', 'types/shape.ts'],
		['a module named in a comment', 'src/old.ts'],
		['a package nothing imports', 'node_modules/unused-package/package.json'],
	])('stays the same when %s changes', async (_what, path) => {
		const before = await codeFingerprint(root, CODE);

		await put(path, '{"name":"unused-package","version":"9.9.9"}');

		expect(await codeFingerprint(root, CODE)).toBe(before);
	});

	test('is read once per build: the code of a running build is the code it started with', async () => {
		startCacheSession({ root, cacheDir: join(root, 'cache'), recordUses: true });
		const before = await codeFingerprint(root, CODE);

		await put('src/helper.ts', 'export const changed = true;\n');
		await installed('node_modules/stringify-entities', 'stringify-entities', '4.0.5');

		expect(await codeFingerprint(root, CODE)).toBe(before);
		endCacheSession();
		expect(await codeFingerprint(root, CODE)).not.toBe(before);
	});
});
