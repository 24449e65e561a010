import Typograf from 'typograf';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/**
 * Russian typography for the build: non-breaking spaces, long dashes, «ёлочки», «…». Used for the
 * article body (through rehypeTypograf) and for the plain strings of the YAML data, so both read
 * alike. The output is plain Unicode (U+00A0, U+2014, …), never `&nbsp;`: Astro escapes it later.
 *
 * Every rule starts disabled and only the rules listed here are enabled, so a new typograf version
 * that adds or turns on a rule changes nothing until it is listed.
 */
const ENABLED_RULES = [
	// Non-breaking spaces. These only turn a space into U+00A0 (U+202F after №), or add the space an
	// abbreviation needs («т.д.» → «т. д.»): no word, digit or sign changes.
	'common/nbsp/afterShortWord', // after 1–2-letter words: в, и, с, к, о, у, а, на, по, за, не, из, до, от
	'common/nbsp/afterShortWordByList', // after longer prepositions and conjunctions: для, без, как, или…
	'common/nbsp/beforeShortLastWord', // a short last word stays with the one before: «…источниках нет.»
	'ru/nbsp/abbr', // «т. д.», «т. е.», «н. э.»
	'ru/nbsp/addr', // «г. Минск», «ул. Ильинка», «д. 4»
	'ru/nbsp/afterNumberSign', // «№ 12-ФЗ»
	'ru/nbsp/beforeParticle', // before бы, ли, же: «дало бы», «состоялся ли»
	'ru/nbsp/dayMonth', // «13 марта»
	'ru/nbsp/initials', // «В. В. Путин»
	'ru/nbsp/mln', // «50 млрд», «6 тыс.»
	'ru/nbsp/see', // «см. хронику»
	'ru/nbsp/year', // «2024 г.»
	// Dashes: a hyphen, a double hyphen or a spaced en dash between words becomes «—» with a
	// non-breaking space before it; a dash that opens direct speech likewise. Hyphens inside words
	// and en dashes in ranges («13–14 марта», «11:40–12:00») have no spaces and stay.
	'ru/dash/main',
	'ru/dash/directSpeech',
	// Punctuation: "quotes" → «ёлочки» with „лапки“ inside; «...» → «…».
	'common/punctuation/quote',
	'common/punctuation/hellip',
];

/*
 * Left disabled on purpose:
 * - common/space/*, ru/space/*: the body arrives in pieces (a text node ends where a link starts),
 *   so trimming or collapsing spaces would glue words across the pieces; adding spaces after colons
 *   or commas would change «повестка:важное», «1:30:11» and other text written that way on purpose.
 * - common/number/*, ru/number/*: they rewrite numbers (3.5 → 3,5, 1/2 → ½, 10 x 5 → 10×5,
 *   +- → ±, digit grouping, «5-ый» → «5-й»): facts are quoted as the sources give them.
 * - ru/dash/time, years, decade, centuries, daysMonth, month, weekday: they rewrite ranges of
 *   times and dates; editors write «11:40–12:00» and «13–14 марта» themselves.
 * - ru/dash/to, koe, ka, taki, izza, izpod, kakto, de, surname: they put hyphens into words, a
 *   spelling change that can change the meaning («такие как то соглашение»).
 * - ru/date/*: 2025-03-13 → 13.03.2025 and lower-casing weekdays rewrite dates.
 * - ru/money/*, common/symbols/*, ru/symbols/*, ru/other/phone-number: $50 → 50 $, руб. → ₽,
 *   (c) → ©, -> → →, an added °, №№ → №, reformatted phone numbers: all change what was written.
 * - ru/nbsp/m, years, centuries, ps: besides the space they rewrite characters (м2 → м², г.г. → гг.,
 *   З.Ы. → P. S.).
 * - ru/punctuation/*, common/punctuation/delDoublePunctuation, common/other/*: they edit the text
 *   (commas before «а» and «но», !! → !, removed repeated words); that is the editor's call.
 * - common/punctuation/apostrophe: names such as O'Brien are spelled as the source spells them.
 * - ru/typo/*: it swaps Latin letters for Cyrillic ones inside words.
 * - common/html/*, ru/optalign/*, common/nbsp/nowrap, common/punctuation/quoteLink: they produce or
 *   expect HTML; typograf only ever sees text here.
 * - common/nbsp/replaceNbsp: it would drop non-breaking spaces an editor typed on purpose.
 * - common/nbsp/afterNumber: numberSpaces below does its job and also takes «1,5 часа» and «86,82 %».
 * - ru/nbsp/ooo, page, rubleKopek, common/nbsp/beforeShortLastNumber, dpi, afterParagraphMark,
 *   afterSectionMark: harmless, but for text the articles do not have («ООО», «рис. 3», «руб.»,
 *   «в зале 10.», «300 dpi», ¶, §); enable one here, with a test, when the content needs it.
 */

/** The languages the site's text is typeset in: Russian, and English for the English edition. */
export const TYPOGRAPHY_LANGUAGES = ['ru', 'en'] as const;

