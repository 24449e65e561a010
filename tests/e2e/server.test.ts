import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	contentTypeFor,
	HSTS,
	IMMUTABLE,
	isTextType,
	MEDIA_TYPES,
	MEDIA_TYPES_BY_NAME,
	REVALIDATE,
	SECURITY_HEADERS,
} from '../../deploy/headers.ts';
import { temporaryDirectory } from '../helpers/build-site.ts';
import { startNginx, stopNginx, type NginxServer } from '../helpers/nginx.ts';
import { openPage, PAGE_TYPES, useSite, visit } from './site.ts';

/**
 * The built site as nginx serves it with deploy/nginx/site.conf: headers, content types,
 * compression, caching, the 404 page and canonical URLs over HTTP, and in Chromium that the
 * Content-Security-Policy blocks nothing the site needs and that a feed opens as the feed itself.
 * What nginx must send comes from deploy/headers.ts.
 */

const site = useSite();

const ARTICLE = '/articles/kremlin-talks/';
/** A topic of the edition in content/, for the per-topic feeds. */
const TOPIC = '/topics/union-state/';

/** A response read whole, so that no connection is left half-read. */
interface Answer {
	status: number;
	headers: Headers;
	body: Buffer;
	/** The URL finally answered, after redirects if they were followed. */
	url: string;
}

/** Requests `path` from `server`; redirects are returned, not followed, unless asked. */
async function get(
	path: string,
	headers: Record<string, string> = {},
	options: { server?: NginxServer | undefined; follow?: boolean } = {},
): Promise<Answer> {
	const origin = (options.server ?? site.server).url;
	const response = await fetch(new URL(path, origin), {
		headers,
		redirect: options.follow ? 'follow' : 'manual',
	});
	const body = Buffer.from(await response.arrayBuffer());
	return { status: response.status, headers: response.headers, body, url: response.url };
}

/** The path of the first built file in `/_astro/` ending in `extension`. */
async function astroAsset(extension: string): Promise<string> {
	const name = (await readdir(join(site.server.root, '_astro'))).find((file) =>
		file.endsWith(extension),
	);
	if (!name) throw new Error(`the build has no /_astro/*${extension}`);
	return `/_astro/${name}`;
}

/** One response of each kind the site sends. */
const RESPONSE_KINDS: readonly { name: string; path: () => Promise<string> | string }[] = [
	{ name: 'page', path: () => ARTICLE },
	{ name: 'hashed script', path: () => astroAsset('.js') },
	{ name: 'stylesheet', path: () => '/pagefind/pagefind-ui.css' },
	{ name: 'feed', path: () => '/rss.xml' },
	{ name: 'image', path: () => '/og/site.png' },
	{ name: 'not-found page', path: () => '/no-such-page/' },
	{ name: 'redirect to the canonical URL', path: () => ARTICLE.slice(0, -1) },
	{ name: 'redirect away from index.html', path: () => `${ARTICLE}index.html` },
];

describe('headers', () => {
	for (const kind of RESPONSE_KINDS) {
		it(`a ${kind.name} carries every security header and no HSTS`, async () => {
			const answer = await get(await kind.path());

			for (const header of SECURITY_HEADERS)
				expect(answer.headers.get(header.name), header.name).toBe(header.value);
			// HSTS is for the production HTTPS server only (production.conf.example).
			expect(answer.headers.get(HSTS.name)).toBeNull();
		});
	}
});

