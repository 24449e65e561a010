import { z } from './zod.ts';
import { trackingParameters } from '../format/tracking-parameters.ts';
import { OFFSET_DATE_TIME, parseOffsetDateTime } from '../format/dates.ts';
import { typographText } from '../format/typography.ts';
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
export const TextSchema = z
	.string({ error: typeError('нужен текст') })
	.trim()
	.min(1, { error: 'пустое значение; нужен текст' })
	.refine((text) => !MARKUP.test(text), {
		error: 'HTML-разметка в тексте не допускается; напишите обычный текст без <тегов>',
	});

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
	return text.transform(typographText);
}

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
