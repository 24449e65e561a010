import { EN } from './en.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import { RU } from './ru.ts';
import type { UiDictionary } from './ui-dictionary.ts';

/** Each language's UI dictionary. */
export const DICTIONARIES: Readonly<Record<Locale, UiDictionary>> = Object.freeze({
	ru: RU,
	en: EN,
});

/** The UI dictionary of a language; the original edition's when none is given. */
export function uiFor(locale: Locale = DEFAULT_LOCALE): UiDictionary {
	return DICTIONARIES[locale];
}
