/**
 * What the web server sends with the built site, decided once: security headers, cache rules and
 * content types. `npm run deploy:config` writes the headers out for nginx and for Netlify /
 * Cloudflare Pages (deploy/config-files.ts); deploy/nginx/site.conf follows the cache rules and
 * content types, and tests/e2e/server.test.ts checks what nginx really serves against this file.
 */

/** One response header. */
export interface Header {
	readonly name: string;
	readonly value: string;
}

/**
 * Content-Security-Policy, directive by directive. Scripts come only from the site's own files
 * (astro.config.mjs keeps Astro from inlining them); the exceptions are explained where they are.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = Object.freeze({
	'default-src': ["'self'"],
	// Pagefind compiles its WebAssembly search engine on the search page.
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	// Astro inlines each page's CSS (build.inlineStylesheets), so a page renders in one round trip.
	'style-src': ["'self'", "'unsafe-inline'"],
	'img-src': ["'self'", 'data:'],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'none'"],
	'form-action': ["'self'"],
	'frame-ancestors': ["'none'"],
	// Chromium upgrades nothing on 127.0.0.1 and localhost, so the tests serve over plain HTTP; on
	// any other plain-HTTP host (a preview on the LAN) scripts and images would go to https.
	'upgrade-insecure-requests': [],
});

/**
 * Powerful features the site never uses are switched off for it and anything it might embed.
 * The share buttons copy a link and open the system share sheet, so those two stay with the site;
 * reading the clipboard is left to the browser's own permission prompt (the e2e tests use it).
 * Chromium on Linux has no Web Share or Web Bluetooth and warns that it does not know them; it
 * does on the systems that have them.
 */
export const PERMISSIONS_POLICY: Readonly<Record<string, string>> = Object.freeze({
	accelerometer: '()',
	autoplay: '()',
	bluetooth: '()',
	'browsing-topics': '()',
	camera: '()',
	'clipboard-write': '(self)',
	'compute-pressure': '()',
	'display-capture': '()',
	'encrypted-media': '()',
	fullscreen: '()',
	gamepad: '()',
	geolocation: '()',
	gyroscope: '()',
	hid: '()',
	'identity-credentials-get': '()',
	'idle-detection': '()',
	'interest-cohort': '()',
	'local-fonts': '()',
	magnetometer: '()',
	microphone: '()',
	midi: '()',
	'otp-credentials': '()',
	payment: '()',
	'picture-in-picture': '()',
	'publickey-credentials-create': '()',
	'publickey-credentials-get': '()',
	'screen-wake-lock': '()',
	serial: '()',
	usb: '()',
	'web-share': '(self)',
	'window-management': '()',
	'xr-spatial-tracking': '()',
});

/** `Content-Security-Policy` value from its directives. */
export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
	return Object.entries(directives)
		.map(([name, sources]) => [name, ...sources].join(' '))
		.join('; ');
}

/** `Permissions-Policy` value (a structured-field dictionary) from feature allowlists. */
export function serializePermissionsPolicy(policy: Readonly<Record<string, string>>): string {
	return Object.entries(policy)
		.map(([feature, allowlist]) => `${feature}=${allowlist}`)
		.join(', ');
}

/** Headers of every response, whatever the host and whether over HTTP or HTTPS. */
export const SECURITY_HEADERS: readonly Header[] = Object.freeze([
	{ name: 'Content-Security-Policy', value: serializeCsp(CSP_DIRECTIVES) },
	{ name: 'X-Content-Type-Options', value: 'nosniff' },
	{ name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
	{ name: 'Permissions-Policy', value: serializePermissionsPolicy(PERMISSIONS_POLICY) },
	// Superseded by frame-ancestors, kept for browsers that predate it.
	{ name: 'X-Frame-Options', value: 'DENY' },
	{ name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]);

/**
 * Only the production HTTPS server sends this (deploy/nginx/production.conf.example): over plain
 * HTTP browsers ignore it, and a test or preview host must not be pinned to HTTPS.
 */
export const HSTS: Header = Object.freeze({
	name: 'Strict-Transport-Security',
	value: 'max-age=63072000; includeSubDomains',
});

/** Content-hashed files: a new version has a new name, so a copy never needs checking. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Everything else may be cached but is checked with the server (ETag, Last-Modified) before use. */
export const REVALIDATE = 'no-cache';

/** A `Cache-Control` value for the URL paths under `prefix`. */
export interface CacheRule {
	readonly prefix: string;
	readonly cacheControl: string;
}

/** Cache rules by path prefix; a path no rule matches gets {@link REVALIDATE}. */
export const CACHE_RULES: readonly CacheRule[] = Object.freeze([
	// Vite names every file it emits after its content hash.
	{ prefix: '/_astro/', cacheControl: IMMUTABLE },
]);

/** `Cache-Control` of a URL path. */
export function cacheControlFor(path: string): string {
	return CACHE_RULES.find((rule) => path.startsWith(rule.prefix))?.cacheControl ?? REVALIDATE;
}

/** Media types by file extension, for every kind of file the built site has or may get. */
export const MEDIA_TYPES: Readonly<Record<string, string>> = Object.freeze({
	html: 'text/html',
	css: 'text/css',
	js: 'text/javascript',
	mjs: 'text/javascript',
	json: 'application/json',
	webmanifest: 'application/manifest+json',
	xml: 'application/xml',
	txt: 'text/plain',
	svg: 'image/svg+xml',
	png: 'image/png',
	jpg: 'image/jpeg',
	webp: 'image/webp',
	avif: 'image/avif',
	ico: 'image/x-icon',
	woff2: 'font/woff2',
	wasm: 'application/wasm',
});

/**
 * Media types by file name, where the extension says too little: each feed as the type its
 * format is known by, the same the pages' autodiscovery links name (src/seo/meta-tags.ts). The
 * feeds are plain XML and JSON for feed readers; a person who opens one is sent to /subscribe/
 * by the site's links instead of a styled feed (XSLT is leaving browsers).
 */
export const MEDIA_TYPES_BY_NAME: Readonly<Record<string, string>> = Object.freeze({
	'rss.xml': 'application/rss+xml',
	'atom.xml': 'application/atom+xml',
	'feed.json': 'application/feed+json',
});

/** What a file of an unknown kind is served as. */
export const DEFAULT_MEDIA_TYPE = 'application/octet-stream';

/** Whether a media type is text, so served with `charset=utf-8` and compressed. */
export function isTextType(mediaType: string): boolean {
	return (
		mediaType.startsWith('text/') ||
		/^application\/(?:[\w.-]+\+)?(?:json|xml)$/.test(mediaType) ||
		mediaType === 'image/svg+xml'
	);
}

/** The `Content-Type` a file is served with, by its name and then its extension. */
export function contentTypeFor(path: string): string {
	const name = path.slice(path.lastIndexOf('/') + 1);
	const dot = name.lastIndexOf('.');
	const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
	const mediaType = MEDIA_TYPES_BY_NAME[name] ?? MEDIA_TYPES[extension] ?? DEFAULT_MEDIA_TYPE;
	return isTextType(mediaType) ? `${mediaType}; charset=utf-8` : mediaType;
}
