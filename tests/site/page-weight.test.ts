import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
	overBudget,
	PAGE_BUDGET,
	pageResources,
	weightByKind,
	type ReadFile,
} from '../../scripts/quality/page-weight.ts';

/**
 * Byte budgets of every page type of the edition (sizes are deterministic, so they may be
 * asserted; timings are measured by `npm run bench:pages`, never here).
 */
const PAGES = [
	'/',
	'/archive/',
	'/articles/kremlin-talks/',
	'/articles/visit-in-numbers/',
	'/articles/how-we-checked-the-report/',
	'/timelines/',
	'/timelines/visit-schedule/',
	'/timelines/russia-belarus/',
	'/people/',
	'/people/lukashenko/',
	'/topics/',
	'/topics/union-state/',
	'/glossary/',
	'/sources/',
	'/about/',
	'/corrections/',
	'/search/',
	'/404.html',
	// The English edition (issue 20) holds to the same budgets.
	'/en/',
	'/en/archive/',
	'/en/articles/kremlin-talks/',
	'/en/articles/visit-in-numbers/',
	'/en/articles/how-we-checked-the-report/',
	'/en/timelines/',
	'/en/timelines/visit-schedule/',
	'/en/people/',
	'/en/people/lukashenko/',
	'/en/topics/union-state/',
	'/en/glossary/',
	'/en/sources/',
	'/en/about/',
	'/en/search/',
	'/en/404/',
];

describe('page weight of the edition', () => {
	const editionDir = inject('editionDir');
	const read: ReadFile = (path) => {
		const file = join(editionDir, path);
		return existsSync(file) ? readFileSync(file) : undefined;
	};

	it.each(PAGES)('%s stays within 40 KB without images and 3 KB of JavaScript', (path) => {
		const weight = weightByKind(pageResources(path, read));

		expect(overBudget(weight, PAGE_BUDGET)).toEqual([]);
	});

	it.each(PAGES)('%s needs no stylesheet request and no web font', (path) => {
		const weight = weightByKind(pageResources(path, read));

		expect(weight.css.files).toBe(0);
		expect(weight.font.files).toBe(0);
	});

	it('loads at most one script on an article, and none on a page that does not need one', () => {
		expect(weightByKind(pageResources('/articles/kremlin-talks/', read)).js.files).toBe(1);
		expect(weightByKind(pageResources('/timelines/visit-schedule/', read)).js.files).toBe(0);
		expect(weightByKind(pageResources('/', read)).js.files).toBe(0);
	});
});
