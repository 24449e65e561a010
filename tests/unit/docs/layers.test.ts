import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../helpers/build-site.ts';

/**
 * The layer table of docs/architecture.md says what eslint.config.js enforces: for every layer,
 * a source importing every other layer is linted with the project's configuration as a file of
 * that layer, and the imports the rule lets through must be the ones the table lists.
 */

/** One row of the table: `| \`src/model/\` | … | markdown, problems, \`site.ts\` |`. */
const ROW = /^\| `src\/([a-z0-9]+)\/` +\|.*\| ([^|]+?) +\|$/;

/** Folders of src/ that hold no code of a layer. */
const NOT_LAYERS: ReadonlySet<string> = new Set(['styles', 'types']);

const eslint = new ESLint({ cwd: ROOT });

let table: Map<string, string[]>;

beforeAll(async () => {
	const architecture = await readFile(join(ROOT, 'docs/architecture.md'), 'utf8');
	table = new Map(
		architecture
			.split('\n')
			.map((line) => ROW.exec(line))
			.filter((match) => match !== null)
			.map(([, layer, cell]) => [
				layer!,
				cell === '—' ? [] : cell!.split(', ').map((name) => name.replaceAll('`', '')),
			]),
	);
});

/** The layers `layer` may import according to the project's ESLint configuration. */
async function allowedByLint(layer: string, candidates: readonly string[]): Promise<string[]> {
	const others = candidates.filter((other) => other !== layer);
	const specifier = (other: string) => (other.endsWith('.ts') ? `../${other}` : `../${other}/x.ts`);
	const code = others
		.map((other, index) => `import * as m${index} from '${specifier(other)}';`)
		.concat(`export { ${others.map((_, index) => `m${index}`).join(', ')} };`)
		.join('\n');
	const [result] = await eslint.lintText(code, { filePath: `src/${layer}/fixture.js` });
	const refused = new Set(
		(result?.messages ?? [])
			.filter(({ ruleId }) => ruleId === 'no-restricted-imports')
			.map(({ message }) => /may not import src\/([\w.]+)/.exec(message)?.[1]),
	);
	return others.filter((other) => !refused.has(other));
}

describe('the layers of docs/architecture.md', () => {
	test('have a row for every folder of src/ that holds code', async () => {
		const folders = (await readdir(join(ROOT, 'src'), { withFileTypes: true }))
			.filter((entry) => entry.isDirectory() && !NOT_LAYERS.has(entry.name))
			.map((entry) => entry.name);

		expect([...table.keys()].sort()).toEqual(folders.sort());
	});

	// Lints a fixture per layer pair with the project configuration: seconds on a loaded machine.
	test('may import what the lint rule lets them import, and nothing else', async () => {
		const candidates = [...table.keys(), 'site.ts'];
		const differences: string[] = [];
		for (const [layer, documented] of table) {
			const allowed = await allowedByLint(layer, candidates);
			if (allowed.sort().join() !== [...documented].sort().join())
				differences.push(
					`${layer}: docs say ${documented.join(', ')}; lint allows ${allowed.join(', ')}`,
				);
		}

		expect(table.size).toBeGreaterThan(10);
		expect(differences).toEqual([]);
	}, 60_000);
});
