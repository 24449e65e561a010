import { z } from './zod.ts';
import { typographText } from '../format/typography.ts';
import { DisplayTextSchema, HttpsUrlSchema, TextSchema } from './common.ts';
import { PartialDateSchema } from './partial-date.ts';

/** The value of `date` for a page that shows no publication date. */
export const UNDATED = 'undated';

/** What kind of publication a source is; aggregators and mirrors are cited only as pointers. */
export const SOURCE_KINDS = [
	'official',
	'agency',
	'newspaper',
	'broadcaster',
	'online',
	'document',
	'reference',
	'aggregator',
] as const;

/** A letter of the Cyrillic script: a title with none is not Russian. */
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A source: `content/sources/<id>.yaml`; the file name is its id. */
export const SourceSchema = z
	.strictObject({
		/** Who published it, e.g. «Кремль», «ТАСС», «БелТА». */
		publisher: DisplayTextSchema.describe('Кто опубликовал, например «Кремль», «ТАСС», «БелТА».'),
		/**
		 * Title as published, or a short descriptive label in [brackets]; set in Russian typography
		 * only when the source is in Russian (`lang: ru`) and so is the title.
		 */
		title: TextSchema.describe(
			'Заголовок — так, как он опубликован, или короткое описание в [квадратных скобках].',
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
		/** official, agency, newspaper, broadcaster, online, document, reference or aggregator. */
		kind: z
			.enum(SOURCE_KINDS, { error: `одно из значений: ${SOURCE_KINDS.join(', ')}` })
			.describe(
				'Вид источника: official — официальный сайт или заявление, agency — информагентство, newspaper — газета, broadcaster — теле- или радиокомпания, online — интернет-издание, document — документ, reference — справочное издание, aggregator — агрегатор или зеркало (лучше найти первоисточник).',
			),
		/** Language of the publication, e.g. `ru` or `en`. */
		lang: z
			.string()
			.regex(/^[a-z]{2}$/, { error: 'двухбуквенный код языка, например ru или en' })
			.optional()
			.describe('Язык публикации — двухбуквенный код, например ru или en. Необязательно.'),
		/** Optional `https://` address of the page. */
		url: HttpsUrlSchema.optional().describe(
			'Адрес страницы, только https://, без меток слежения вроде utm_source. Необязательно.',
		),
	})
	// A title is quoted from the source. One in Russian gets the site's typography, as the text
	// around it has; one in another language (an English headline, a Latin-script [label] of a
	// Russian page) or of unknown language stays exactly as written: Russian rules would turn its
	// "quotes" into «ёлочки» and bind its short words.
	.transform((source) =>
		source.lang === 'ru' && CYRILLIC.test(source.title)
			? { ...source, title: typographText(source.title) }
			: source,
	);

/** A source as validated. */
export type Source = z.infer<typeof SourceSchema>;
