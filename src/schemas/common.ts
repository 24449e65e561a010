import { z } from './zod.ts';
import { trackingParameters } from '../format/tracking-parameters.ts';
import { OFFSET_DATE_TIME, parseOffsetDateTime } from '../format/dates.ts';
import { typographText } from '../format/typography.ts';
import { edits } from '../format/nearest-name.ts';
import { buildMoment } from '../format/clock.ts';
import { MISSING_FIELD } from './russian-errors.ts';

/**
 * A type error message that tells a missing field from a wrong value: zod reports both as
 * `invalid_type`, and «нужен текст» reads oddly for a field that is not there at all.
 */
export function typeError(
	whenWrong: string,
	whenMissing = MISSING_FIELD,
): (issue: { input?: unknown }) => string {
	return (issue) => (issue.input === undefined ? whenMissing : whenWrong);
}

/** Latin kebab-case identifier, the form every id and file name in `content/` takes. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id of another entry or of an event: Latin kebab-case, e.g. `union-state`. */
export const IdSchema = z
	.string({ error: 'нужен идентификатор латиницей, например union-state' })
	.regex(ID_PATTERN, {
		error: (issue) =>
			`«${String(issue.input)}» — не идентификатор; нужны строчные латинские буквы, цифры и дефисы, например union-state`,
	})
	// Shown by the YAML language server instead of the bare pattern (content/.schemas/).
	.meta({
		patternErrorMessage:
			'не идентификатор: нужны строчные латинские буквы, цифры и дефисы, например union-state',
	});

/** Something that a browser would read as the start of a tag or a comment: `<b`, `</`, `<!`. */
export const MARKUP = /<[a-z/!?]/i;

/**
 * Non-empty, trimmed plain text, without HTML: YAML and frontmatter text is printed as text, so
 * markup there would show up as `<script>` on the page, and in a feed or a share preview it could
 * be read as HTML. A `<` before a digit or a space («<5 %») is fine.
 */
export const TextSchema = plainText(
	z
		.string({ error: typeError('нужен текст') })
		.trim()
		.min(1, { error: 'пустое значение; нужен текст' }),
);

/**
 * Characters that change how text around them is shown without showing themselves: bidi
 * controls (U+202E turns «Визит» into «тизиВ» and can spoof a headline in a feed reader) and
 * zero-width characters, which make a title look empty or two equal-looking ids differ. None of
 * the site's languages needs them; a soft hyphen is left alone.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** What each invisible character is, for the message. */
function invisibleName(character: string): string {
	const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	const kind = /[\u200b-\u200d\u2060\ufeff]/u.test(character)
		? 'символ нулевой ширины'
		: 'управление направлением текста';
	return `${code} (${kind})`;
}

/**
 * The checks every reader-facing text of YAML and frontmatter gets, on top of `text`: no HTML,
 * no invisible controls ({@link INVISIBLE}), and at least one visible letter, digit or sign.
 */
export function plainText(text: z.ZodString) {
	return text
		.refine((value) => !MARKUP.test(value), {
			error: 'HTML-разметка в тексте не допускается; напишите обычный текст без <тегов>',
		})
		.superRefine((value, ctx) => {
			const invisible = INVISIBLE.exec(value)?.[0];
			if (invisible) {
				ctx.addIssue({
					code: 'custom',
					message: `в тексте невидимый символ ${invisibleName(invisible)}: он прячет или переворачивает текст; удалите его (проще всего — набрать значение заново)`,
				});
			} else if (value !== '' && !/[\p{L}\p{N}\p{P}\p{S}]/u.test(value)) {
				ctx.addIssue({
					code: 'custom',
					message: 'в тексте нет ни одного видимого знака; напишите текст',
				});
			}
		});
}

/**
 * Reader-facing text: checked as `text` (by default {@link TextSchema}), then set in Russian
 * typography (non-breaking spaces, «ёлочки», dashes; see src/format/typography.ts). This is the
 * one place where the strings of the content get their typography, so pages, feeds and share
 * cards all show the same typeset text and no component has to remember it. Limits such as
 * `.max(120)` go on `text`, so they count what the editor wrote.
 *
 * Not for what is an id, a URL or a value compared with another: those stay as written.
 */
export function displayText(text: z.ZodString = TextSchema) {
	const typeset = z.transform((value: string) => typographText(value));
	DISPLAY_TYPESETTERS.add(typeset);
	return text.pipe(typeset);
}

/**
 * The Russian typesetting steps of {@link displayText}: how src/schemas/translation.ts finds the
 * display texts of a schema, to set them in another language's typography or to keep only them
 * in a translation.
 */
