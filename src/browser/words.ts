/**
 * The words the page scripts write into a page, in each language of the site (issue 20), chosen
 * by the page's `<html lang>`. They live here rather than in src/i18n/: a script that imported the
 * UI dictionaries would carry every word of the site to the reader. tests/unit/browser/words.test.ts
 * holds them to the dictionaries where they name the same things.
 */

/** What the search and share scripts say. */
export interface ScriptWords {
	/** The search results' group headings, by the `kind` meta of a page (src/view/layout.ts). */
	groups: { article: string; person: string; term: string; event: string; other: string };
	/** Said when a query finds nothing. */
	nothingFound: string;
	/** Said above the results: «Найдено: 3 результата.». */
	found: (count: number) => string;
	/** The share block's status after the link was copied, or could not be. */
	copied: string;
	copyFailed: string;
}

/** The Russian forms of «результат» for `Intl.PluralRules` categories. */
const RESULT_FORMS: Readonly<Record<string, string>> = { one: 'результат', few: 'результата' };
const russianPlural = new Intl.PluralRules('ru');

/** Each language's words. */
export const SCRIPT_WORDS: Readonly<Record<'ru' | 'en', ScriptWords>> = {
	ru: {
		groups: {
			article: 'Материалы',
			person: 'Люди',
			term: 'Словарь',
			event: 'События хроник',
			other: 'Другое',
		},
		nothingFound: 'Ничего не нашлось.',
		found: (count) =>
			`Найдено: ${count}\u00A0${RESULT_FORMS[russianPlural.select(count)] ?? 'результатов'}.`,
		copied: 'Ссылка скопирована',
		copyFailed: 'Не получилось скопировать ссылку',
	},
	en: {
		groups: {
			article: 'Articles',
			person: 'People',
			term: 'Glossary',
			event: 'Timeline events',
			other: 'Other',
		},
		nothingFound: 'Nothing found.',
		found: (count) => `Found: ${count}\u00A0${count === 1 ? 'result' : 'results'}.`,
		copied: 'Link copied',
		copyFailed: 'Could not copy the link',
	},
};

/** The words of the page's language: English on a page in English, Russian otherwise. */
export function scriptWords(root: Document): ScriptWords {
	return root.documentElement.lang.startsWith('en') ? SCRIPT_WORDS.en : SCRIPT_WORDS.ru;
}
