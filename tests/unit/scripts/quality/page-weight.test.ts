import { describe, expect, test } from 'vitest';
import {
	overBudget,
	PAGE_BUDGET,
	pageResources,
	weightByKind,
	type ReadFile,
} from '../../../../scripts/quality/page-weight.ts';

/** A tiny built site in memory. */
function site(files: Record<string, string>): ReadFile {
	return (path) => (path in files ? new TextEncoder().encode(files[path]) : undefined);
}

const PAGE = [
	'<!doctype html><html><head>',
	'<style>@font-face{src:url(/_astro/pt.woff2)} body{background:url("/img/bg.png")}</style>',
	'<link rel="stylesheet" href="/_astro/page.css">',
	'<script type="module" src="/_astro/share.js"></script>',
	'<script type="application/ld+json">{"a":1}</script>',
	'</head><body><img src="/og/site.png" alt=""><a href="/articles/x/">x</a>',
	'<img src="https://elsewhere.example/pixel.png" alt=""></body></html>',
].join('');

const FILES = {
	'/articles/a/index.html': PAGE,
	'/_astro/page.css': '.a{background:url(./dot.svg)}',
	'/_astro/dot.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'/_astro/share.js': 'import{b}from"./chunk.js";b();',
	'/_astro/chunk.js': 'export const b=()=>{};',
	'/_astro/pt.woff2': 'font-bytes',
	'/img/bg.png': 'png-bytes',
	'/og/site.png': 'png-bytes-2',
};

describe('pageResources', () => {
	test('follows stylesheets, scripts and their imports, fonts and images from CSS and markup', () => {
		const resources = pageResources('/articles/a/', site(FILES));

		expect(resources.map((resource) => [resource.path, resource.kind])).toEqual([
			['/articles/a/index.html', 'html'],
			['/_astro/pt.woff2', 'font'],
			['/img/bg.png', 'image'],
			['/_astro/page.css', 'css'],
			['/_astro/share.js', 'js'],
			['/og/site.png', 'image'],
			['/_astro/dot.svg', 'image'],
			['/_astro/chunk.js', 'js'],
		]);
	});

	test('measures raw, gzip and brotli bytes', () => {
		const [html] = pageResources('/articles/a/', site(FILES));

		expect(html!.bytes).toBe(new TextEncoder().encode(PAGE).byteLength);
		expect(html!.gzip).toBeGreaterThan(0);
		expect(html!.gzip).toBeLessThan(html!.bytes);
		expect(html!.brotli).toBeLessThan(html!.bytes);
	});

	test('fails when the page loads a file the build does not have', () => {
		const withoutChunk = Object.fromEntries(
			Object.entries(FILES).filter(([path]) => path !== '/_astro/chunk.js'),
		);

		expect(() => pageResources('/articles/a/', site(withoutChunk))).toThrow(
			'/articles/a/index.html loads /_astro/chunk.js, which the build does not have',
		);
	});
});

describe('budgets', () => {
	const weight = weightByKind(pageResources('/articles/a/', site(FILES)));

	test('sums files and compressed bytes per kind', () => {
		expect(weight.js.files).toBe(2);
		expect(weight.image.files).toBe(3);
		expect(weight.html.files).toBe(1);
	});

	test('passes a small page', () => {
		expect(overBudget(weight, PAGE_BUDGET)).toEqual([]);
	});

	test('names each budget a page exceeds', () => {
		expect(
			overBudget(
				{ ...weight, js: { files: 1, gzip: 4000, brotli: 3500 } },
				{ withoutImages: 3000, js: 3072 },
			),
		).toEqual([
			`HTML+CSS+JS+fonts ${weight.html.gzip + weight.css.gzip + 4000 + weight.font.gzip} B > 3000 B`,
			'JS 4000 B > 3072 B',
		]);
	});
});