describe('content types of the built site', () => {
	const expected: readonly (readonly [string, string])[] = [
		['/', 'text/html; charset=utf-8'],
		[ARTICLE, 'text/html; charset=utf-8'],
		['/pagefind/pagefind-ui.css', 'text/css; charset=utf-8'],
		['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
		// Each feed as the type of its format, as the autodiscovery links name it.
		['/rss.xml', 'application/rss+xml; charset=utf-8'],
		[`${TOPIC}rss.xml`, 'application/rss+xml; charset=utf-8'],
		['/atom.xml', 'application/atom+xml; charset=utf-8'],
		[`${TOPIC}atom.xml`, 'application/atom+xml; charset=utf-8'],
		['/feed.json', 'application/feed+json; charset=utf-8'],
		[`${TOPIC}feed.json`, 'application/feed+json; charset=utf-8'],
		['/sitemap.xml', 'application/xml; charset=utf-8'],
		['/robots.txt', 'text/plain; charset=utf-8'],
		['/favicon.svg', 'image/svg+xml; charset=utf-8'],
		['/og/site.png', 'image/png'],
		['/pagefind/wasm.ru.pagefind', 'application/octet-stream'],
	];
	for (const [path, type] of expected) {
		it(`${path} is ${type}`, async () => {
			const answer = await get(path);

			expect(answer.status).toBe(200);
			expect(answer.headers.get('content-type')).toBe(type);
		});
	}

	it('a hashed script is text/javascript', async () => {
		const answer = await get(await astroAsset('.js'));

		expect(answer.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
	});
});

describe('every kind of file deploy/headers.ts knows', () => {
	// A folder with one file of each kind, as the site has or may get them (fonts, say), each
	// big enough to be worth compressing.
	let server: NginxServer | undefined;
	let folder: string | undefined;
	const paths = [
		...Object.keys(MEDIA_TYPES).map((extension) => `/sample.${extension}`),
		...Object.keys(MEDIA_TYPES_BY_NAME).flatMap((name) => [`/${name}`, `${TOPIC}${name}`]),
		'/sample.unknown',
	];
	beforeAll(async () => {
		folder = await temporaryDirectory('razbor-types-');
		for (const path of paths) {
			await mkdir(dirname(join(folder, path)), { recursive: true });
			await writeFile(join(folder, path), 'x'.repeat(2048));
		}
		server = await startNginx(folder);
	});
	afterAll(async () => {
		await stopNginx(server);
		if (folder) await rm(folder, { recursive: true, force: true });
	});

	for (const path of paths) {
		const type = contentTypeFor(path);
		const text = isTextType(type.split(';')[0]!);
		it(`${path}: ${type}, ${text ? 'compressed' : 'sent as it is'}`, async () => {
			const answer = await get(path, { 'accept-encoding': 'gzip' }, { server });

			expect(answer.headers.get('content-type')).toBe(type);
			expect(answer.headers.get('content-encoding')).toBe(text ? 'gzip' : null);
		});
	}
});

describe('compression', () => {
	it('gzips a page for a client that accepts gzip', async () => {
		const answer = await get(ARTICLE, { 'accept-encoding': 'gzip' });

		expect(answer.headers.get('content-encoding')).toBe('gzip');
		expect(answer.headers.get('vary')).toBe('Accept-Encoding');
		expect(answer.body.toString()).toContain('<html lang="ru"');
	});

	it('uses brotli for a client that accepts it, where nginx has the module', async () => {
		const answer = await get(ARTICLE, { 'accept-encoding': 'br' });

		expect(answer.headers.get('content-encoding')).toBe(site.server.brotli ? 'br' : null);
		expect(answer.body.toString()).toContain('<html lang="ru"');
	});

	it('sends a page as it is to a client that accepts no compression', async () => {
		const answer = await get(ARTICLE, { 'accept-encoding': 'identity' });

		expect(answer.headers.get('content-encoding')).toBeNull();
		expect(answer.body).toEqual(await readFile(join(site.server.root, ARTICLE, 'index.html')));
	});

	it('leaves images alone', async () => {
		const answer = await get('/og/site.png', { 'accept-encoding': 'gzip, br' });

		expect(answer.headers.get('content-encoding')).toBeNull();
	});
});

describe('caching', () => {
	it('hashed assets are cached for a year without checking', async () => {
		const answer = await get(await astroAsset('.js'));

		expect(answer.headers.get('cache-control')).toBe(IMMUTABLE);
	});

	for (const path of [ARTICLE, '/', '/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml']) {
		it(`${path} is revalidated, with a validator to do it with`, async () => {
			const answer = await get(path);

			expect(answer.headers.get('cache-control')).toBe(REVALIDATE);
			expect(answer.headers.get('etag')).toMatch(/^(W\/)?"[^"]+"$/);
			expect(answer.headers.get('last-modified')).toMatch(/ GMT$/);
		});
	}

	it('answers an unchanged page with 304 Not Modified', async () => {
		const first = await get(ARTICLE, { 'accept-encoding': 'identity' });

		const again = await get(ARTICLE, {
			'accept-encoding': 'identity',
			'if-none-match': first.headers.get('etag')!,
		});

		expect(again.status).toBe(304);
		expect(again.body.length).toBe(0);
	});

	// Under /_astro/ too: a missing file kept for a year would stay missing after a deployment.
	for (const path of ['/no-such-page/', '/_astro/missing.js']) {
		it(`the not-found answer to ${path} is revalidated too`, async () => {
			const answer = await get(path);

			expect(answer.status).toBe(404);
			expect(answer.headers.get('cache-control')).toBe(REVALIDATE);
		});
	}
});

describe('unknown addresses', () => {
	for (const path of [
		'/no-such-page/',
		'/no-such-page',
		'/articles/no-such-article/',
		'/_astro/missing.js',
		// A folder without an index page, the 404 page at its own address, and the host rules.
		'/_astro/',
		'/404.html',
		'/_headers',
	]) {
		it(`${path} answers 404 with the site's not-found page`, async () => {
			const answer = await get(path, { 'accept-encoding': 'identity' });

			expect(answer.status).toBe(404);
			expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
			expect(answer.body).toEqual(await readFile(join(site.server.root, '404.html')));
		});
	}
});

describe('unknown addresses of the English edition', () => {
	// A folder with each edition's not-found page, so the test needs no English build.
	let server: NginxServer | undefined;
	let folder: string | undefined;
	const PAGES = {
		'/404.html': 'Страница не найдена',
		'/en/404/index.html': 'Page not found',
	} as const;
	beforeAll(async () => {
		folder = await temporaryDirectory('razbor-not-found-');
		await mkdir(join(folder, 'en/404'), { recursive: true });
		for (const [path, text] of Object.entries(PAGES))
			await writeFile(join(folder, path), `<!doctype html><title>${text}</title><p>${text}`);
		server = await startNginx(folder);
	});
	afterAll(async () => {
		await stopNginx(server);
		if (folder) await rm(folder, { recursive: true, force: true });
	});

	for (const [path, page] of [
		['/en/no-such-page/', '/en/404/index.html'],
		['/en/articles/no-such-article/', '/en/404/index.html'],
		['/en/topics/no-such-topic/rss.xml', '/en/404/index.html'],
		['/en/404/', '/en/404/index.html'],
		['/en/404.html', '/en/404/index.html'],
		['/no-such-page/', '/404.html'],
		['/english/', '/404.html'],
	] as const) {
		it(`${path} answers 404 with ${page}`, async () => {
			const answer = await get(path, { 'accept-encoding': 'identity' }, { server });

			expect(answer.status).toBe(404);
			expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
			expect(answer.body.toString()).toContain(PAGES[page]);
		});
	}
});

describe('canonical URLs', () => {
	const redirects: readonly (readonly [string, string])[] = [
		[ARTICLE.slice(0, -1), ARTICLE],
		[`${ARTICLE}index.html`, ARTICLE],
		['/index.html', '/'],
		['/search?q=Орешник', '/search/?q=%D0%9E%D1%80%D0%B5%D1%88%D0%BD%D0%B8%D0%BA'],
		[`${ARTICLE}index.html?from=feed`, `${ARTICLE}?from=feed`],
	];
	for (const [from, to] of redirects) {
		it(`${from} moves permanently to ${to}, on the same host`, async () => {
			const answer = await get(from);

			expect(answer.status).toBe(301);
			expect(answer.headers.get('location')).toBe(to);
		});
	}

	it('a redirect lands on the page', async () => {
		const answer = await get(`${ARTICLE}index.html`, {}, { follow: true });

		expect(answer.status).toBe(200);
		expect(answer.url).toBe(`${site.server.url}${ARTICLE}`);
	});
});

/** Prefix of the console messages the page's own violation listener writes. */
const VIOLATION = 'CSP violation: ';

/** A violation as the page's listener reports it. */
interface Violation {
	directive: string;
	blocked: string;
	/** The element (lower case) or `#document` the violation is about. */
	target: string;
	source: string;
}

/**
 * Records the Content-Security-Policy violations `page` reports from now on: the
 * `securitypolicyviolation` events of its documents, and Chromium's console messages about the
 * policy («Refused to load …», «… violates the following Content Security Policy directive»),
 * which also cover workers such as Pagefind's. Returns a function listing them so far.
 */
async function recordViolations(page: Page): Promise<() => string[]> {
	const events: Violation[] = [];
	const messages: string[] = [];
	page.on('console', (message) => {
		const text = message.text();
		if (text.startsWith(VIOLATION))
			events.push(JSON.parse(text.slice(VIOLATION.length)) as Violation);
		else if (/^Refused to|Content Security Policy/i.test(text)) messages.push(text);
	});
	await page.addInitScript((prefix) => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const violation = {
				directive: event.effectiveDirective,
				blocked: event.blockedURI,
				target: event.target instanceof Element ? event.target.localName : '#document',
				source: `${event.sourceFile}:${event.lineNumber}`,
			};
			console.log(prefix + JSON.stringify(violation));
		});
	}, VIOLATION);
	return () => [...events.map((event) => JSON.stringify(event)), ...messages];
}

