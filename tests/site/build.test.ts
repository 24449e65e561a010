import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	BASE_CONTENT,
	buildSite,
	copyContent,
	readTree,
	temporaryDirectory,
	type BuildResult,
} from '../helpers/build-site.ts';
import { all, attr, one, readPage, text } from '../helpers/html.ts';
import { indexedPages } from '../helpers/search-index.ts';
import { diffTrees } from '../helpers/tree-diff.ts';

/** A digest of every file under a folder, to prove the build did not touch it. */
async function treeDigest(directory: string): Promise<string> {
	const hash = createHash('sha256');
	for (const [path, bytes] of await readTree(directory)) hash.update(path).update(bytes);
	return hash.digest('hex');
}

describe('a build of the base fixture content', () => {
	let contentDir: string;
	let contentDigestBefore: string;
	let result: BuildResult;

	beforeAll(async () => {
		contentDir = await copyContent(BASE_CONTENT);
		contentDigestBefore = await treeDigest(contentDir);
		result = await buildSite({ contentDir, env: { TZ: 'UTC' } });
	});

	it('warns about no source when every source is cited', () => {
		expect(result.output).not.toMatch(/ни разу не процитирован/);
	});

	it('succeeds', () => {
		expect(result.output).toContain('Complete!');
		expect(result.exitCode).toBe(0);
	});

	it('renders a fact box as an aside with a definition list whose numbers cite sources', async () => {
		const page = await readPage(result.outDir, 'articles/sample-news/index.html');
		const box = one(page, 'aside.fact-box#fact-trade');
		expect(attr(box, 'ariaLabelledBy')).toBe('fact-trade-title');
		expect(text(one(box, '#fact-trade-title'))).toBe('Торговля');
		expect(all(box, 'dl > div > dt').map(text)).toEqual(['50 млрд $', 'рекорд']);
		const cite = one(box, 'dd sup.cite a');
		expect(attr(cite, 'href')).toBe('#source-sample-kremlin');
	});

	it('embeds the timeline from its YAML as an ordered list with machine-readable dates', async () => {
		const page = await readPage(result.outDir, 'articles/sample-news/index.html');
		const events = all(page, 'section.timeline ol.timeline__events > li');
		expect(events.map((event) => attr(event, 'id'))).toEqual([
			'sample-visit-union-treaty',
			'sample-visit-flight',
			'sample-visit-landing',
			'sample-visit-early-voting',
		]);
		const times = all(page, 'section.timeline time');
		expect(times.map((time) => attr(time, 'dateTime'))).toEqual([
			'1999-12-08',
			'2025-03-13',
			'2025-03-13T10:00:00+03:00',
			'2025-03-14',
		]);
		expect(times.map(text)).toEqual([
			'8 декабря 1999',
			'13 марта 2025, утро',
			'13 марта 2025, около 10:00 МСК',
			'14–15 марта 2025',
		]);
		expect(text(one(page, '#sample-visit-landing .timeline__sources'))).toBe(
			'Источники: Тестовое агентство (государственное СМИ), Кремль (официальный источник)',
		);
	});

	it('numbers citations by first appearance and links each to an entry of the sources list', async () => {
		const page = await readPage(result.outDir, 'articles/sample-news/index.html');
		const citations = all(page, '.article__body sup.cite a');
		expect(citations.map(text)).toEqual(['[1]', '[1]', '[1]', '[2]']);
		const listed = all(page, 'ol.source-list > li').map((item) => attr(item, 'id'));
		expect(listed).toEqual(['source-sample-kremlin', 'source-sample-agency']);
		for (const citation of citations) expect(listed).toContain(attr(citation, 'href')?.slice(1));
	});

	it('links a term to its anchor on the glossary page', async () => {
		const page = await readPage(result.outDir, 'articles/sample-news/index.html');
		const link = one(page, 'a.term');
		expect(attr(link, 'href')).toBe('/glossary/#union-state');
		const glossary = await readPage(result.outDir, 'glossary/index.html');
		expect(text(one(glossary, '#union-state dt'))).toBe('Союзное государство');
	});

	it('writes unknown text directives back as text', async () => {
		const page = await readPage(result.outDir, 'articles/sample-news/index.html');
		expect(text(one(page, '.article__body'))).toContain('Время встречи: 15:00, повестка:важное.');
	});

	it('shows publication and update times in Moscow time with offsets', async () => {
		const page = await readPage(result.outDir, 'articles/sample-news/index.html');
		const times = all(page, '.article__dates time');
		expect(times.map((time) => attr(time, 'dateTime'))).toEqual([
			'2025-03-13T12:00:00+03:00',
			'2025-03-14T09:30:00+03:00',
		]);
		expect(times.map(text)).toEqual(['13 марта 2025, 12:00 МСК', '14 марта 2025, 09:30 МСК']);
		expect(text(one(page, '.article__updates'))).toContain(
			'исправление: Исправлена дата в третьем абзаце.',
		);
	});

	it('keeps drafts out of the production build', async () => {
		expect(existsSync(join(result.outDir, 'articles/sample-draft'))).toBe(false);
		const home = await readPage(result.outDir, 'index.html');
		const articleLinks = new Set(
			all(home, 'main a[href^="/articles/"]').map((link) => attr(link, 'href')),
		);
		expect([...articleLinks]).toEqual(['/articles/sample-news/']);
	});

	it('has no «Черновик» anywhere: no draft, no banner, no card marker, not in the search index', async () => {
		const textFile = /\.(?:html|xml|json|txt|xsl|css|js|webmanifest)$/;
		const files = [...(await readTree(result.outDir))].filter(([path]) => textFile.test(path));
		const indexed = await indexedPages(result.outDir);
		const mentions = [
			...files
				.filter(([, bytes]) => /черновик/i.test(bytes.toString('utf8')))
				.map(([path]) => path),
			...indexed.filter((page) => /черновик/i.test(page.content)).map((page) => page.url),
		];

		expect(files.some(([path]) => path === 'articles/sample-news/index.html')).toBe(true);
		expect(indexed.length).toBeGreaterThan(0);
		expect(mentions).toEqual([]);
	});

	it('does not modify the content files', async () => {
		expect(await treeDigest(contentDir)).toBe(contentDigestBefore);
	});

	it('produces byte-identical output in two clean builds, even under a very different TZ', async () => {
		// Both builds start from nothing: `result` got buildSite's default, a new output and a new
		// cache folder; this one gets its own, named here so that no future default can make the
		// two share a content store, share images or a search index.
		const scratch = await temporaryDirectory('razbor-reproducible-');
		const other = await buildSite({
			contentDir,
			outDir: join(scratch, 'dist'),
			cacheDir: join(scratch, 'cache'),
			env: { TZ: 'Pacific/Kiritimati' },
		});
		expect(other.exitCode).toBe(0);

		const first = await readTree(result.outDir);
		const difference = diffTrees(first, await readTree(other.outDir));

		expect(difference).toEqual({ onlyInFirst: [], onlyInSecond: [], changed: [] });
		// Every kind of output took part: pages, feeds, share images and the search index.
		expect([...first.keys()]).toEqual(
			expect.arrayContaining([
				'index.html',
				'articles/sample-news/index.html',
				'rss.xml',
				'sitemap.xml',
				'og/articles/sample-news.png',
				'pagefind/pagefind-entry.json',
			]),
		);
	});

	it('leaves the previous site untouched when a later build fails', async () => {
		const before = await readTree(result.outDir);
		const broken = await copyContent(BASE_CONTENT);
		const article = join(broken, 'articles/sample-news.md');
		await writeFile(
			article,
			(await readFile(article, 'utf8')).replace(
				'published: 2025-03-13T12:00:00+03:00',
				'published: вчера',
			),
		);

		const failed = await buildSite({ contentDir: broken, outDir: result.outDir });

		expect(failed.exitCode).toBe(1);
		expect(failed.output).toContain('Сборка остановлена');
		expect(await readTree(result.outDir)).toEqual(before);
	});

	it('stops the pages, says why and keeps the previous site when the share images cannot be drawn', async () => {
		const before = await readTree(result.outDir);
		const cacheDir = await temporaryDirectory('razbor-cache-');
		// A file where the share images' cache folder should be: every drawing fails.
		await writeFile(join(cacheDir, 'og'), 'not a folder');

		const failed = await buildSite({ contentDir, outDir: result.outDir, cacheDir });

		expect(failed.exitCode).toBe(1);
		expect(failed.output).toContain('Сборка остановлена, сайт в dist/ не изменён.');
		expect(failed.output).toContain('Внутренняя ошибка сборки');
		expect(failed.output).not.toContain('Complete!');
		expect(await readTree(result.outDir)).toEqual(before);
		expect(existsSync(join(result.outDir, '..', '.dist-staging'))).toBe(false);
	});

	it('refuses to build while another build holds the folder, and leaves that build alone', async () => {
		const before = await readTree(result.outDir);
		const lockFile = join(result.outDir, '..', '.dist.lock');
		// A build that is still running: this test's own process stands in for it.
		await writeFile(lockFile, `${process.pid}\n`);

		try {
			const refused = await buildSite({ contentDir, outDir: result.outDir });

			expect(refused.exitCode).toBe(1);
			expect(refused.output).toContain('Сборка остановлена, сайт в dist/ не изменён.');
			expect(refused.output).toContain(
				`В dist/ уже идёт другая сборка (процесс ${process.pid}): дождитесь её окончания или остановите её`,
			);
			expect(refused.output).not.toContain('Внутренняя ошибка');
			expect(await readTree(result.outDir)).toEqual(before);
			expect(await readFile(lockFile, 'utf8')).toBe(`${process.pid}\n`);
		} finally {
			await rm(lockFile, { force: true });
		}
		// Once that build is over, the next one runs and lets the folder go again.
		const next = await buildSite({ contentDir, outDir: result.outDir });
		expect(next.exitCode, next.output).toBe(0);
		expect(existsSync(lockFile)).toBe(false);
	});
});