/** A language of {@link TYPOGRAPHY_LANGUAGES}. */
export type TypographyLanguage = (typeof TYPOGRAPHY_LANGUAGES)[number];

/**
 * English rules (typograf's `en-US` locale), for the English edition (issue 20): "quotes" → “curly”
 * with ‘single’ inside, an apostrophe → ’, a spaced hyphen or double hyphen between words → a
 * spaced «—», «...» → «…». Russian rules (short words bound to the next, «ёлочки») would be wrong
 * there. Left disabled for the same reasons as the Russian list above; English needs no more.
 */
const ENGLISH_RULES = [
	'en-US/dash/main',
	'common/punctuation/quote',
	'common/punctuation/apostrophe',
	'common/punctuation/hellip',
];

/** A typograf with every rule off but `rules`, writing characters, not entities. */
function typograf(
	locale: string,
	rules: readonly string[],
	quotes: { left: string; right: string },
) {
	const instance = new Typograf({
		locale: locale === 'ru' ? ['ru', 'en-US'] : [locale],
		// Characters, not entities: the text goes into Astro, which escapes it.
		htmlEntity: { type: 'default' },
		// Only inline tags ever reach typograf (see typographInline), so there is nothing to split.
		processingSeparateParts: false,
	});
	instance.disableRule('*');
	instance.enableRule([...rules]);
	instance.setSetting('common/punctuation/quote', locale, {
		...quotes,
		removeDuplicateQuotes: true,
	});
	return instance;
}

const TYPOGRAF: Readonly<Record<TypographyLanguage, Typograf>> = Object.freeze({
	// Russian quotes: «ёлочки» outside, „лапки“ inside (typograf's third level ‚‘ is not used in Russian).
	ru: typograf('ru', ENABLED_RULES, { left: '«„', right: '»“' }),
	en: typograf('en-US', ENGLISH_RULES, { left: '“‘', right: '”’' }),
});

/**
 * typograf reads its input as HTML: it decodes entities (`&nbsp;`, `&#160;`), treats `<b` as a tag
 * and `\u00a0;` as an escape. Text here is already decoded, so these three characters are swapped
 * for private-use ones while typograf runs and swapped back after.
 */
const MASKS: readonly (readonly [string, string])[] = [
	['&', '\uE000'],
	['<', '\uE001'],
	['\\', '\uE002'],
];
/** Our masks and typograf's own private-use labels (U+F000–U+F0FF): text holding them is left as it is. */
const RESERVED = /[\uE000-\uE002\uF000-\uF0FF]/;

function mask(text: string): string {
	return MASKS.reduce((result, [char, masked]) => result.replaceAll(char, masked), text);
}

function unmask(text: string): string {
	return MASKS.reduce((result, [char, masked]) => result.replaceAll(masked, char), text);
}

/**
 * An en dash between two numbers, a range («13–14 марта», «$59–60 млрд», «11:40–12:00»): a line may
 * break after an en dash, which leaves «13–» at a line's end; a word joiner (U+2060) after the dash
 * holds the range together (issue 18). Invisible, and no character of the text changes.
 */
const NUMBER_RANGE = /(?<=\d)\u2013(?!\u2060)(?=\d)/gu;

/**
 * A non-breaking space between a number and the word, unit or sign after it («2 дня», «1,5 часа»,
 * «86,82 %», «+7,5 %»), and between «млрд», «млн», «тыс.» and a currency sign («50 млрд $»).
 * typograf has no rule for «%» and currency signs, and its afterNumber rule takes only whole
 * numbers after a space, so it misses «1,5 часа» and a number right after a tag
 * («<strong>2 дня</strong>»). Only a number that stands as a word is bound: not the end of a
 * time, a date, a URL or a word («15:15», «1:30:11», «2024-01-15», «?x=1», «Су-35»). Digits and
 * signs stay as written. Ranges of numbers keep together too (see NUMBER_RANGE).
 */
