import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEntry } from '../../scripts/new-entry/create-entry.ts';
import { ENTRY_KINDS, type EntryKindName } from '../../scripts/new-entry/templates.ts';
import {
	BASE_CONTENT,
	ROOT,
	buildSite,
	copyContent,
	type BuildResult,
} from '../helpers/build-site.ts';
import { one, readPage } from '../helpers/html.ts';

describe('a build of content with one new piece of every kind from npm run new, untouched', () => {
	let result: BuildResult;

	beforeAll(async () => {
		const contentDir = await copyContent(BASE_CONTENT);
		for (const kind of Object.keys(ENTRY_KINDS) as EntryKindName[]) {
			const created = await createEntry({
				kind,
				slug: `new-${kind}`,
				contentDir,
				projectRoot: ROOT,
				now: new Date('2025-03-14T09:00:00Z'),
			});
			if (!created.ok) throw new Error(created.message);
		}
		result = await buildSite({ contentDir });
	});

	it('succeeds', () => {
		expect(result.output).toContain('Complete!');
		expect(result.exitCode).toBe(0);
	});

	it('leaves the new article out of the site, its feeds and sitemap: it is a draft', async () => {
		const feeds = await Promise.all(
			['rss.xml', 'atom.xml', 'feed.json', 'sitemap.xml'].map((file) =>
				readFile(join(result.outDir, file), 'utf8'),
			),
		);

		expect(existsSync(join(result.outDir, 'articles/new-article/index.html'))).toBe(false);
		for (const feed of feeds) expect(feed).not.toContain('new-article');
	});

	it('builds the new person, topic and timeline into pages of their own', () => {
		for (const page of ['people/new-person', 'topics/new-topic', 'timelines/new-timeline'])
			expect(existsSync(join(result.outDir, page, 'index.html')), page).toBe(true);
	});

	it('lists the new term in the glossary and the new source among the sources', async () => {
		const glossary = await readPage(result.outDir, 'glossary/index.html');
		const sources = await readPage(result.outDir, 'sources/index.html');

		expect(one(glossary, '#new-term')).toBeDefined();
		expect(one(sources, '#new-source')).toBeDefined();
	});
});
