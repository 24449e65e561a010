import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../helpers/build-site.ts';

/**
 * The layer rule of eslint.config.js, run through ESLint with the project's own configuration on
 * small sources placed (virtually) in the folders they would live in. `.astro` and `.js` files are
 * linted without type information, so no file has to exist on disk.
 */

const eslint = new ESLint({ cwd: ROOT });

/** The messages of the layer rule for `code` as if it were the file at `filePath`. */
async function layerProblems(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? [])
		.filter(({ ruleId }) => ruleId === 'no-restricted-imports')
		.map(({ message }) => message);
}

const component = (imports: string) => `---\n${imports}\n---\n<p>{x}</p>\n`;

// ESLint with type-aware configuration takes seconds to start on a loaded machine.
describe('layer rule', { timeout: 60_000 }, () => {
	test('refuses a component that imports tooling', async () => {
		const problems = await layerProblems(
			component("import { x } from '../../scripts/quality/link-check.ts';"),
			'src/components/Fixture.astro',
		);

		expect(problems).toEqual([expect.stringContaining('never imports tooling')]);
	});

	test('refuses a lower layer that imports a page-level module', async () => {
		for (const [code, file, upper] of [
			["import { x } from '../view/site-pages.ts';", 'src/model/fixture.js', 'src/view'],
			["import { x } from '@/pages/index.astro';", 'src/format/fixture.js', 'src/pages'],
			[
				"import { x } from '../components/Chart.astro';",
				'src/schemas/fixture.js',
				'src/components',
			],
		]) {
			const problems = await layerProblems(`${code}\nexport { x };\n`, file!);
			expect(problems, file).toEqual([expect.stringContaining(`may not import ${upper!}`)]);
		}
	});

	test('lets a layer import the layers below it', async () => {
		const problems = await layerProblems(
			"import { x } from '../format/dates.ts';\nimport { y } from '@/schemas/article.ts';\nexport { x, y };\n",
			'src/model/fixture.js',
		);

		expect(problems).toEqual([]);
	});

	test('leaves packages whose names contain a layer alone', async () => {
		const problems = await layerProblems(
			"import { file } from 'astro/loaders';\nexport { file };\n",
			'src/model/fixture.js',
		);

		expect(problems).toEqual([]);
	});
});