/** Opening tags of the scripts in `html` that the policy would treat as inline code. */
function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script\b[^>]*>/g)]
		.map(([tag]) => tag)
		.filter((tag) => !/\ssrc=/.test(tag) && !/\stype="application\/ld\+json"/.test(tag));
}

describe('Content-Security-Policy in Chromium', () => {
	it('no built page has a script of its own inline (astro.config.mjs keeps them in files)', async () => {
		const pages = (await readdir(site.server.root, { recursive: true })).filter((path) =>
			path.endsWith('.html'),
		);
		const inline: string[] = [];
		for (const path of pages) {
			const html = await readFile(join(site.server.root, path), 'utf8');
			for (const tag of inlineScripts(html)) inline.push(`${path}: ${tag}`);
		}

		expect(pages.length).toBeGreaterThan(10);
		expect(inline).toEqual([]);
	});

	for (const type of PAGE_TYPES) {
		it(`${type.name} (${type.path}) works without a violation`, async () => {
			const opened = await openPage(site);
			try {
				const violations = await recordViolations(opened.page);

				// A blocked script may keep the page from ever getting ready: report the violation.
				const failure = await visit(opened.page, type)
					.then(() => opened.page.waitForLoadState('networkidle'))
					.then(
						() => undefined,
						(error: unknown) => (error instanceof Error ? error : new Error(String(error))),
					);

				expect(violations()).toEqual([]);
				if (failure) throw failure;
			} finally {
				await opened.close();
			}
		});
	}
});

