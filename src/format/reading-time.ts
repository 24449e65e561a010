import { countOf } from './plural.ts';

/** Words per minute of an average reader of Russian news prose. */
const WORDS_PER_MINUTE = 180;

/** Markdown reduced to the words a reader reads: no directives' ids, link targets or markup. */
function readableText(markdown: string): string {
	return markdown
		.replace(/:cite\{[^}]*\}/g, ' ')
		.replace(/::\w+\{[^}]*\}/g, ' ')
		.replace(/^:::\w*.*$/gm, ' ')
		.replace(/\{#[^}]*\}/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#*_>`[\]:|-]+/g, ' ');
}

/** Where the article loader keeps an article's reading time: its rendered metadata. */
export const READING_MINUTES_KEY = 'readingMinutes';

/** Whole minutes needed to read a Markdown body, at least one. */
export function readingMinutes(markdown: string): number {
	const words = readableText(markdown)
		.split(/\s+/)
		.filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** «1 минута чтения», «3 минуты чтения», «5 минут чтения». */
export function formatReadingTime(minutes: number): string {
	return `${countOf(minutes, ['минута', 'минуты', 'минут'])} чтения`;
}
