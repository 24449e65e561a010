import { z } from './zod.ts';
import { typographText } from '../format/typography.ts';
import { DisplayTextSchema, TextSchema, WebUrlSchema } from './common.ts';
import { PartialDateSchema } from './partial-date.ts';

/** The value of `date` for a page that shows no publication date. */
export const UNDATED = 'undated';

/**
 * What a source is, for the reader's trust: an official site, a state medium, a medium the state
 * does not own, a foreign medium, a reference work, or an aggregator's copy. Each has one Russian
 * label (`SOURCE_KIND_LABELS` in src/model/labels.ts), shown wherever the source is.
 */
export const SOURCE_KINDS = [
	'official',
	'state-media',
	'media',
	'foreign-media',
	'reference',
	'aggregator',
] as const;

/** What a source is: one of {@link SOURCE_KINDS}. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A letter of the Cyrillic script: a title with none is not Russian. */
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A source: `content/sources/<id>.yaml`; the file name is its id. */
export const SourceSchema = z
	.strictObject({
		/** Who published it, e.g. «Кремль», «ТАСС», «БелТА». */
		publisher: DisplayTextSchema.describe('Кто опубликовал, например «Кремль», «ТАСС», «БелТА».'),
		/**
		 * Title as published, in its original language; where it cannot be established, a neutral
		 * Russian description with `titleIsDescription: true`. Never a placeholder in [brackets].
		 * Set in Russian typography when it is Russian: a description always, a title when the
		 * source is in Russian (`lang: ru`) and so is the title.
		 */
		title: TextSchema.refine((title) => !/^\[.*\]$/s.test(title), {
			error:
				'заголовок в квадратных скобках: укажите заголовок как опубликован или описание по-русски с titleIsDescription: true',
		}).describe(
			'Заголовок — так, как он опубликован, на языке оригинала; если его установить не удалось — короткое описание по-русски с titleIsDescription: true. Не в квадратных скобках.',
		),
		/**
		 * `true`, если в `title` не заголовок публикации, а наше описание по-русски (заголовок
		 * установить не удалось); такое описание показывается без кавычек. По умолчанию `false`.
		 */
		titleIsDescription: z
			.boolean({ error: 'нужно true или false' })
			.default(false)
			.describe(
				'true, если в title не заголовок публикации, а наше описание по-русски; оно показывается без кавычек. По умолчанию false.',
			),
		/**
		 * Publication date: `2025-03-13`, `2025-03` or `2025` (for a document, the document's own
		 * date), or `undated` when the page shows none: never guess a date.
		 */
		date: z
			.union([z.literal(UNDATED), PartialDateSchema], {
				error: (issue) =>
					issue.input === undefined
						? 'у источника нет даты: укажите дату публикации (2025-03-13) или undated, если на странице её нет'
						: undefined,
			})
			.describe(
				'Дата публикации: 2025-03-13, 2025-03 или 2025 (у документа — дата самого документа). Если на странице даты нет — undated; никогда не угадывайте.',
			),
		/** official, state-media, media, foreign-media, reference or aggregator. */
		kind: z
			.enum(SOURCE_KINDS, { error: `одно из значений: ${SOURCE_KINDS.join(', ')}` })
			.describe(
				'Что это за источник: official — официальный (Кремль, сайт президента Белоруссии, правительство, органы Союзного государства); state-media — государственное СМИ России или Белоруссии (ТАСС, РИА Новости, БелТА, «Российская газета», госТВ); media — негосударственное российское или белорусское СМИ; foreign-media — СМИ других стран; reference — справочник, правовая база, энциклопедия; aggregator — копия чужой публикации на агрегаторе или зеркале (только если первоисточника нет; укажите originalPublisher).',
			),
		/**
		 * For an aggregator's copy: who published the original, e.g. «РИА Новости», where known.
		 * Shown with the «копия» label.
		 */
		originalPublisher: DisplayTextSchema.optional().describe(
			'Для копии (kind: aggregator): кто опубликовал оригинал, например «РИА Новости», если это известно. Необязательно.',
		),
		/** Language of the publication, e.g. `ru` or `en`. */
		lang: z
			.string()
			.regex(/^[a-z]{2}$/, { error: 'двухбуквенный код языка, например ru или en' })
			.optional()
			.describe('Язык публикации — двухбуквенный код, например ru или en. Необязательно.'),
		/** Optional address of the page, `https://` or `http://`; `https://` where the page is served so. */
		url: WebUrlSchema.optional().describe(
			'Адрес страницы: https:// (или http://, если страница есть только так), без меток слежения вроде utm_source. Необязательно.',
		),
	})
	// The original publisher is what makes a copy honest; on a source that is its own original it
	// would only blur which outlet the reader is looking at.
	.refine((source) => source.originalPublisher === undefined || source.kind === 'aggregator', {
		path: ['originalPublisher'],
		error: 'originalPublisher указывают только у копии (kind: aggregator)',
	})
	// A title is quoted from the source. Our Russian description of an untitled page, and a title
	// in Russian, get the site's typography, as the text around them has; a title in another
	// language (an English headline) or of unknown language stays exactly as written: Russian rules
	// would turn its "quotes" into «ёлочки» and bind its short words.
	.transform((source) =>
		source.titleIsDescription || (source.lang === 'ru' && CYRILLIC.test(source.title))
			? { ...source, title: typographText(source.title) }
			: source,
	);

/** A source as validated. */
export type Source = z.infer<typeof SourceSchema>;
