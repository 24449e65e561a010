import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
	checkLinks,
	describeLinkProblem,
	type LinkProblem,
	type LinkReport,
} from '../../scripts/quality/link-check.ts';
import { countVnuMessages, formatVnuReport } from '../../scripts/quality/vnu-report.ts';
import { findHtmlFiles, validateHtml } from '../../scripts/quality/vnu.ts';
import { SITE } from '../../src/site.ts';
import { readTree, temporaryDirectory } from '../helpers/build-site.ts';

/**
 * Quality gates over one build of the real content: every page is valid HTML by the Nu Html
 * Checker, every link of the site's own (pages, feeds, sitemap, robots.txt) resolves with its
 * fragment, and every link out is well formed. Warnings and the number of links out are printed.
 */

/** A page with one known error, checked in the same run: a checker that reports nothing fails. */
const CANARY_PAGE =
	'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Проверка</title></head>' +
	'<body><img src="x.png"></body></html>';

/** Problems grouped by link and reason: `«url»: reason (N files: a, b, …)`. */
function byLink(problems: readonly LinkProblem[]): string[] {
	const files = new Map<string, Set<string>>();
	for (const { link, reason, file } of problems) {
		const key = `«${link}»: ${reason}`;
		files.set(key, (files.get(key) ?? new Set()).add(file));
	}
	return [...files].map(([key, where]) => {
		const list = [...where];
		const shown = list.slice(0, 3).join(', ') + (list.length > 3 ? ', …' : '');
		return `${key} (файлов: ${list.length}: ${shown})`;
	});
}

describe('quality of the site built from content/', () => {
	const editionDir = inject('editionDir');
	let files: Map<string, Buffer>;
	let links: LinkReport;

	beforeAll(async () => {
		files = await readTree(editionDir);
		links = checkLinks(files, { siteUrl: SITE.url });
	});

	it('passes the Nu Html Checker on every page without errors, printing its warnings', async () => {
		const pages = await findHtmlFiles(editionDir);
		const canary = join(await temporaryDirectory('razbor-vnu-'), 'canary.html');
		await writeFile(canary, CANARY_PAGE);

		const reports = await validateHtml([...pages.map((page) => join(editionDir, page)), canary]);

		const canaryReport = reports.pop()!;
		expect(canaryReport.errors.map((error) => error.message)).toEqual([
			expect.stringContaining('“alt”'),
		]);
		const site = reports.map((report) => ({
			...report,
			file: relative(editionDir, report.file),
		}));
		expect(site.map((report) => report.file)).toEqual(
			expect.arrayContaining(['index.html', '404.html', 'articles/kremlin-talks/index.html']),
		);
		const warnings = formatVnuReport(site, 'warnings');
		if (warnings !== '') console.warn(`Nu Html Checker, предупреждения:\n${warnings}`);
		expect(countVnuMessages(site).errors, formatVnuReport(site, 'errors')).toBe(0);
	});

	it('has no broken link, image or fragment of its own on any page, feed or sitemap', () => {
		const broken = links.problems.filter((problem) => problem.kind === 'internal');

		// One line per problem, file → place and link → why, so a failure reads as a to-do list.
		expect(broken.map(describeLinkProblem)).toEqual([]);
		// The check saw the links: every page and feed holds some (the search index holds none).
		const unchecked = [...files.keys()].filter(
			(path) =>
				/\.(html|xml|json|txt)$/.test(path) &&
				!path.startsWith('pagefind/') &&
				!links.counts.get(path),
		);
		expect(unchecked).toEqual([]);
	});

	it('links to other sites over the web, mail or phone, without tracking parameters or credentials', () => {
		const badlyFormed = links.problems.filter((problem) => problem.kind === 'external');

		console.log(
			`Внешних ссылок: ${links.external.length}, ` +
				`на ${new Set(links.external.flatMap((link) => link.files)).size} страницах и в лентах.`,
		);
		expect(links.external.length).toBeGreaterThan(0);
		// By link rather than by file: a source cited on many pages is one fix in content/.
		expect(byLink(badlyFormed)).toEqual([]);
	});

	it('publishes the feeds of the site and of every topic, the sitemap and robots.txt, every URL in them resolving', () => {
		const topics = [...files.keys()].flatMap(
			(path) => /^topics\/([^/]+)\/index\.html$/.exec(path)?.[1] ?? [],
		);
		const feeds = ['', ...topics.map((topic) => `topics/${topic}/`)].flatMap((folder) =>
			['rss.xml', 'atom.xml', 'feed.json'].map((file) => `${folder}${file}`),
		);
		const expected = [...feeds, 'sitemap.xml', 'robots.txt'];

		expect(topics.length).toBeGreaterThan(0);
		expect(expected.filter((path) => !files.has(path))).toEqual([]);
		for (const path of expected) expect(links.counts.get(path) ?? 0, path).toBeGreaterThan(0);
		const problems = links.problems.filter(
			(problem) => problem.kind === 'internal' && expected.includes(problem.file),
		);
		expect(problems.map(describeLinkProblem)).toEqual([]);
	});
});
