import { z } from './zod.ts';
import {
	DateTimeSchema,
	DisplayTextSchema,
	IdListSchema,
	IdSchema,
	TextSchema,
	displayText,
	plainText,
	typeError,
} from './common.ts';
import { buildMoment } from '../format/clock.ts';
import { formatDateTime } from '../format/dates.ts';
import { typesetIn } from './translation.ts';
import { VerdictSchema } from './verdict.ts';

/** What kind of piece an article is; each kind gets its own label on the site. */
export const ARTICLE_KINDS = [
	'news',
	'explainer',
	'timeline',
	'numbers',
	'qa',
	'factcheck',
] as const;

/**
 * Languages an article may be written in: Russian, and English for the English edition, whose
 * articles lie in `content/articles/en/` (issue 20).
 */
export const LANGUAGES = ['ru', 'en'] as const;

/** A language of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/** One entry of an article's updates log («Что изменилось»). */
export const ArticleUpdateSchema = z.strictObject({
	/** When the change was published, with offset: `2025-03-13T19:02:00+03:00`. */
	at: DateTimeSchema.describe(
		'Когда опубликовано изменение: дата и время с часовым поясом, например 2025-03-13T19:02:00+03:00. Не раньше published; записи идут от ранних к поздним.',
	),
	/** What changed, in one sentence for readers. */
	note: DisplayTextSchema.describe('Что изменилось — одно предложение для читателя.'),
	/** `true` when the change corrects an error rather than adds news. */
	correction: z
		.boolean({ error: 'нужно true или false' })
		.default(false)
		.describe(
			'true, если запись исправляет ошибку, а не добавляет новые сведения. По умолчанию false.',
		),
});

/** An article's updates log entry as validated. */
export type ArticleUpdate = z.infer<typeof ArticleUpdateSchema>;

/** One claim of the checked text and what the piece found about it. */
export const ClaimCheckSchema = z.strictObject({
	/** What the checked text claims, in one sentence close to its own words. */
	claim: DisplayTextSchema.describe(
		'Что утверждает проверяемый текст — одно предложение, близко к его словам.',
	),
	/** confirmed, partly-confirmed, inaccurate, unconfirmed or refuted (./verdict.ts). */
	verdict: VerdictSchema.describe(
		'Оценка: confirmed — подтверждено, partly-confirmed — подтверждено частично, inaccurate — сказано неточно или неполно, unconfirmed — не подтверждено, refuted — опровергнуто. Должна совпадать с тем, что сказано в тексте.',
	),
	/** The id of the heading whose section checks the claim, e.g. `itogi-vyborov`. */
	section: IdSchema.describe(
		'id заголовка раздела, где разобрано утверждение, например itogi-vyborov-86-82-a-ne-bolee-87.',
	),
});

/** A claim check as validated. */
export type ClaimCheck = z.infer<typeof ClaimCheckSchema>;

/** What a fact-check (`kind: factcheck`) checked: the text and its claims. */
export const FactCheckSchema = z.strictObject({
	/** The checked text: an id from `content/sources/`. */
	reviewed: IdSchema.describe('Проверяемый текст: id файла из content/sources/.'),
	/** The claims the piece rates, in the order of the text. */
	claims: z
		.array(ClaimCheckSchema)
		.min(1, { error: 'нужно хотя бы одно утверждение' })
		.describe('Утверждения, которые оценивает материал, в порядке текста.'),
});

/** A fact-check's data as validated. */
export type FactCheck = z.infer<typeof FactCheckSchema>;

/** An optional lead image. */
export const HeroImageSchema = z.strictObject({
	/**
	 * Path of the image relative to the article's file, e.g. `./images/kremlin.jpg` for
	 * `content/articles/images/kremlin.jpg`: the build imports it, so `astro:assets` can make
	 * AVIF and WebP in several widths (a file in `public/` would be served as it is).
	 */
	src: z
		.string({ error: 'нужен путь к картинке от файла статьи, например ./images/kremlin.jpg' })
		.regex(/^\.{1,2}\/[^\s]+\.(?:jpe?g|png|webp|avif)$/i, {
			error: (issue) =>
				`«${String(issue.input)}» — не путь к картинке; нужен путь от файла статьи вида ./images/kremlin.jpg`,
		})
		.describe(
			'Путь к картинке от файла статьи, начиная с ./, например ./images/kremlin.jpg (файл content/articles/images/kremlin.jpg должен существовать). Форматы: jpg, jpeg, png, webp, avif.',
		),
	/** Text alternative describing the image for readers who cannot see it (required). */
	alt: displayText(
		plainText(
			z
				.string({
					error: typeError(
						'alt должен быть текстом',
						'у картинки нет alt: опишите, что на ней изображено',
					),
				})
				.trim()
				.min(1, { error: 'у картинки пустой alt: опишите, что на ней изображено' }),
		),
	).describe('Что изображено на картинке — для тех, кто её не видит. Обязательно.'),
	/** Optional caption shown under the image. */
	caption: DisplayTextSchema.optional().describe('Подпись под картинкой. Необязательно.'),
	/** Optional credit: author or agency. */
	credit: DisplayTextSchema.optional().describe('Автор снимка или агентство. Необязательно.'),
});