/** Links of a feed's items, RSS or Atom. */
function itemLinks(xml: string): string[] {
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '',
		isArray: (name) => ['item', 'entry', 'link'].includes(name),
	});
	const feed = parser.parse(xml) as {
		rss?: { channel: { item?: { link: string[] }[] } };
		feed?: { entry?: { link: { href: string; rel?: string }[] }[] };
	};
	const rssLinks = feed.rss?.channel.item?.map((item) => item.link[0]!) ?? [];
	const atomLinks =
		feed.feed?.entry?.map(
			(entry) => entry.link.find((link) => (link.rel ?? 'alternate') === 'alternate')!.href,
		) ?? [];
	return [...rssLinks, ...atomLinks];
}

describe('feeds in Chromium', () => {
	it('/rss.xml opens as the feed itself, with its items, and no stylesheet or violation', async () => {
		const answer = await get('/rss.xml');
		const expectedLinks = itemLinks(answer.body.toString());
		const opened = await openPage(site);
		try {
			const violations = await recordViolations(opened.page);

			const response = await opened.page.goto('/rss.xml', { waitUntil: 'load' });

			expect(response?.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
			// No XSLT turned it into a page: the browser shows the XML it got.
			expect(await opened.page.evaluate(() => document.contentType)).not.toBe('text/html');
			const shown = await opened.page.evaluate(() => document.documentElement.textContent);
			expect(expectedLinks.length).toBeGreaterThan(0);
			for (const link of expectedLinks) expect(shown).toContain(link);
			expect(violations()).toEqual([]);
		} finally {
			await opened.close();
		}
	});
});
