import { homePath, localizedPath, unlocalizedPath } from '../format/urls.ts';
import { uiFor } from '../i18n/dictionaries.ts';
import { LOCALE_TAGS, LOCALES, type Locale } from '../i18n/locales.ts';

/** One link of the language switcher: to a page in another language. */
export interface LanguageLink {
	locale: Locale;
	/** `lang` and `hreflang` of the link: its text is in that language. */
	lang: string;
	/** The language's own name: «English», «Русский». */
	name: string;
	href: string;
	/**
	 * Said, in that language, when the link goes to its home page because the page has no
	 * counterpart in it; `undefined` when it goes to the same page.
	 */
	note: string | undefined;
}

/**
 * The language switcher of the page at `path` in `locale` (issue 20): for every other language,
 * a link to the same page in it when the page exists there (`translations`), else, when that
 * language has an edition (`editions`), to its home page, saying so. Nothing for a language with
 * neither, so no link leads to a page the build does not make.
 */
export function languageLinks(
	path: string,
	locale: Locale,
	translations: readonly Locale[] = [],
	editions: readonly Locale[] = [],
): LanguageLink[] {
	const original = unlocalizedPath(path);
	const offered = (other: Locale) => translations.includes(other) || editions.includes(other);
	return LOCALES.filter((other) => other !== locale && offered(other)).map((other) => {
		const translated = translations.includes(other);
		return {
			locale: other,
			lang: LOCALE_TAGS[other].lang,
			name: LOCALE_TAGS[other].name,
			href: translated ? localizedPath(original, other) : homePath(other),
			note: translated ? undefined : uiFor(other).languages.noCounterpart,
		};
	});
}
