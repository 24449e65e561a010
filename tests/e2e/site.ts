import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, recordRequests, type RequestLog } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build-site.ts';
import { startNginx, stopNginx, type NginxServer } from '../helpers/nginx.ts';

/**
 * What the e2e files share: the page types of the site, one server and one Chromium per file
 * (the site itself is built once per run by global-setup.ts), and a way to open a page. The
 * server is nginx with the repository's deploy/nginx/site.conf, as in production.
 */

export type ColorScheme = 'light' | 'dark';
export const COLOR_SCHEMES: readonly ColorScheme[] = ['light', 'dark'];

/** A phone and a laptop. */
export const VIEWPORTS = [
	{ width: 390, height: 844 },
	{ width: 1366, height: 900 },
] as const;

/**
 * Where the screenshots of every page type go (`<type>-<width>-<scheme>.png`): test artifacts in
 * the git-ignored test-results/, for a person to look at, never committed.
 */
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

/** One kind of page of the site, with a real example from the edition in content/. */
export interface PageType {
	/** Short name for test titles and screenshot files. */
	name: string;
	path: string;
	/** HTTP status the page is served with. */
	status: number;
	/** Waits until the page shows what it is for, after `load`. */
	ready?: (page: Page) => Promise<void>;
}

/** Waits for the search page to finish answering the query in its URL. */
export async function searchSettled(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const status = document.querySelector('[data-search-status]')?.textContent ?? '';
			return /^(Найдено|Ничего не нашлось|Found:|Nothing found)/.test(status);
		},
		undefined,
		{ timeout: 15_000 },
	);
}

export const PAGE_TYPES: readonly PageType[] = [
	{ name: 'home', path: '/', status: 200 },
	{ name: 'archive', path: '/archive/', status: 200 },
	{ name: 'article', path: '/articles/kremlin-talks/', status: 200 },
	{ name: 'article-charts', path: '/articles/visit-in-numbers/', status: 200 },
	{ name: 'timeline', path: '/timelines/visit-schedule/', status: 200 },
	{ name: 'timelines', path: '/timelines/', status: 200 },
	{ name: 'people', path: '/people/', status: 200 },
	{ name: 'person', path: '/people/lukashenko/', status: 200 },
	{ name: 'topics', path: '/topics/', status: 200 },
	{ name: 'topic', path: '/topics/union-state/', status: 200 },
	{ name: 'glossary', path: '/glossary/', status: 200 },
	{ name: 'sources', path: '/sources/', status: 200 },
	{ name: 'about', path: '/about/', status: 200 },
	{ name: 'corrections', path: '/corrections/', status: 200 },
	{ name: 'search', path: '/search/', status: 200 },
	{ name: 'subscribe', path: '/subscribe/', status: 200 },
	{
		name: 'search-results',
		path: `/search/?q=${encodeURIComponent('Орешник')}`,
		status: 200,
		ready: searchSettled,
	},
	{ name: 'not-found', path: '/no-such-page/', status: 404 },
	// The English edition (issue 20): every page type again under /en/.
	{ name: 'en-home', path: '/en/', status: 200 },
	{ name: 'en-archive', path: '/en/archive/', status: 200 },
	{ name: 'en-article', path: '/en/articles/kremlin-talks/', status: 200 },
	{ name: 'en-article-charts', path: '/en/articles/visit-in-numbers/', status: 200 },
	{ name: 'en-timeline', path: '/en/timelines/visit-schedule/', status: 200 },
	{ name: 'en-timelines', path: '/en/timelines/', status: 200 },
	{ name: 'en-people', path: '/en/people/', status: 200 },
	{ name: 'en-person', path: '/en/people/lukashenko/', status: 200 },
	{ name: 'en-topics', path: '/en/topics/', status: 200 },
	{ name: 'en-topic', path: '/en/topics/union-state/', status: 200 },
	{ name: 'en-glossary', path: '/en/glossary/', status: 200 },
	{ name: 'en-sources', path: '/en/sources/', status: 200 },
	{ name: 'en-about', path: '/en/about/', status: 200 },
	{ name: 'en-corrections', path: '/en/corrections/', status: 200 },
	{ name: 'en-search', path: '/en/search/', status: 200 },
	{
		name: 'en-search-results',
		path: `/en/search/?q=${encodeURIComponent('Oreshnik')}`,
		status: 200,
		ready: searchSettled,
	},
	{ name: 'en-subscribe', path: '/en/subscribe/', status: 200 },
	{ name: 'en-not-found', path: '/en/no-such-page/', status: 404 },
];

/** The server and browser of one e2e file, set up in its `beforeAll`. */
export interface Site {
	readonly server: NginxServer;
	readonly browser: Browser;
}

/** Serves the run's build with nginx and starts Chromium for the calling file; both end with it. */
export function useSite(): Site {
	let server: NginxServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		server = await startNginx(inject('siteDir'));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		try {
			await browser?.close();
		} finally {
			await stopNginx(server);
		}
	});
	return {
		get server() {
			if (!server) throw new Error('useSite(): the server starts in beforeAll');
			return server;
		},
		get browser() {
			if (!browser) throw new Error('useSite(): the browser starts in beforeAll');
			return browser;
		},
	};
}

/** Options of {@link openPage}. */
export interface OpenOptions {
	colorScheme?: ColorScheme;
	viewport?: { width: number; height: number };
	/** Device pixels per CSS pixel; 1 by default, 3 for a phone such as a 390 × 844 one. */
	deviceScaleFactor?: number;
	/** A touch screen without a mouse, as a phone: `(hover: none)` and `(pointer: coarse)`. */
	touch?: boolean;
	javaScriptEnabled?: boolean;
}

/** A fresh context with one page on the site, recording what the page requests and reports. */
export interface OpenedPage {
	context: BrowserContext;
	page: Page;
	requests: RequestLog;
	/** Uncaught script errors and `console.error` messages. */
	errors: string[];
	/** Responses of 400 and above: `<status> <url>`. */
	failures: string[];
	close(): Promise<void>;
}

export async function openPage(site: Site, options: OpenOptions = {}): Promise<OpenedPage> {
	const context = await site.browser.newContext({
		baseURL: site.server.url,
		viewport: options.viewport ?? VIEWPORTS[1],
		deviceScaleFactor: options.deviceScaleFactor ?? 1,
		isMobile: options.touch ?? false,
		hasTouch: options.touch ?? false,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		locale: 'ru-RU',
		timezoneId: 'Europe/Moscow',
	});
	const requests = await recordRequests(context, site.server.url);
	const page = await context.newPage();
	await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
	const errors: string[] = [];
	const failures: string[] = [];
	page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	context.on('response', (response) => {
		if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
	});
	return { context, page, requests, errors, failures, close: () => context.close() };
}

/** Opens `type`'s page and waits until it is loaded, fonts included, and ready. */
export async function visit(page: Page, type: PageType): Promise<void> {
	const response = await page.goto(type.path, { waitUntil: 'load' });
	if (response?.status() !== type.status)
		throw new Error(`${type.path} answered ${response?.status()}, expected ${type.status}`);
	await page.evaluate(async () => {
		await document.fonts.ready;
	});
	await type.ready?.(page);
}
