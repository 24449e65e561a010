import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { RU } from '../i18n/ru.ts';

/** The verdicts of a fact check, as an editor writes them in a fact box's `verdict=…`. */
export const FACT_BOX_VERDICTS = ['confirmed', 'partly', 'refuted', 'unconfirmed'] as const;

/** A verdict of a fact check, shown as a badge above a fact box's items. */
export type FactBoxVerdict = (typeof FACT_BOX_VERDICTS)[number];

/**
 * The word of each verdict as its badge shows it in Russian, typeset (a short word keeps to the
 * next); every language's is in its UI dictionary (`factBoxVerdicts`).
 */
export const FACT_BOX_VERDICT_LABELS: Readonly<Record<FactBoxVerdict, string>> = Object.freeze({
	...RU.factBoxVerdicts,
});

/** A fact box's verdict badge in a language: «Подтверждено частично», «Partly confirmed». */
export function factBoxVerdictLabel(
	verdict: FactBoxVerdict,
	locale: Locale = DEFAULT_LOCALE,
): string {
	return uiFor(locale).factBoxVerdicts[verdict];
}
