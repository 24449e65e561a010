import { DEFAULT_LOCALE, LOCALE_TAGS, type Locale } from '../i18n/locales.ts';

/**
 * Numbers as each language writes them: Russian «86,82», «1 234,5» (a decimal comma, digits
 * grouped by a no-break space), English «86.82», «1,234.5»; a minus sign, not a hyphen.
 */

const NARROW_NO_BREAK_SPACE = '\u202f';
const NO_BREAK_SPACE = '\u00a0';

/** One formatter per language and number of decimals: creating an `Intl.NumberFormat` costs far more than using it. */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * A number the way the language writes it: «86,82» or «86.82». With `decimals`, exactly that many
 * decimals («3,60»); otherwise as many as the number has, up to four.
 */
export function formatNumber(
	value: number,
	decimals?: number,
	locale: Locale = DEFAULT_LOCALE,
): string {
	const key = `${locale}:${decimals ?? ''}`;
	let format = NUMBER_FORMATS.get(key);
	if (!format) {
		format = new Intl.NumberFormat(LOCALE_TAGS[locale].lang, {
			minimumFractionDigits: decimals ?? 0,
			maximumFractionDigits: decimals ?? 4,
			useGrouping: true,
		});
		NUMBER_FORMATS.set(key, format);
	}
	// ICU's group separator for `ru` has changed between versions; pin it.
	return format.format(value).replaceAll(NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE).replace('-', '−');
}

/**
 * A figure followed by its unit or suffix: Russian sets a no-break space before any of them
 * («86,82 %», «51,8 млрд»), English only before a word («86.82%», «51.8 billion»).
 */
export function withSuffix(
	number: string,
	suffix: string,
	locale: Locale = DEFAULT_LOCALE,
): string {
	const glued = locale === 'en' && /^[%‰]/.test(suffix);
	return `${number}${glued ? '' : NO_BREAK_SPACE}${suffix}`;
}

/** A percentage: «86,82 %», «86.82%». */
export function formatPercent(
	value: number,
	decimals?: number,
	locale: Locale = DEFAULT_LOCALE,
): string {
	return withSuffix(formatNumber(value, decimals, locale), '%', locale);
}

/** The scales a large amount is said in. */
export type AmountScale = 'thousand' | 'million' | 'billion' | 'trillion';

/** The currencies the edition's figures are in. */
export type Currency = 'USD' | 'RUB';

const SCALE_WORDS: Readonly<Record<Locale, Record<AmountScale, string>>> = Object.freeze({
	ru: { thousand: 'тыс.', million: 'млн', billion: 'млрд', trillion: 'трлн' },
	en: { thousand: 'thousand', million: 'million', billion: 'billion', trillion: 'trillion' },
});

/** Russian names the currency after the scale word, in the genitive plural any scale takes. */
const RUSSIAN_CURRENCY: Readonly<Record<Currency, string>> = Object.freeze({
	USD: 'долларов',
	RUB: 'рублей',
});

/** English puts a symbol before the figure, or the currency's name after the scale. */
const ENGLISH_CURRENCY: Readonly<Record<Currency, { symbol?: string; name: string }>> =
	Object.freeze({ USD: { symbol: '$', name: 'dollars' }, RUB: { name: 'roubles' } });

/**
 * An amount of money in a scale, as a figure is quoted: «51,8 млрд долларов», «$51.8 billion»,
 * «1.2 trillion roubles». `value` is in units of the scale (51.8 for 51.8 billion).
 */
export function formatAmount(
	value: number,
	{ scale, currency, decimals }: { scale: AmountScale; currency: Currency; decimals?: number },
	locale: Locale = DEFAULT_LOCALE,
): string {
	const number = formatNumber(value, decimals, locale);
	const scaleWord = SCALE_WORDS[locale][scale];
	if (locale === 'ru')
		return `${number}${NO_BREAK_SPACE}${scaleWord} ${RUSSIAN_CURRENCY[currency]}`;
	const { symbol, name } = ENGLISH_CURRENCY[currency];
	return symbol
		? `${symbol}${number}${NO_BREAK_SPACE}${scaleWord}`
		: `${number}${NO_BREAK_SPACE}${scaleWord} ${name}`;
}
