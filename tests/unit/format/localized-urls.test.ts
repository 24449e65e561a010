import { describe, expect, test } from 'vitest';
// Astro's own function behind `getRelativeLocaleUrl` of `astro:i18n`, which a unit test cannot
// import (it is a virtual module of a build): our paths must be the ones Astro's routing makes.
import { getLocaleRelativeUrl } from '../../../node_modules/astro/dist/i18n/index.js';
import {
	archivePath,
	articlePath,
	homePath,
	localizedPath,
	pathLocale,
	peoplePath,
	searchPath,
	timelinePath,
	unlocalizedPath,
} from '../../../src/format/urls.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../../src/i18n/locales.ts';
import astroConfig from '../../../astro.config.mjs';

/** `getRelativeLocaleUrl(locale, path)` as astro.config.mjs configures it. */
function astroPath(locale: string, path: string): string {
	const { i18n, trailingSlash, build, base } = astroConfig;
	if (!i18n) throw new Error('astro.config.mjs has no i18n');
	return getLocaleRelativeUrl({
		locale,
		locales: i18n.locales,
		defaultLocale: i18n.defaultLocale,
		base: base ?? '/',
		trailingSlash: trailingSlash ?? 'ignore',
		format: build?.format ?? 'directory',
		path,
		strategy: 'pathname-prefix-other-locales',
		domains: undefined,
	});
}

const PAGES = [
	homePath(),
	articlePath('kremlin-talks'),
	timelinePath('visit-schedule'),
	archivePath(2),
	peoplePath(),
	searchPath(),
];

describe('localized paths', () => {
	test('astro.config.mjs routes the site’s languages, Russian at the root', () => {
		expect(astroConfig.i18n).toMatchObject({
			locales: [...LOCALES],
			defaultLocale: DEFAULT_LOCALE,
			routing: { prefixDefaultLocale: false },
		});
	});

	test('keeps Russian paths at the root and puts English ones under /en/', () => {
		expect(localizedPath('/articles/visit/', 'ru')).toBe('/articles/visit/');
		expect(localizedPath('/articles/visit/', 'en')).toBe('/en/articles/visit/');
		expect(localizedPath('/glossary/#union-state', 'en')).toBe('/en/glossary/#union-state');
		expect(homePath('en')).toBe('/en/');
		expect(homePath()).toBe('/');
	});

	test.each(LOCALES.flatMap((locale) => PAGES.map((path) => [locale, path] as const)))(
		'gives the path Astro’s getRelativeLocaleUrl gives: %s %s',
		(locale, path) => {
			expect(localizedPath(path, locale)).toBe(astroPath(locale, path));
		},
	);

	test('reads a path’s language back and takes its prefix off', () => {
		for (const locale of LOCALES)
			for (const path of PAGES) {
				const localized = localizedPath(path, locale);

				expect(pathLocale(localized)).toBe(locale);
				expect(unlocalizedPath(localized)).toBe(path);
			}
	});

	test('a path that only starts like a prefix is Russian', () => {
		expect(pathLocale('/english/')).toBe('ru');
		expect(pathLocale('/en')).toBe('en');
		expect(unlocalizedPath('/en')).toBe('/');
		expect(pathLocale('/ru/articles/x/')).toBe('ru');
		expect(unlocalizedPath('/ru/articles/x/')).toBe('/ru/articles/x/');
	});
});