export const DISPLAY_TYPESETTERS = new WeakSet<object>();

/** {@link displayText} without a length limit: titles, descriptions, notes of YAML and frontmatter. */
export const DisplayTextSchema = displayText();

/** A list of ids with no repeats. */
export const IdListSchema = z
	.array(IdSchema)
	.superRefine((ids, ctx) => {
		const seen = new Set<string>();
		ids.forEach((id, index) => {
			if (seen.has(id))
				ctx.addIssue({ code: 'custom', path: [index], message: `«${id}» указан дважды` });
			seen.add(id);
		});
	})
	// The JSON Schema for editors (content/.schemas/) says so too: a repeat is marked while typing.
	.meta({ uniqueItems: true });

/** How far back a publication date may go: the site's archive has nothing older. */
const OLDEST_YEAR = 1991;

/**
 * Why a year is too far from `thisYear` for a publication date (before {@link OLDEST_YEAR} or
 * more than a year ahead), with the year the editor most likely meant: the plausible year that
 * takes fewest keystrokes to reach, the nearest to today on a tie (2205 → 2025). `undefined` for a
 * plausible year.
 */
export function implausibleYear(year: number, thisYear: number): string | undefined {
	if (year >= OLDEST_YEAR && year <= thisYear + 1) return undefined;
	let best: number | undefined;
	let bestEdits = 3;
	for (let candidate = thisYear + 1; candidate >= OLDEST_YEAR; candidate--) {
		const count = edits(String(year), String(candidate));
		const nearer = best !== undefined && Math.abs(candidate - thisYear) < Math.abs(best - thisYear);
		if (count < bestEdits || (count === bestEdits && nearer)) {
			best = candidate;
			bestEdits = count;
		}
	}
	const hint = best ? `; может быть, ${best}?` : `; нужен год от ${OLDEST_YEAR} до ${thisYear + 1}`;
	return `${year} год — слишком далеко от сегодняшнего дня, это похоже на опечатку${hint}`;
}

/**
 * A moment with its UTC offset, e.g. `2025-03-13T12:00:00+03:00`, parsed into a `Date`.
 * The offset is required so that no date depends on the build machine's time zone.
 */
export const DateTimeSchema = z
	.string({
		error: typeError(
			'нужна дата вида 2025-03-13T12:00:00+03:00',
			`${MISSING_FIELD}: нужна дата вида 2025-03-13T12:00:00+03:00`,
		),
	})
	.transform((value, ctx) => {
		const date = parseOffsetDateTime(value);
		const far = date && implausibleYear(date.getUTCFullYear(), buildMoment().getUTCFullYear());
		if (far) {
			ctx.addIssue({ code: 'custom', input: value, message: far });
			return z.NEVER;
		}
		if (date) return date;
		ctx.addIssue({
			code: 'custom',
			input: value,
			message: `«${value}» — не дата; нужна дата вида 2025-03-13T12:00:00+03:00`,
		});
		return z.NEVER;
	})
	// The transform is invisible to JSON Schema; the pattern lets an editor mark a bad date while typing.
	.meta({
		pattern: OFFSET_DATE_TIME.source,
		patternErrorMessage: 'нужна дата и время с часовым поясом, например 2025-03-13T12:00:00+03:00',
	});

/**
 * An absolute web address, `https://` or `http://` (many official sites still publish only the
 * latter), without tracking parameters (`utm_*`, `fbclid`, …). Anything else is refused: another
 * scheme, a bare host, spaces, a host without a dot, or a host ending in a dot (`iz.ru./…`).
 */
export const WebUrlSchema = z
	.string({ error: 'нужна ссылка вида https://…' })
	.refine((value) => /^https?:\/\/[^\s/]+\.[^\s]*$/.test(value) && URL.canParse(value), {
		error: (issue) =>
			`«${String(issue.input)}» — не ссылка; нужен адрес вида https://example.org/…`,
		abort: true,
	})
	.superRefine((value, ctx) => {
		const url = new URL(value);
		// `iz.ru.` resolves in DNS, but sites answer it with certificate or host errors.
		if (url.hostname.endsWith('.')) {
			ctx.addIssue({
				code: 'custom',
				message: `в имени сайта лишняя точка в конце: «${url.hostname}»; уберите её`,
			});
		}
		const tracking = trackingParameters(url);
		if (tracking.length > 0) {
			ctx.addIssue({
				code: 'custom',
				message: `в адресе параметр слежения ${tracking.join(', ')}: уберите его из ссылки, страница откроется и без него`,
			});
		}
	});
