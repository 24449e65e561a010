import { parseOffsetDateTime } from './dates.ts';

/** Environment variable that fixes the moment of the build, e.g. `2025-03-14T12:00:00+03:00`. */
export const NOW_ENV = 'RAZBOR_NOW';

/**
 * The moment of the build: the clock, or `RAZBOR_NOW` when it is set, so that tests (and an editor
 * checking how content will look on a later day) can fix it. Read on every call, not once, so a
 * test may set the variable around one parse.
 */
export function buildMoment(): Date {
	const fixed = process.env['RAZBOR_NOW'];
	if (!fixed) return new Date();
	const date = parseOffsetDateTime(fixed);
	// A mistyped variable must not silently turn the check off.
	if (!date)
		throw new Error(`${NOW_ENV}: «${fixed}» — не дата; нужна дата вида 2025-03-13T12:00:00+03:00`);
	return date;
}