describe('a rebuild that reuses the content cache', () => {
	it('shows the edited timeline on every page that embeds it', async () => {
		const contentDir = await copyContent(BASE_CONTENT);
		const cacheDir = await temporaryDirectory('razbor-cache-');
		const first = await buildSite({ contentDir, cacheDir });
		expect(first.exitCode).toBe(0);
		const timeline = join(contentDir, 'timelines/sample-visit.yaml');
		await writeFile(
			timeline,
			(await readFile(timeline, 'utf8')).replace(
				'title: Посадка во Внукове',
				'title: Посадка в аэропорту Внуково',
			),
		);

		const second = await buildSite({ contentDir, cacheDir });

		expect(second.exitCode).toBe(0);
		const article = await readPage(second.outDir, 'articles/sample-news/index.html');
		expect(text(one(article, '#sample-visit-landing h3'))).toBe('Посадка в аэропорту Внуково');
		const timelinePage = await readPage(second.outDir, 'timelines/sample-visit/index.html');
		expect(text(one(timelinePage, '#sample-visit-landing h2, #sample-visit-landing h3'))).toBe(
			'Посадка в аэропорту Внуково',
		);
		// The feeds' full text comes from the cache of the first build unless its input changed.
		for (const feed of ['rss.xml', 'atom.xml', 'feed.json']) {
			const body = (await readFile(join(second.outDir, feed), 'utf8')).replaceAll('\u00A0', ' ');
			expect(body, feed).toContain('Посадка в аэропорту Внуково');
			expect(body, feed).not.toContain('Посадка во Внукове');
		}
	});

	it('keeps article bodies out of the content store and renders one again when its file is gone', async () => {
		const contentDir = await copyContent(BASE_CONTENT);
		const cacheDir = await temporaryDirectory('razbor-cache-');
		const first = await buildSite({ contentDir, cacheDir });
		expect(first.exitCode, first.output).toBe(0);
		const pageBefore = await readFile(join(first.outDir, 'articles/sample-news/index.html'));
		const store = await readFile(join(cacheDir, 'data-store.json'), 'utf8');
		const bodies = join(cacheDir, 'article-bodies');
		const bodyFiles = await readdir(bodies);
		// The store names each body's file; the text of a body is only in that file.
		expect(bodyFiles.length).toBeGreaterThan(0);
		expect(store).toContain(bodyFiles[0]);
		const texts = await Promise.all(bodyFiles.map((file) => readFile(join(bodies, file), 'utf8')));
		expect(texts.some((body) => body.startsWith('<p>Переговоры прошли'))).toBe(true);
		expect(store).not.toContain('Переговоры прошли');
		await rm(bodies, { recursive: true });

		const second = await buildSite({ contentDir, cacheDir, outDir: first.outDir });

		expect(second.exitCode, second.output).toBe(0);
		expect(await readFile(join(first.outDir, 'articles/sample-news/index.html'))).toEqual(
			pageBefore,
		);
		expect((await readdir(bodies)).sort()).toEqual(bodyFiles.sort());
	});

	it('still refuses an article whose directive is broken, on the clean build and on the cached one', async () => {
		const contentDir = await copyContent(BASE_CONTENT);
		const cacheDir = await temporaryDirectory('razbor-cache-');
		expect((await buildSite({ contentDir, cacheDir })).exitCode).toBe(0);
		const article = join(contentDir, 'articles/sample-news.md');
		await writeFile(article, `${await readFile(article, 'utf8')}\n::timeline\n`);
		const expected =
			/articles\/sample-news\.md:\d+:1 у хроники нет id: напишите ::timeline\{#id-хроники\} \[razbor:timeline-id\]/;

		const clean = await buildSite({ contentDir, cacheDir });
		const cached = await buildSite({ contentDir, cacheDir });

		expect(clean.exitCode).toBe(1);
		expect(clean.output).toMatch(expected);
		expect(cached.exitCode).toBe(1);
		expect(cached.output).toMatch(expected);
		expect(existsSync(cached.outDir)).toBe(false);
	});

	it('refuses a cached article once an entry it cites is deleted', async () => {
		const contentDir = await copyContent(BASE_CONTENT);
		const cacheDir = await temporaryDirectory('razbor-cache-');
		expect((await buildSite({ contentDir, cacheDir })).exitCode).toBe(0);
		const { rm } = await import('node:fs/promises');
		await rm(join(contentDir, 'sources/sample-agency.yaml'));

		const rebuilt = await buildSite({ contentDir, cacheDir });

		expect(rebuilt.exitCode).toBe(1);
		expect(rebuilt.output).toMatch(
			/articles\/sample-news\.md:\d+ sources\[0\]: нет записи «sample-agency» в content\/sources\//,
		);
		expect(rebuilt.output).toMatch(
			/timelines\/sample-visit\.yaml:\d+ events\[0\]\.sources\[0\]: нет записи «sample-agency»/,
		);
	});

	it('warns, one line each, about a source that nothing cites, and still builds', async () => {
		const contentDir = await copyContent(BASE_CONTENT);
		await writeFile(
			join(contentDir, 'sources/sample-uncited.yaml'),
			'publisher: ТАСС\ntitle: Никем не процитированная заметка\ndate: 2025-03-13\nkind: state-media\nlang: ru\n',
		);

		const built = await buildSite({ contentDir });

		expect(built.exitCode).toBe(0);
		expect(built.output).toMatch(
			/\[razbor:citations\] content\/sources\/sample-uncited\.yaml: источник ни разу не процитирован/,
		);
		expect(built.output).not.toMatch(/sample-agency\.yaml: источник ни разу/);
	});
});