function numberSpaces(text: string): string {
	return text
		.replace(NUMBER_RANGE, '\u2013\u2060')
		.replace(
			/(?<![\p{L}\p{N}_.,:/=&?#@-])(\d+(?:[.,]\d+)?) (?=\p{L}|[%‰‱$€₽£¥](?![\p{L}\p{N}]))/gu,
			'$1\u00A0',
		)
		.replace(/(?<=\d\u00A0(?:тыс\.|млн|млрд|трлн)) (?=[$€₽£¥](?![\p{L}\p{N}]))/gu, '\u00A0');
}

/**
 * typographText's results by input. The same strings come back on page after page (the events of
 * an embedded timeline, source names, titles in lists), and typograf is the costliest step of
 * rendering them; the output depends on the input alone, so each string is typographed once per
 * build. The cache holds each distinct string of the content once, a few MB at 10,000 articles.
 */
const TYPOGRAPHED: Readonly<Record<TypographyLanguage, Map<string, string>>> = Object.freeze({
	ru: new Map<string, string>(),
	en: new Map<string, string>(),
});

/** Markup between the texts of one run of inline content, as typograf should see it. */
export interface InlineTag {
	/** Lower-case element name: `a`, `em`, `sup`, …; anything else is shown to typograf as `span`. */
	name: string;
	/**
	 * `open` and `close` are an element's start and end, with its texts between them; `empty` is an
	 * element whose content typograf must not see (a citation marker, inline code).
	 */
	kind: 'open' | 'close' | 'empty';
}

/** A text of a run of inline content, or the markup between two texts. */
export type InlinePiece = string | InlineTag;

const TAG_NAME = /^[a-z][a-z0-9-]*$/;

function markup({ name, kind }: InlineTag): string {
	const tag = TAG_NAME.test(name) ? name : 'span';
	if (kind === 'open') return `<${tag}>`;
	if (kind === 'close') return `</${tag}>`;
	return `<${tag}></${tag}>`;
}

/**
 * Typographs a run of inline content (a paragraph, a list item, a heading) at once, so that rules
 * see across element boundaries: «в <a>Кремле</a>» gets its non-breaking space after «в», and
 * «"<em>Орешник</em>"» its «ёлочки». Returns the new texts, one for each string in `pieces`, in
 * order; the markup itself is only there for typograf to see where elements start and end.
 *
 * ```ts
 * typographInline(['прошли в ', { name: 'a', kind: 'open' }, 'Кремле', { name: 'a', kind: 'close' }, '.']);
 * // ['прошли в\u00A0', 'Кремле', '.']
 * ```
 */
export function typographInline(
	pieces: readonly InlinePiece[],
	lang: TypographyLanguage = 'ru',
): string[] {
	const texts = pieces.filter((piece) => typeof piece === 'string');
	const alone = () => texts.map((text) => typographText(text, lang));
	if (texts.some((text) => RESERVED.test(text))) return [...texts];

	// The run as typograf sees it: tags, and between each two of them a slot that holds the index
	// of its text, or nothing when two tags meet.
	const tags: string[] = [];
	const slots: (number | undefined)[] = [undefined];
	let source = '';
	let textCount = 0;
	for (const piece of pieces) {
		if (typeof piece === 'string') {
			// Two texts in a row would come back as one; typograph them apart rather than guess.
			if (slots.at(-1) !== undefined) return alone();
			slots[slots.length - 1] = textCount++;
			source += mask(piece);
		} else {
			tags.push(markup(piece));
			slots.push(undefined);
			source += markup(piece);
		}
	}
	const output = TYPOGRAF[lang].execute(source);

	// Masked texts hold no «<», so each «<» in the output starts the next of our tags, which
	// typograf hides while it works and gives back unchanged.
	const segments: string[] = [];
	let position = 0;
	for (const tag of tags) {
		const start = output.indexOf('<', position);
		if (start === -1 || !output.startsWith(tag, start)) return alone();
		segments.push(output.slice(position, start));
		position = start + tag.length;
	}
	if (output.includes('<', position)) return alone();
	segments.push(output.slice(position));

	const result = [...texts];
	for (const [index, slot] of slots.entries()) {
		const segment = segments[index]!;
		if (slot === undefined) {
			if (segment !== '') return alone();
		} else {
			result[slot] = numberSpaces(unmask(segment));
		}
	}
	return result;
}

/**
 * Typographs a plain string: a title, a dek, a key point, a timeline event's title or text; by
 * the Russian rules, or the English ones for `lang: 'en'`.
 *
 * ```ts
 * typographText('Переговоры прошли в Кремле - и "нюансы" остались...');
 * // 'Переговоры прошли в\u00A0Кремле\u00A0— и\u00A0«нюансы» остались…'
 * ```
 */
export function typographText(text: string, lang: TypographyLanguage = 'ru'): string {
	if (text === '' || RESERVED.test(text)) return text;
	let result = TYPOGRAPHED[lang].get(text);
	if (result === undefined) {
		result = numberSpaces(unmask(TYPOGRAF[lang].execute(mask(text))));
		TYPOGRAPHED[lang].set(text, result);
	}
	return result;
}

/**
 * Text in «ёлочки», with the «ёлочки» inside it turned into „лапки“, as Russian nests quotes:
 * `Позднее: «Орешник» на дежурстве` → `«Позднее: „Орешник“ на дежурстве»`. For a title quoted
 * as a whole (a source's, a timeline event's), where «…«…»…» would be wrong. In English “…” with
 * ‘…’ inside: `“Later: ‘Oreshnik’ on duty”`.
 */
export function quoted(text: string, locale: Locale = DEFAULT_LOCALE): string {
	// English nests “double” outside and ‘single’ inside, whichever quotes the text came with.
	if (locale === 'en') return `“${text.replace(/[«“]([^«»“”]*)[»”]/g, '‘$1’')}”`;
	return `«${text.replace(/«([^«»]*)»/g, '„$1“')}»`;
}