/** Frontmatter of `content/articles/<slug>.md`. The file name is the URL slug. */
export const ArticleSchema = z
	.strictObject({
		/** Headline, up to 120 characters. */
		title: displayText(TextSchema.max(120, { error: 'заголовок длиннее 120 знаков' })).describe(
			'Заголовок статьи, до 120 знаков.',
		),
		/** A shorter title for link previews (`og:title`), up to 70 characters; the headline otherwise. */
		shareTitle: displayText(
			TextSchema.max(70, { error: 'заголовок для соцсетей (shareTitle) длиннее 70 знаков' }),
		)
			.optional()
			.describe(
				'Короткий заголовок для превью ссылки в соцсетях и мессенджерах, до 70 знаков: длинный заголовок там обрезается. Необязательно: без него берётся title.',
			),
		/** One-sentence summary under the headline; also the share and feed description. */
		dek: displayText(
			TextSchema.max(300, { error: 'подзаголовок (dek) длиннее 300 знаков' }),
		).describe(
			'Подзаголовок: главное в одном предложении, до 300 знаков. Он же — описание в соцсетях, мессенджерах и лентах.',
		),
		/** news, explainer, timeline, numbers, qa or factcheck. */
		kind: z
			.enum(ARTICLE_KINDS, { error: `одно из значений: ${ARTICLE_KINDS.join(', ')}` })
			.describe(
				'Жанр, он же рубрика на сайте: news — Новость, explainer — Объяснение, timeline — Хроника, numbers — В цифрах, qa — Вопросы и ответы, factcheck — Проверка фактов.',
			),
		/** Language of the text; `ru` by default. */
		lang: z
			.enum(LANGUAGES, { error: `одно из значений: ${LANGUAGES.join(', ')}` })
			.default('ru')
			.describe(
				'Язык текста: ru (по умолчанию) или en. Его задаёт папка: файл в content/articles/en/ — английский.',
			),
		/** Byline shown under the headline. */
		// `prefault`: the default is parsed like a written value, so it is typeset too.
		byline: DisplayTextSchema.prefault('Редакция «Разбора»').describe(
			'Подпись под заголовком. По умолчанию «Редакция «Разбора»».',
		),
		/** First publication, with offset: `2025-03-13T12:00:00+03:00`. */
		published: DateTimeSchema.describe(
			'Первая публикация: дата и время с часовым поясом, например 2025-03-13T12:00:00+03:00 (секунды можно не писать). На сайте время показывается московское.',
		),
		/** Last substantive change, with offset; not earlier than `published`. Defaults to the last `updates` entry. */
		updated: DateTimeSchema.optional().describe(
			'Последнее существенное изменение, дата и время с часовым поясом; не раньше published и не раньше последней записи в updates. Можно не писать: тогда берётся последняя запись updates.',
		),
		/**
		 * Пометка у даты для материала, написанного после событий: что это разбор и по каким
		 * источникам он написан, например «Разбор написан после событий, по публикациям марта
		 * 2025 года». Показывается под датами публикации; по умолчанию пометки нет.
		 */
		retrospective: DisplayTextSchema.optional().describe(
			'Пометка под датами для материала, написанного после событий: что это разбор и по каким источникам он написан. Необязательно.',
		),
		/** Updates log, oldest first; a correction sets `correction: true`. */
		updates: z
			.array(ArticleUpdateSchema)
			.default([])
			.describe(
				'Журнал «Что изменилось»: по записи на каждое изменение после публикации, от ранних к поздним. Исправление ошибки помечается correction: true.',
			),
		/** «Главное»: 3 to 6 short points. */
		keyPoints: z
			.array(displayText(TextSchema.max(240, { error: 'пункт «Главного» длиннее 240 знаков' })))
			.min(3, { error: 'в «Главном» нужно от 3 до 6 пунктов' })
			.max(6, { error: 'в «Главном» нужно от 3 до 6 пунктов' })
			.describe('«Главное»: от 3 до 6 коротких пунктов, каждый до 240 знаков.'),
		/** Ids from `content/topics/`. */
		topics: IdListSchema.default([]).describe(
			'Темы статьи: id файлов из content/topics/, например [union-state]. Без повторов.',
		),
		/** Ids from `content/people/` of the people the article is about. */
		people: IdListSchema.default([]).describe(
			'Люди, о которых статья: id файлов из content/people/, например [putin, lukashenko].',
		),
		/** Ids from `content/sources/` listed under the article even when not cited inline. */
		sources: IdListSchema.default([]).describe(
			'Источники для списка «Источники» под статьёй, даже если в тексте на них нет :cite: id файлов из content/sources/.',
		),
		/** Optional lead image with required alt text. */
		hero: HeroImageSchema.optional().describe(
			'Главная картинка: src, alt, caption, credit. Необязательно.',
		),
		/**
		 * Only for `kind: factcheck`: the checked text and each claim with its verdict, for the
		 * ClaimReview data search engines read.
		 */
		factCheck: FactCheckSchema.optional().describe(
			'Только для kind: factcheck: какой текст проверен (reviewed) и оценка каждого утверждения (claims) — для поисковиков. Необязательно.',
		),
		/** A draft is checked like any article but never reaches the production build. */
		draft: z
			.boolean({ error: 'нужно true или false' })
			.default(false)
			.describe(
				'true — черновик: виден в npm run dev, но не попадает на сайт, в ленты и поиск. По умолчанию false.',
			),
	})
	.superRefine((article, ctx) => {
		const { published, updated, updates } = article;
		if (article.factCheck && article.kind !== 'factcheck') {
			ctx.addIssue({
				code: 'custom',
				path: ['factCheck'],
				message: 'factCheck бывает только у проверки фактов (kind: factcheck)',
			});
		}
		// A date after the build is a typo or a backdated piece written ahead: never shown as fact.
		const now = buildMoment();
		const future = (path: PropertyKey[], field: string, date: Date): void => {
			if (date > now)
				ctx.addIssue({
					code: 'custom',
					path,
					message: `${field} позже момента сборки (${formatDateTime(now)}): дата не может быть в будущем`,
				});
		};
		future(['published'], 'published', published);
		if (updated) future(['updated'], 'updated', updated);
		updates.forEach((entry, index) => {
			future(['updates', index, 'at'], 'запись в updates', entry.at);
		});
		if (updated && updated < published) {
			ctx.addIssue({
				code: 'custom',
				path: ['updated'],
				message: 'раньше published: обновление не может предшествовать публикации',
			});
		}
		updates.forEach((entry, index) => {
			// A translation repeats the original's corrections, which may predate the translation.
			const ofOriginal = article.lang !== 'ru' && entry.correction;
			if (entry.at < published && !ofOriginal) {
				ctx.addIssue({
					code: 'custom',
					path: ['updates', index, 'at'],
					message: 'запись в updates раньше published',
				});
			}
			const previous = updates[index - 1];
			if (previous && entry.at < previous.at) {
				ctx.addIssue({
					code: 'custom',
					path: ['updates', index, 'at'],
					message: 'записи в updates идут не по порядку: сначала ранние, потом поздние',
				});
			}
		});
		const last = updates.at(-1);
		if (updated && last && updated < last.at) {
			ctx.addIssue({
				code: 'custom',
				path: ['updated'],
				message: 'раньше последней записи в updates',
			});
		}
	});

/** Article frontmatter as validated. */
export type Article = z.infer<typeof ArticleSchema>;

/**
 * The byline of an English article that names none; the Russian default, «Редакция «Разбора»»,
 * is the same words.
 */
export const ENGLISH_BYLINE = 'The Razbor editors';

/**
 * The frontmatter schema of an article in each language: the same fields and rules, the display
 * texts set in that language's typography (src/schemas/translation.ts).
 */
export const ARTICLE_SCHEMAS: Readonly<Record<Language, typeof ArticleSchema>> = Object.freeze({
	ru: ArticleSchema,
	en: typesetIn(ArticleSchema, 'en'),
});
