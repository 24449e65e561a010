import { localizedPath } from '../format/urls.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, LOCALES, type Locale } from '../i18n/locales.ts';
import type { Site } from '../site.ts';

/**
 * How a page names its versions in other languages (issue 20): `<link rel="alternate" hreflang>`
 * for search engines and `og:locale:alternate` for link previews. A page lists only the languages
 * it really exists in, so no link leads to a page the build does not make.
 */

/** One `<link rel="alternate" hreflang="…" href="…">`. */
export interface HreflangLink {
	/** BCP 47 language, or `x-default` for the version for every other language. */
	hreflang: string;
	/** Absolute URL of that version. */
	href: string;
}

/**
 * The hreflang links of a page that exists in `locales` (its own language among them) at `path`,
 * its path in the original edition: one per language in the site's order, then `x-default`, the
 * original (or the first language the page has). A page in one language only gets none: an
 * hreflang set of one says nothing.
 */
export function hreflangLinks(
	path: string,
	locales: readonly Locale[],
	site: Pick<Site, 'url'>,
): HreflangLink[] {
	const present = LOCALES.filter((locale) => locales.includes(locale));
	if (present.length < 2) return [];
	const url = (locale: Locale) => new URL(localizedPath(path, locale), `${site.url}/`).href;
	const fallback = present.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : present[0]!;
	return [
		...present.map((locale) => ({ hreflang: LOCALE_TAGS[locale].lang, href: url(locale) })),
		{ hreflang: 'x-default', href: url(fallback) },
	];
}

/** `og:locale` of a page in `locale`, then one `og:locale:alternate` per other language it has. */
export function ogLocaleTags(
	locale: Locale,
	translations: readonly Locale[] = [],
): { property: string; content: string }[] {
	return [
		{ property: 'og:locale', content: LOCALE_TAGS[locale].ogLocale },
		...LOCALES.filter((other) => other !== locale && translations.includes(other)).map((other) => ({
			property: 'og:locale:alternate',
			content: LOCALE_TAGS[other].ogLocale,
		})),
	];
}
