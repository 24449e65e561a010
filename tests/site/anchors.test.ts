import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContentFile } from '../../src/loaders/content-files.ts';
import { parseDataFile } from '../../src/loaders/parse-entry.ts';
import { createArticleRenderer, readArticle } from '../../src/loaders/read-article.ts';
import { markdownProcessor } from '../../src/markdown/index.ts';
import { articlePageAnchors } from '../../src/model/references.ts';
import { TimelineSchema } from '../../src/schemas/timeline.ts';
import { all, attr, readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/build-site.ts';

/** Event ids of every timeline of content/, as the reference check gets them. */
async function timelineEvents(): Promise<Map<string, string[]>> {
	const folder = join(ROOT, 'content/timelines');
	const events = new Map<string, string[]>();
	for (const name of readdirSync(folder).filter((file) => file.endsWith('.yaml'))) {
		const parsed = parseDataFile(name, await readFile(join(folder, name), 'utf8'), TimelineSchema);
		if (!parsed.ok) throw new Error(`${name} does not parse`);
		events.set(
			name.replace(/\.yaml$/, ''),
			parsed.value.events.map((event) => event.id),
		);
	}
	return events;
}

describe('anchors of the article pages built from content/', () => {
	const editionDir = inject('editionDir');

	it('has on each page every anchor the link check lets a link point at', async () => {
		const folder = join(ROOT, 'content/articles');
		const renderer = await createArticleRenderer(markdownProcessor);
		const events = await timelineEvents();
		const missing: string[] = [];
		let checked = 0;

		for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
			const read = await readArticle(await readContentFile(join(folder, name)), renderer);
			if (!read.ok) throw new Error(`${name} does not read`);
			if (read.value.parsed.data.draft) continue;
			const id = name.replace(/\.md$/, '');
			const page = await readPage(editionDir, `articles/${id}/index.html`);
			const ids = new Set(all(page, '[id]').map((element) => attr(element, 'id')));
			const anchors = articlePageAnchors(
				{ data: read.value.parsed.data, body: read.value.references },
				events,
			);
			for (const anchor of anchors) if (!ids.has(anchor)) missing.push(`${id}#${anchor}`);
			checked += anchors.size;
		}

		expect(missing).toEqual([]);
		// Headings, fact boxes, timelines, charts, maps, sources and changes: a real set, not a few.
		expect(checked).toBeGreaterThan(100);
	});
});
