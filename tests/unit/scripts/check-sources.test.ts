import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
	checkSources,
	formatSourcesReport,
	readSourceLinks,
	runPolitely,
	type CheckSourcesOptions,
	type SourceLink,
} from '../../../scripts/check-sources/check-sources.ts';
import { readResultCache } from '../../../scripts/check-sources/result-cache.ts';
import { checkUrl, type UrlCheckOptions } from '../../../scripts/check-sources/url-check.ts';
import { temporaryDirectory } from '../../helpers/build-site.ts';
import { runNpm } from '../../helpers/npm.ts';

/** Temporary folders made by the tests, removed at the end. */
const folders: string[] = [];

/** A new temporary folder, removed when the tests end. */
async function temporaryFolder(prefix: string): Promise<string> {
	const folder = await temporaryDirectory(prefix);
	folders.push(folder);
	return folder;
}

/** Each request the server got: method and path. */
const requests: string[] = [];
/** The most requests the server had in flight at once. */
let maxInFlight = 0;
let inFlight = 0;
/** Requests that are never answered (the timeout case), ended when the server stops. */
const held: ServerResponse[] = [];

/** The pages of the test site: each route answers as a real site might. */
function answer(request: IncomingMessage, response: ServerResponse): void {
	const path = request.url ?? '/';
	requests.push(`${request.method ?? '?'} ${path}`);
	const send = (status: number, headers: Record<string, string> = {}) => {
		response.writeHead(status, { 'content-type': 'text/html', ...headers });
		response.end(request.method === 'GET' ? '<p>страница</p>' : undefined);
	};
	if (path === '/slow') {
		held.push(response);
		return;
	}
	if (path.startsWith('/hold/')) {
		// Long enough for the checker to start every request it is allowed to at once.
		inFlight += 1;
		maxInFlight = Math.max(maxInFlight, inFlight);
		setTimeout(() => {
			inFlight -= 1;
			send(200);
		}, 40);
		return;
	}
	// Status and, for a redirect, where to: a relative or an absolute `Location`, as sites send both.
	const routes: Record<string, [number, string?]> = {
		'/ok': [200],
		'/new': [200],
		'/missing': [404],
		'/broken': [500],
		'/forbidden': [403],
		'/head-refused': [request.method === 'HEAD' ? 405 : 200],
		'/old': [301, '/older-step'],
		'/older-step': [308, `${base}/new`],
		'/temporary': [302, '/ok'],
		'/moved-then-temporary': [301, '/temporary'],
		'/moved-to-missing': [301, '/missing'],
		'/loop': [301, '/loop-back'],
		'/loop-back': [301, '/loop'],
	};
	const [status, location] = routes[path] ?? [404];
	send(status, location ? { location } : {});
}

let server: Server;
let base: string;
/** An address where nothing listens: a connection is refused. */
let closedPort: string;

const OPTIONS: UrlCheckOptions = { timeoutMs: 500, maxRedirects: 5, userAgent: 'RazborTest/1' };

