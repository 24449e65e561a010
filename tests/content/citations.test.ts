import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findUncitedSources } from '../../src/model/references.ts';
import type { Chart } from '../../src/schemas/chart.ts';
import type { Timeline } from '../../src/schemas/timeline.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** The names of a content folder's files with `extension`, sorted. */
function filesOf(folder: string, extension: string): string[] {
	return readdirSync(`${CONTENT}${folder}`)
		.filter((name) => name.endsWith(extension))
		.sort();
}

/** The ids a body cites with `:cite{#id}`, fact boxes included (they cite the same way). */
function citationsOf(markdown: string): string[] {
	return [...markdown.matchAll(/:cite\{#([a-z0-9-]+)\}/g)].map(([, id]) => id!);
}

describe('the edition’s sources', () => {
	const articles = filesOf('articles', '.md').map((name) => ({
		citations: citationsOf(readFileSync(`${CONTENT}articles/${name}`, 'utf8')),
	}));
	const yamlOf = <T>(folder: string) =>
		filesOf(folder, '.yaml').map((name) => parse(readFileSync(`${CONTENT}${folder}/${name}`, 'utf8')) as T);
	const sources = filesOf('sources', '.yaml').map((name) => name.replace(/\.yaml$/, ''));

	test('reads citations from the articles', () => {
		expect(articles.flatMap(({ citations }) => citations).length).toBeGreaterThan(50);
	});

	test('every source in content/sources/ is cited at least once', () => {
		const uncited = findUncitedSources({
			articles,
			timelines: yamlOf<Pick<Timeline, 'events'>>('timelines'),
			charts: yamlOf<Pick<Chart, 'bars'>>('charts'),
			sources,
		});

		expect(uncited).toEqual([]);
	});
});
