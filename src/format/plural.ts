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
