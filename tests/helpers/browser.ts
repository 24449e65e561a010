import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Real Chromium for end-to-end tests: Debian's `chromium` package (or `CHROMIUM_PATH`), driven by
 * playwright-core. No browser is ever downloaded; the flags keep Chromium itself off the network,
 * so the only requests are the page's own.
 */

/** Where the browser lives; Debian's package by default. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags that work here: no sandbox or GPU, and no traffic of Chromium's own. */
export const CHROMIUM_FLAGS: readonly string[] = Object.freeze([
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
]);

/** Starts headless Chromium. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
}

/** Requests a page made, split by origin. */
export interface RequestLog {
	/** Every requested URL, in order. */
	all: string[];
	/** URLs of another origin than the site's (each was aborted, so nothing left the machine). */
	foreign: string[];
}

/**
 * Records every request of `target` (a page, or a context and so all its pages and their
 * workers) and aborts those to an origin other than `origin`, so a test can assert that none was
 * made without the page ever reaching the network. `data:` URLs are not requests and are ignored.
 */
export async function recordRequests(
	target: Page | BrowserContext,
	origin: string,
): Promise<RequestLog> {
	const log: RequestLog = { all: [], foreign: [] };
	const expected = new URL(origin).origin;
	const isForeign = (url: URL) => url.protocol !== 'data:' && url.origin !== expected;
	target.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:') return;
		log.all.push(url.href);
		if (isForeign(url)) log.foreign.push(url.href);
	});
	await target.route(isForeign, (route) => route.abort('blockedbyclient'));
	return log;
}
