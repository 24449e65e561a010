import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { formatCount } from './plural.ts';

/** Words per minute of an average reader of Russian news prose. */
const WORDS_PER_MINUTE = 180;

/**
 * Markdown reduced to the words a reader reads: no directives' ids, link targets or markup, but a
 * fact box's title (`:::factbox[Title]{#id}`) is read like any heading. Embedded timelines are
 * counted where their events are known: see {@link minutesToRead}.
 */
function readableText(markdown: string): string {
	return markdown
		.replace(/:cite\{[^}]*\}/g, ' ')
		.replace(/::\w+\{[^}]*\}/g, ' ')
		.replace(/^:::\w*(?:\[([^\]\n]*)\])?.*$/gm, ' $1 ')
		.replace(/\{#[^}]*\}/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#*_>`[\]:|-]+/g, ' ');
}

/**
 * Where the article loader keeps the words of an article's body: its rendered metadata. Words, not
 * minutes, so that the site data can add what the body embeds (timelines) before rounding.
 */
export const READING_WORDS_KEY = 'readingWords';

/** Words in plain text: runs holding a letter or a digit (a lone «—» is not a word). */
export function countWords(text: string): number {
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Words a reader reads in a Markdown body, fact boxes included. */
export function readingWords(markdown: string): number {
	return countWords(readableText(markdown));
}

/** Whole minutes needed to read `words` words, at least one. */
export function minutesToRead(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Whole minutes needed to read a Markdown body alone, at least one. */
export function readingMinutes(markdown: string): number {
	return minutesToRead(readingWords(markdown));
}

/** «1 минута чтения», «3 минуты чтения», «5 минут чтения»; «1 minute read», «5 minutes read». */
export function formatReadingTime(minutes: number, locale: Locale = DEFAULT_LOCALE): string {
	const ui = uiFor(locale);
	return ui.article.readingTime(formatCount(minutes, ui.counts.minutes, locale));
}
