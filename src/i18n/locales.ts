/**
 * The languages of the site (issue 20). Russian is the original edition and stays at the root;
 * every other language lives under its own prefix (`/en/…`), as astro.config.mjs's `i18n` says.
 */

/** Every language the site is written in, the default first. */
export const LOCALES = ['ru', 'en'] as const;

/** A language of the site. */
export type Locale = (typeof LOCALES)[number];

/** The original edition's language: its pages have no prefix. */
export const DEFAULT_LOCALE = 'ru' satisfies Locale;

/** How each language is named to browsers, search engines, link previews and `Intl`. */
export interface LocaleTags {
	/** BCP 47 tag for `<html lang>`, `hreflang`, JSON-LD `inLanguage` and `Intl`. */
	lang: string;
	/** Open Graph locale, `language_TERRITORY`. */
	ogLocale: string;
	/** The language's own name, as the language switcher shows it to its readers. */
	name: string;
}

/** The tags of each language. */
export const LOCALE_TAGS: Readonly<Record<Locale, LocaleTags>> = Object.freeze({
	ru: { lang: 'ru', ogLocale: 'ru_RU', name: 'Русский' },
	en: { lang: 'en', ogLocale: 'en_US', name: 'English' },
});

/** Whether a string names one of the site's languages. */
export function isLocale(value: unknown): value is Locale {
	return (LOCALES as readonly unknown[]).includes(value);
}
