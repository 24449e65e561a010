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
 * The word of each verdict, on a fact box's badge, on a fact-check's page and in its JSON-LD,
 * typeset (a short word keeps to the next).
 */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = Object.freeze({
	confirmed: 'Подтверждено',
	'partly-confirmed': 'Подтверждено частично',
	inaccurate: 'Сказано неточно или\u00A0неполно',
	unconfirmed: 'Не\u00A0подтверждено',
	refuted: 'Опровергнуто',
});

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
