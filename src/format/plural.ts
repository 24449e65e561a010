import type { PluralForms } from '../i18n/ui-dictionary.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, LOCALES, type Locale } from '../i18n/locales.ts';

const pluralRules = new Intl.PluralRules('ru');

/** Russian word forms for 1, 2–4 and 5+ items: ['событие', 'события', 'событий']. */
export type RussianForms = readonly [one: string, few: string, many: string];

/** The form of the word that goes with `count`: «событие», «события» or «событий». */
export function wordFor(count: number, [one, few, many]: RussianForms): string {
	const rule = pluralRules.select(count);
	return rule === 'one' ? one : rule === 'few' ? few : rule === 'many' ? many : few;
}

/** «1 событие», «33 события», «16 событий», with a non-breaking space as typeset text has. */
export function countOf(count: number, forms: RussianForms): string {
	return `${count}\u00A0${wordFor(count, forms)}`;
}

/** Each language's plural rules, made once. */
const PLURAL_RULES: Readonly<Record<Locale, Intl.PluralRules>> = Object.freeze(
	Object.fromEntries(
		LOCALES.map((locale) => [locale, new Intl.PluralRules(LOCALE_TAGS[locale].lang)]),
	) as Record<Locale, Intl.PluralRules>,
);

/**
 * The form of a word from a UI dictionary (`uiFor(locale).counts`) that goes with `count` in
 * `locale`: «событие», «события», «событий»; «event», «events». A category the forms lack falls
 * back to `other`.
 */
export function pluralWord(
	count: number,
	forms: PluralForms,
	locale: Locale = DEFAULT_LOCALE,
): string {
	const category = PLURAL_RULES[locale].select(count);
	return (
		(category === 'one' || category === 'few' || category === 'many'
			? forms[category]
			: undefined) ?? forms.other
	);
}

/**
 * A count and its word: «3 материала», «3 articles», with a no-break space. English groups
 * thousands («1,200 articles»); Russian writes the count as it is, as it always has.
 */
export function formatCount(
	count: number,
	forms: PluralForms,
	locale: Locale = DEFAULT_LOCALE,
): string {
	const number = locale === 'ru' ? String(count) : count.toLocaleString(LOCALE_TAGS[locale].lang);
	return `${number}\u00A0${pluralWord(count, forms, locale)}`;
}
