import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { RU } from '../i18n/ru.ts';

/**
 * The verdicts of a fact check, from best to worst: one vocabulary for a fact box's
 * `verdict=…` and a fact-check's `factCheck.claims[].verdict` (src/schemas/verdict.ts).
 */
export const VERDICTS = [
	'confirmed',
	'partly-confirmed',
	'inaccurate',
	'unconfirmed',
	'refuted',
] as const;

/** A verdict of a fact check: one of {@link VERDICTS}. */
export type Verdict = (typeof VERDICTS)[number];

/**
 * The Russian word of each verdict, on a fact box's badge, on a fact-check's page and in its
 * JSON-LD, typeset (a short word keeps to the next); every language's is in its UI dictionary.
 */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = Object.freeze({
	...RU.verdicts,
});

/** A verdict in a language's words: «Подтверждено частично», «Partly confirmed». */
export function verdictLabel(verdict: Verdict, locale: Locale = DEFAULT_LOCALE): string {
	const labels: Readonly<Record<Verdict, string>> = uiFor(locale).verdicts;
	return labels[verdict];
}

/**
 * The colour of each verdict's badge, as a class `verdict--<tone>` of src/styles/article.css: a
 * statement made inaccurately or incompletely is in part true, like one partly confirmed, and
 * its word tells the two apart.
 */
export const VERDICT_TONES: Readonly<
	Record<Verdict, 'confirmed' | 'partly' | 'unconfirmed' | 'refuted'>
> = Object.freeze({
	confirmed: 'confirmed',
	'partly-confirmed': 'partly',
	inaccurate: 'partly',
	unconfirmed: 'unconfirmed',
	refuted: 'refuted',
});
