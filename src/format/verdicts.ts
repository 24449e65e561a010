/** The verdicts of a fact check, as an editor writes them in a fact box's `verdict=…`. */
export const FACT_BOX_VERDICTS = ['confirmed', 'partly', 'refuted', 'unconfirmed'] as const;

/** A verdict of a fact check, shown as a badge above a fact box's items. */
export type FactBoxVerdict = (typeof FACT_BOX_VERDICTS)[number];

/** The word of each verdict as its badge shows it, typeset (a short word keeps to the next). */
export const FACT_BOX_VERDICT_LABELS: Readonly<Record<FactBoxVerdict, string>> = Object.freeze({
	confirmed: 'Подтверждено',
	partly: 'Подтверждено частично',
	refuted: 'Опровергнуто',
	unconfirmed: 'Не\u00A0подтверждено',
});
