import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	nginxAddHeader,
	renderConfigFiles,
	renderHostHeaders,
} from '../../../deploy/config-files.ts';
import {
	cacheControlFor,
	contentTypeFor,
	CSP_DIRECTIVES,
	HSTS,
	IMMUTABLE,
	PERMISSIONS_POLICY,
	REVALIDATE,
	SECURITY_HEADERS,
} from '../../../deploy/headers.ts';
import { ROOT } from '../../helpers/build-site.ts';

describe('generated server configuration', () => {
	for (const file of renderConfigFiles()) {
		test(`${file.path} is what deploy/headers.ts generates (run npm run deploy:config)`, async () => {
			const committed = await readFile(join(ROOT, file.path), 'utf8');

			expect(committed).toBe(file.content);
		});
	}

	test('the production example sends HSTS, and the shared include does not', async () => {
		const production = await readFile(join(ROOT, 'deploy/nginx/production.conf.example'), 'utf8');
		const [headersConf] = renderConfigFiles();

		expect(production).toContain(nginxAddHeader(HSTS));
		expect(headersConf?.content).not.toContain(HSTS.name);
	});

	test('_headers gives hashed files the immutable rule, and every path the security headers', () => {
		// Rule by path pattern: `/*` → ['  Name: value', …].
		const rules = new Map(
			renderHostHeaders()
				.split('\n\n')
				.map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')))
				.map(([pattern, ...headers]) => [pattern, headers]),
		);

		expect(rules.get('/*')).toEqual(
			SECURITY_HEADERS.map((header) => `  ${header.name}: ${header.value}`),
		);
		expect(rules.get('/_astro/*')).toEqual([`  Cache-Control: ${IMMUTABLE}`]);
	});

	test('refuses a header value nginx would read as a variable', () => {
		expect(() => nginxAddHeader({ name: 'X-Test', value: 'costs $5' })).toThrow(/\$/);
	});

	test('escapes quotes for nginx', () => {
		expect(nginxAddHeader({ name: 'X-Test', value: 'say "hi"' })).toBe(
			'add_header X-Test "say \\"hi\\"" always;',
		);
	});
});

describe('security headers', () => {
	test('scripts run only from the site itself, never inline or through eval', () => {
		const scripts = CSP_DIRECTIVES['script-src'];

		expect(scripts).toContain("'self'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
	});

	test('the share buttons may copy and share; the camera is off', () => {
		expect(PERMISSIONS_POLICY['clipboard-write']).toBe('(self)');
		expect(PERMISSIONS_POLICY['web-share']).toBe('(self)');
		expect(PERMISSIONS_POLICY['camera']).toBe('()');
	});
});

describe('cacheControlFor', () => {
	test('hashed assets are immutable', () => {
		expect(cacheControlFor('/_astro/search.DR2vAlYc.js')).toBe(IMMUTABLE);
	});

	test('pages, feeds and everything else revalidate', () => {
		expect(cacheControlFor('/articles/kremlin-talks/')).toBe(REVALIDATE);
		expect(cacheControlFor('/rss.xml')).toBe(REVALIDATE);
		expect(cacheControlFor('/pagefind/pagefind.js')).toBe(REVALIDATE);
	});
});

describe('contentTypeFor', () => {
	test('text types carry the charset', () => {
		expect(contentTypeFor('/index.html')).toBe('text/html; charset=utf-8');
		expect(contentTypeFor('/sitemap.xml')).toBe('application/xml; charset=utf-8');
		expect(contentTypeFor('/favicon.svg')).toBe('image/svg+xml; charset=utf-8');
	});

	test('binary types do not', () => {
		expect(contentTypeFor('/og/site.png')).toBe('image/png');
		expect(contentTypeFor('/fonts/pt-sans.woff2')).toBe('font/woff2');
	});

	test('feeds are typed by file name, at the root and per topic', () => {
		expect(contentTypeFor('/feed.json')).toBe('application/feed+json; charset=utf-8');
		expect(contentTypeFor('/topics/union-state/feed.json')).toBe(
			'application/feed+json; charset=utf-8',
		);
		expect(contentTypeFor('/rss.xml')).toBe('application/rss+xml; charset=utf-8');
		expect(contentTypeFor('/topics/union-state/atom.xml')).toBe(
			'application/atom+xml; charset=utf-8',
		);
	});

	test('an unknown kind of file is bytes', () => {
		expect(contentTypeFor('/pagefind/wasm.ru.pagefind')).toBe('application/octet-stream');
		expect(contentTypeFor('/LICENSE')).toBe('application/octet-stream');
	});
});
