import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../helpers/markdown.ts';

/**
 * Each folder of tests/fixtures/markdown/ holds `input.md` and the reviewed `output.html` the
 * real plugin pipeline must produce. `UPDATE_FIXTURES=1` rewrites `output.html` from the current
 * code instead of comparing: review every changed file before committing it.
 */
const FIXTURES = fileURLToPath(new URL('../../fixtures/markdown/', import.meta.url));
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';

const cases = (await readdir(FIXTURES, { withFileTypes: true }))
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();

describe('Markdown fixtures', () => {
	test('cover the directive cases', () => {
		expect(cases).toEqual(
			expect.arrayContaining([
				'citations',
				'fact-box',
				'fact-box-items-and-cites',
				'mixed-article',
				'term-link',
				'timeline-embed',
				'unknown-text-directives',
			]) as string[],
		);
	});

	test.each(cases)('%s/input.md renders as %s/output.html', async (name) => {
		const input = await readFile(join(FIXTURES, name, 'input.md'), 'utf8');
		const outputFile = join(FIXTURES, name, 'output.html');

		const { html } = await renderMarkdown(input, `${name}/input.md`, { rehype: true });

		if (UPDATE) {
			await writeFile(outputFile, `${html}\n`);
			return;
		}
		expect(existsSync(outputFile), `${outputFile} is missing; run with UPDATE_FIXTURES=1`).toBe(
			true,
		);
		expect(`${html}\n`).toBe(await readFile(outputFile, 'utf8'));
	});
});
