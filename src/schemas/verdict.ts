import { z } from './zod.ts';
import { nearestName } from '../format/nearest-name.ts';
import { VERDICTS, type Verdict } from '../format/verdicts.ts';

export { VERDICTS, type Verdict };

/** «; может быть, partly-confirmed?» for a verdict written short or with a typo. */
function suggestion(input: unknown): string {
	if (typeof input !== 'string' || input === '') return '';
	const nearest =
		VERDICTS.find((verdict) => verdict.startsWith(input)) ?? nearestName(input, VERDICTS);
	return nearest ? `; может быть, ${nearest}?` : '';
}

/**
 * A verdict of a fact check, one vocabulary for a fact box (`{#id verdict=confirmed}`) and for
 * each claim of a fact-check (`factCheck.claims[].verdict`): confirmed (подтверждено),
 * partly-confirmed (подтверждено частично), inaccurate (сказано неточно или неполно),
 * unconfirmed (не подтверждено), refuted (опровергнуто).
 */
export const VerdictSchema = z
	.enum(VERDICTS, {
		error: (issue) =>
			`«${String(issue.input)}» — не вердикт; допустимы ${VERDICTS.join(', ')}${suggestion(issue.input)}`,
	})
	.describe(
		'Оценка: confirmed — подтверждено, partly-confirmed — подтверждено частично, inaccurate — сказано неточно или неполно, unconfirmed — не подтверждено, refuted — опровергнуто.',
	);