beforeAll(async () => {
	server = createServer(answer);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const closed = createServer();
	await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
	closedPort = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
	await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
	for (const response of held) response.destroy();
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
	await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

beforeEach(() => {
	requests.length = 0;
	maxInFlight = 0;
});

describe('checkUrl against a local site', () => {
	test('finds a page that answers 200 with one HEAD request', async () => {
		expect(await checkUrl(`${base}/ok`, OPTIONS)).toEqual({ outcome: 'ok', status: 200 });
		expect(requests).toEqual(['HEAD /ok']);
	});

	test.each([
		['/missing', 404],
		['/broken', 500],
		['/forbidden', 403],
	])('reports %s as dead with its status', async (path, status) => {
		expect(await checkUrl(`${base}${path}`, OPTIONS)).toEqual({ outcome: 'dead', status });
	});

	test('asks with GET when the server refuses HEAD', async () => {
		expect(await checkUrl(`${base}/head-refused`, OPTIONS)).toEqual({ outcome: 'ok', status: 200 });
		expect(requests).toEqual(['HEAD /head-refused', 'GET /head-refused']);
	});

	test('follows a chain of permanent moves to the new address', async () => {
		expect(await checkUrl(`${base}/old`, OPTIONS)).toEqual({
			outcome: 'moved',
			status: 301,
			newUrl: `${base}/new`,
		});
	});

	test('keeps the address of a temporary redirect, and stops the new address where moves turn temporary', async () => {
		expect(await checkUrl(`${base}/temporary`, OPTIONS)).toEqual({ outcome: 'ok', status: 200 });
		expect(await checkUrl(`${base}/moved-then-temporary`, OPTIONS)).toEqual({
			outcome: 'moved',
			status: 301,
			newUrl: `${base}/temporary`,
		});
	});

	test('reports a move that ends at a missing page as dead', async () => {
		expect(await checkUrl(`${base}/moved-to-missing`, OPTIONS)).toEqual({
			outcome: 'dead',
			status: 404,
		});
	});

	test('stops at a redirect loop', async () => {
		expect(await checkUrl(`${base}/loop`, OPTIONS)).toEqual({ outcome: 'redirect-loop' });
	});

	test('gives up on a page that does not answer in time, asking once', async () => {
		expect(await checkUrl(`${base}/slow`, OPTIONS)).toEqual({ outcome: 'timeout' });
		expect(requests).toEqual(['HEAD /slow']);
	});

	test('reports a host that does not exist (.invalid never resolves)', async () => {
		expect(await checkUrl('http://nowhere.invalid/page', OPTIONS)).toEqual({ outcome: 'dns' });
	});

	test('reports a refused connection', async () => {
		expect(await checkUrl(`${closedPort}/page`, OPTIONS)).toEqual({
			outcome: 'unreachable',
			detail: 'ECONNREFUSED',
		});
	});
});

describe('checkSources', () => {
	let cacheDir: string;
	let options: CheckSourcesOptions;

	beforeEach(async () => {
		cacheDir = await temporaryFolder('razbor-sources-cache-');
		options = {
			...OPTIONS,
			concurrency: 6,
			perHost: 2,
			cacheFile: join(cacheDir, 'results.json'),
			maxAgeMs: 60_000,
			now: new Date('2025-03-14T09:00:00Z'),
			probes: 3,
		};
	});

	const link = (url: string, file = 'content/sources/a.yaml', line = 6): SourceLink => ({
		file,
		line,
		url,
	});

	test('asks an address shared by two sources once', async () => {
		const report = await checkSources(
			[link(`${base}/ok`, 'content/sources/a.yaml'), link(`${base}/ok`, 'content/sources/b.yaml')],
			options,
		);

		expect(requests).toEqual(['HEAD /ok']);
		expect(report.results.get(`${base}/ok`)).toEqual({ outcome: 'ok', status: 200 });
	});

	test('keeps to the limit of requests in flight to one site', async () => {
		const urls = Array.from({ length: 6 }, (_, index) => link(`${base}/hold/${index}`));

		await checkSources(urls, options);

		expect(requests).toHaveLength(6);
		expect(maxInFlight).toBeGreaterThan(0);
		expect(maxInFlight).toBeLessThanOrEqual(options.perHost);
	});

	test('answers from the cache the second time, asking the site nothing', async () => {
		const links = [link(`${base}/ok`), link(`${base}/missing`), link(`${base}/old`)];
		const first = await checkSources(links, options);
		const asked = requests.length;

		const second = await checkSources(links, options);

		expect(asked).toBeGreaterThan(0);
		expect(requests).toHaveLength(asked);
		expect(second.fromCache).toBe(3);
		expect(second.results).toEqual(first.results);
	});

	test('asks again once a cached answer is older than the age limit', async () => {
		const links = [link(`${base}/ok`)];
		await checkSources(links, options);

		await checkSources(links, { ...options, now: new Date(options.now.getTime() + 61_000) });

		expect(requests).toEqual(['HEAD /ok', 'HEAD /ok']);
	});

	test('does not remember a timeout: the site may answer next time', async () => {
		await checkSources([link(`${base}/ok`), link(`${base}/slow`)], options);

		const cache = await readResultCache(options.cacheFile);

		expect([...cache.keys()]).toEqual([`${base}/ok`]);
	});

	test('says there is no network when no host answers at all, and remembers nothing', async () => {
		const links = [
			link('http://first.invalid/a'),
			link('http://second.invalid/b'),
			link('http://third.invalid/c'),
			link('http://fourth.invalid/d'),
		];

		const report = await checkSources(links, options);

		expect(report.offline).toBe(true);
		expect(report.asked).toBe(3);
		expect(formatSourcesReport(report, options.timeoutMs)).toEqual({
			lines: ['Нет сети: ни один сайт не ответил, ссылки источников не проверены.'],
			exitCode: 0,
		});
		expect(existsSync(options.cacheFile)).toBe(false);
	});

	test('reports dead links and moves per source file, in Russian, and exits with 1', async () => {
		const links = [
			link(`${base}/ok`, 'content/sources/fine.yaml', 5),
			link(`${base}/missing`, 'content/sources/gone.yaml', 6),
			link(`${base}/old`, 'content/sources/moved.yaml', 7),
			link('http://nowhere.invalid/page', 'content/sources/no-site.yaml', 4),
			link(`${base}/slow`, 'content/sources/slow.yaml', 8),
			link(`${base}/broken`, 'content/sources/broken.yaml', 6),
		];

		const report = await checkSources(links, options);
		const { lines, exitCode } = formatSourcesReport(report, 10_000);

		expect(lines).toEqual([
			`content/sources/gone.yaml:6 url: страница не найдена (404): ${base}/missing [razbor:dead-link]`,
			`content/sources/moved.yaml:7 url: адрес переехал навсегда (301): замените ${base}/old на ${base}/new [razbor:moved-link]`,
			'content/sources/no-site.yaml:4 url: сайта nowhere.invalid нет: его имя не находится (DNS), ссылка не работает: http://nowhere.invalid/page [razbor:dead-link]',
			`content/sources/slow.yaml:8 url: сайт не ответил за 10 с: ${base}/slow [razbor:dead-link]`,
			`content/sources/broken.yaml:6 url: сайт ответил ошибкой 500: ${base}/broken [razbor:dead-link]`,
			'Проверено адресов: 6 (из кеша: 0); не работают: 4; переехали: 1.',
		]);
		expect(exitCode).toBe(1);
	});

	test('exits with 0 when links only moved', async () => {
		const report = await checkSources([link(`${base}/old`)], options);

		expect(formatSourcesReport(report, 10_000).exitCode).toBe(0);
	});
});

describe('runPolitely', () => {
	test('runs every task once and keeps to the overall limit', async () => {
		let running = 0;
		let most = 0;
		const urls = Array.from({ length: 10 }, (_, index) => `https://site-${index}.example/`);

		const results = await runPolitely(urls, { concurrency: 3, perHost: 2 }, async (url) => {
			running += 1;
			most = Math.max(most, running);
			await Promise.resolve();
			running -= 1;
			return url.length;
		});

		expect([...results.keys()].sort()).toEqual([...urls].sort());
		expect(most).toBeLessThanOrEqual(3);
	});
});

describe('readSourceLinks', () => {
	test('takes the url of every source file with its line, and skips a source without one', async () => {
		const contentDir = await temporaryFolder('razbor-sources-');
		await mkdir(join(contentDir, 'sources'));
		await writeFile(
			join(contentDir, 'sources/kremlin.yaml'),
			'publisher: Кремль\ntitle: Переговоры\ndate: 2025-03-13\nkind: official\nurl: https://example.org/talks\n',
		);
		await writeFile(
			join(contentDir, 'sources/paper.yaml'),
			'publisher: Газета\ntitle: Статья\ndate: undated\nkind: media\n',
		);

		const links = await readSourceLinks(contentDir);

		expect(links).toEqual([
			{
				file: expect.stringMatching(/sources\/kremlin\.yaml$/) as string,
				line: 5,
				url: 'https://example.org/talks',
			},
		]);
	});
});

describe('npm run check:sources', () => {
	test('prints the problems of the content folder and exits with 1', async () => {
		const folder = await temporaryFolder('razbor-sources-cli-');
		const contentDir = join(folder, 'content');
		await mkdir(join(contentDir, 'sources'), { recursive: true });
		const source = (path: string) =>
			`publisher: Сайт\ntitle: Страница\ndate: 2025-03-13\nkind: media\nurl: ${base}${path}\n`;
		await writeFile(join(contentDir, 'sources/fine.yaml'), source('/ok'));
		await writeFile(join(contentDir, 'sources/gone.yaml'), source('/missing'));

		const run = await runNpm('npm run check:sources', {
			env: { RAZBOR_CONTENT_DIR: contentDir, RAZBOR_CACHE_DIR: join(folder, 'cache') },
		});

		expect(run.output).toMatch(/gone\.yaml:5 url: страница не найдена \(404\)/);
		expect(run.output).toContain(
			'Проверено адресов: 2 (из кеша: 0); не работают: 1; переехали: 0.',
		);
		expect(run.exitCode).toBe(1);
		expect(existsSync(join(folder, 'cache/source-links/results.json'))).toBe(true);
		expect(
			JSON.parse(await readFile(join(folder, 'cache/source-links/results.json'), 'utf8')),
		).toHaveProperty(`${base}/ok`);
	});
});
