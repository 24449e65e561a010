import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../helpers/build-site.ts';
import {
	assignedNames,
	commandKey,
	mentionedNpmCommands,
	npmScript,
	readDocs,
	shellBlockCommands,
	stringLiterals,
	type DocFile,
	type ShellCommand,
} from '../../helpers/docs.ts';

/**
 * Every command README.md and docs/ show must exist and run somewhere, so that none can rot
 * unnoticed: in the `npm test` chain, in CI (.ci/run), or in a named test file, which is read to
 * make sure it holds the command. A new command in the docs needs a line here and a test that
 * runs it (tests/site/commands.test.ts runs most of them on small content).
 */

/** The command runs as part of `npm test` (package.json's `test` script). */
const NPM_TEST = 'npm test';
/** CI's entry point runs the command itself. */
const CI = '.ci/run';

/** Where each command the documentation may show is run: `npm test`, CI or a test file. */
const WHERE_COMMANDS_RUN: Readonly<Record<string, string>> = {
	'npm ci': CI,
	'npm test': CI,
	'npm run lint': NPM_TEST,
	'npm run check': NPM_TEST,
	'npm run test:unit': NPM_TEST,
	'npm run test:site': NPM_TEST,
	'npm run test:e2e': NPM_TEST,
	'npm run dev': 'tests/site/commands.test.ts',
	'npm run build': 'tests/site/commands.test.ts',
	'npm run preview': 'tests/site/commands.test.ts',
	'npm run check:links': 'tests/site/commands.test.ts',
	'npm run validate:html': 'tests/site/commands.test.ts',
	'npm run deploy:config': 'tests/site/commands.test.ts',
	'npm run bench:build': 'tests/site/commands.test.ts',
	'npm run bench:cards': 'tests/site/commands.test.ts',
	'npm run bench:pages': 'tests/e2e/commands.test.ts',
	'npm run check:content': 'tests/site/check-content.test.ts',
	'npm run new': 'tests/unit/scripts/new-entry.test.ts',
	'git config core.hooksPath .githooks': 'tests/site/check-content.test.ts',
};

/** Test files the Vitest projects run (tests/vitest.config.ts). */
const TEST_FILE = /^tests\/(?:unit|site|e2e)\/.+\.test\.ts$/;

let docs: DocFile[];
let scripts: Record<string, string>;

beforeAll(async () => {
	docs = await readDocs();
	const packageJson = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
		scripts: Record<string, string>;
	};
	scripts = packageJson.scripts;
});

/** Every command a document shows: its shell blocks and its npm commands elsewhere. */
function documentedCommands(doc: DocFile): ShellCommand[] {
	return [...shellBlockCommands(doc.tree), ...mentionedNpmCommands(doc)];
}

/** The text of every `.ts` and `.mjs` file under `paths` (files or folders of the repository). */
async function readCode(paths: readonly string[]): Promise<string> {
	const files: string[] = [];
	for (const path of paths) {
		if (/\.(?:ts|mjs)$/.test(path)) {
			files.push(path);
			continue;
		}
		const names = await readdir(join(ROOT, path), { recursive: true });
		files.push(
			...names.filter((name) => /\.(?:ts|mjs)$/.test(name)).map((name) => join(path, name)),
		);
	}
	const texts = await Promise.all(files.map((file) => readFile(join(ROOT, file), 'utf8')));
	return texts.join('\n');
}

const show = (command: ShellCommand) => [...command.env, ...command.words].join(' ');

describe('the commands README.md and docs/ show', () => {
	test('are found: the README shows how to install, run and test', () => {
		const readme = docs.find((doc) => doc.path === 'README.md')!;

		const keys = new Set(documentedCommands(readme).map(commandKey));

		expect([...keys]).toEqual(expect.arrayContaining(['npm ci', 'npm run dev', 'npm test']));
	});

	test('run only scripts that package.json has', () => {
		const missing = docs.flatMap((doc) =>
			documentedCommands(doc)
				.filter((command) => command.words[0] === 'npm')
				.filter((command) => {
					const script = npmScript(command);
					return script !== undefined && !(script in scripts);
				})
				.map((command) => `${doc.path}: ${show(command)}`),
		);

		expect([...new Set(missing)]).toEqual([]);
	});

	test('are each run by npm test, by CI or by a named test file', () => {
		const unexercised = docs.flatMap((doc) =>
			documentedCommands(doc)
				.filter((command) => !(commandKey(command) in WHERE_COMMANDS_RUN))
				.map((command) => `${doc.path}: ${show(command)}`),
		);

		expect([...new Set(unexercised)]).toEqual([]);
	});

	test('set only environment variables that the code reads', async () => {
		const names = new Set(
			docs.flatMap((doc) => [
				...documentedCommands(doc).flatMap(assignedNames),
				...[...doc.text.matchAll(/`((?:RAZBOR|CHROMIUM|NGINX|UPDATE)_[A-Z_]+)`/g)].map(
					([, name]) => name!,
				),
			]),
		);
		const code = await readCode(['astro.config.mjs', 'src', 'scripts', 'tests']);

		const unread = [...names].filter((name) => !code.includes(`env['${name}']`));

		expect(names.size).toBeGreaterThan(0);
		expect(unread).toEqual([]);
	});
});

describe('where the documented commands run', () => {
	for (const [command, where] of Object.entries(WHERE_COMMANDS_RUN)) {
		test(`${command}: ${where}`, async () => {
			const script = npmScript({ env: [], words: command.split(' ') });
			if (script !== undefined) expect(scripts, command).toHaveProperty([script]);

			if (where === NPM_TEST) {
				const chain = scripts['test']!.split('&&').map((part) => part.trim());
				expect(chain).toContain(command);
			} else if (where === CI) {
				const lines = (await readFile(join(ROOT, CI), 'utf8'))
					.split('\n')
					.map((line) => line.trim())
					.filter((line) => !line.startsWith('#'));
				expect(lines.some((line) => line === command || line.startsWith(`${command} `))).toBe(true);
			} else {
				expect(where).toMatch(TEST_FILE);
				const source = await readFile(join(ROOT, where), 'utf8');
				// A string in the code, where the test runs it; a comment naming it would not do.
				expect(stringLiterals(source, where)).toContain(command);
			}
		});
	}
});
