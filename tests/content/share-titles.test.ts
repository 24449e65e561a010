import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseArticleFile } from '../../src/loaders/parse-entry.ts';
import { shareTitleWarning } from '../../src/og/share-title.ts';

const ARTICLES = fileURLToPath(new URL('../../content/articles/', import.meta.url));

describe('share titles of the edition', () => {
	test('fit a link preview: every article over 70 characters has a shareTitle that fits', () => {
		const files = readdirSync(ARTICLES).filter((name) => name.endsWith('.md'));
		const warnings = files.flatMap((name) => {
			const file = `content/articles/${name}`;
			const parsed = parseArticleFile(file, readFileSync(join(ARTICLES, name), 'utf8'), {
				imageFileExists: (path) => existsSync(join(ARTICLES, path)),
			});
			if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
			return shareTitleWarning(file, parsed.value.data) ?? [];
		});

		expect(files.length).toBeGreaterThan(0);
		expect(warnings).toEqual([]);
	});
});
