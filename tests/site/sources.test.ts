import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { uiFor } from '../../src/i18n/dictionaries.ts';
import { SOURCE_KIND_LABELS } from '../../src/model/labels.ts';
import { all, attr, readPage, text } from '../helpers/html.ts';
import { ROOT } from '../helpers/build-site.ts';

/** The fields of a source file these checks read, as written. */
interface SourceFile {
	kind: keyof typeof SOURCE_KIND_LABELS;
	url?: string;
}

const SOURCES_DIR = join(ROOT, 'content/sources');

/** Every source of the edition by id. */
const SOURCES = new Map(
	readdirSync(SOURCES_DIR)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => [
			name.replace(/\.yaml$/, ''),
			parse(readFileSync(join(SOURCES_DIR, name), 'utf8')) as SourceFile,
		]),
);

/** Every HTML page of a built site, as paths relative to it. */
function htmlPages(outDir: string): string[] {
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.html'))
		.map((path) => relative(outDir, join(outDir, path)))
		.sort();
}

/** The source id of a list entry: `source-<id>` in an article's list, `<id>` on /sources/. */
function sourceIdOf(entryId: string): string {
	return entryId.replace(/^source-/, '');
}

describe('sources as the built edition shows them', () => {
	const outDir = inject('editionDir');

	it('shows every source entry of every page with its type label, its real title and its link', async () => {
		const problems: string[] = [];
		let entries = 0;
		for (const path of htmlPages(outDir)) {
			const page = await readPage(outDir, path);
			// An English page labels its sources in English (issue 20).
			const labels = path.startsWith('en/') ? uiFor('en').sourceKinds : SOURCE_KIND_LABELS;
			for (const entry of all(page, '.source-list > li, .sources-index > li')) {
				entries++;
				const id = sourceIdOf(attr(entry, 'id') ?? '');
				const source = SOURCES.get(id);
				if (!source) {
					problems.push(`${path}: entry «${id}» names no file in content/sources/`);
					continue;
				}
				const shown = all(entry, '.source-kind').map(text);
				if (shown.length !== 1 || !shown[0]!.startsWith(labels[source.kind]))
					problems.push(`${path} ${id}: type label ${JSON.stringify(shown)}`);
				if (/[[\]]/.test(text(entry))) problems.push(`${path} ${id}: square brackets`);
				const links = all(entry, 'a').map((link) => attr(link, 'href'));
				if (source.url && !links.includes(source.url))
					problems.push(`${path} ${id}: no link to ${source.url}`);
			}
		}

		expect(entries).toBeGreaterThan(SOURCES.size);
		expect(problems).toEqual([]);
	});

	it('lists every source on /sources/, a copy with its original publisher', async () => {
		const page = await readPage(outDir, 'sources/index.html');

		const ids = all(page, '.sources-index > li').map((entry) => attr(entry, 'id'));
		const copy = all(page, '.sources-index > li').find(
			(entry) => attr(entry, 'id') === 'r10-ria-expanded-talks',
		)!;

		expect(ids.sort()).toEqual([...SOURCES.keys()].sort());
		expect(text(all(copy, '.source-kind')[0]!)).toBe('копия (агрегатор), оригинал: РИА Новости');
	});

	it('labels the sources named under timeline events', async () => {
		const page = await readPage(outDir, 'timelines/russia-belarus/index.html');

		const labels = all(page, '.source-kind').map(text);

		expect(labels.length).toBeGreaterThan(0);
		expect(labels.every((label) => /^\(.+\)$/.test(label))).toBe(true);
	});
});
