import { describe, expect, test } from 'vitest';
import { iconLinks, THEME_COLOURS, webManifest } from '../../../src/seo/web-manifest.ts';
import { SITE } from '../../../src/site.ts';

describe('webManifest', () => {
	test('names the site in Russian, starts at the home page and lists the SVG and PNG icons', () => {
		const manifest = webManifest(SITE);

		expect(manifest).toMatchObject({
			name: 'Разбор',
			short_name: 'Разбор',
			description: SITE.description,
			lang: 'ru',
			start_url: '/',
			theme_color: THEME_COLOURS.light,
		});
		expect(manifest.icons.map((icon) => [icon.src, icon.sizes])).toEqual([
			['/favicon.svg', 'any'],
			['/icon-192.png', '192x192'],
			['/icon-512.png', '512x512'],
		]);
	});
});

describe('iconLinks', () => {
	test('gives every page the SVG and PNG favicons, the Apple touch icon and the manifest', () => {
		expect(iconLinks().map((link) => `${link.rel} ${link.href}`)).toEqual([
			'icon /favicon.svg',
			'icon /icon-192.png',
			'apple-touch-icon /apple-touch-icon.png',
			'manifest /manifest.webmanifest',
		]);
	});
});
