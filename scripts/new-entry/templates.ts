import type { z } from '../../src/schemas/zod.ts';
import { toIsoDateTime } from '../../src/format/dates.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { ValuesChartSchema } from '../../src/schemas/chart.ts';
import { MapSchema } from '../../src/schemas/map.ts';
import { PersonSchema } from '../../src/schemas/person.ts';
import { PlaceSchema } from '../../src/schemas/place.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { TermSchema } from '../../src/schemas/term.ts';
import { TimelineSchema } from '../../src/schemas/timeline.ts';
import { TopicSchema } from '../../src/schemas/topic.ts';
import { commentLines, renderFields, type FieldSamples } from './yaml-template.ts';

/** What a template needs besides the schema. */
export interface TemplateContext {
	/** The moment the file is made: its Moscow date and time fill the date fields. */
	now: Date;
	/** An id from `content/sources/`, for the fields that must cite a source. */
	sourceId: string;
	/** The JSON Schema of the file, relative to the file's folder, for the `$schema` line. */
	schemaPath: string;
}

/** One kind of piece `npm run new` makes. */
interface EntryKind {
	/** Collection name in src/content.config.ts (and its folder under `content/`). */
	collection: string;
	/** What the piece is, in Russian, as the first words of the file's heading comment. */
	title: string;
	/** A file name to show in messages, e.g. `lukashenko-visit`. */
	example: string;
	/** The object schema the template follows (for charts: the default `values` kind). */
	schema: z.ZodObject;
	/** The sample values of every field, in the order the file lists them. */
	samples: (dates: TemplateDates, context: TemplateContext) => FieldSamples;
	/** What else to say in the heading comment. */
	note?: string;
}

/** Moscow date forms of {@link TemplateContext.now}. */
interface TemplateDates {
	/** `2025-03-14T00:30:00+03:00` */
	moment: string;
	/** `2025-03-14T00:30+03:00`, as timelines write a time. */
	minute: string;
	/** `2025-03-14T01:30+03:00`: an hour later, for the example of a span's end. */
	minuteLater: string;
	/** `2025-03-14` */
	day: string;
}

const HOUR = 3_600_000;

/** `2025-03-14T00:30:00+03:00` → `2025-03-14T00:30+03:00` */
const withoutSeconds = (moment: string) => moment.slice(0, 16) + moment.slice(19);

/** The kinds of `npm run new`, by the word an editor types. */
export const ENTRY_KINDS = Object.freeze({
	article: {
		collection: 'articles',
		title: 'Статья',
		example: 'lukashenko-visit',
		schema: ArticleSchema,
		samples: ({ moment }) => ({
			title: 'Заголовок статьи',
			shareTitle: { optional: 'Короткий заголовок для соцсетей, до 70 знаков' },
			dek: 'Главное о событии в одном предложении.',
			kind: 'news',
			lang: 'ru',
			byline: 'Редакция «Разбора»',
			published: moment,
			updated: { optional: moment },
			retrospective: {
				optional: 'Разбор написан после событий, по публикациям марта 2025 года и более поздним.',
			},
			updates: {
				optional: {
					item: { at: moment, note: 'Что изменилось — одно предложение.', correction: 'false' },
				},
			},
			keyPoints: {
				list: ['Первый главный пункт.', 'Второй главный пункт.', 'Третий главный пункт.'],
			},
			topics: '[]',
			people: '[]',
			sources: '[]',
			hero: {
				optional: {
					fields: {
						src: './images/photo.jpg',
						alt: 'Что изображено на картинке',
						caption: 'Подпись под картинкой',
						credit: 'Автор снимка или агентство',
					},
				},
			},
			factCheck: {
				optional: {
					fields: {
						reviewed: 'checked-source-id',
						claims: {
							item: {
								claim: 'Что утверждает проверенный текст.',
								verdict: 'unconfirmed',
								section: 'section-id',
							},
						},
					},
				},
			},
			draft: 'true',
		}),
	},
	person: {
		collection: 'people',
		title: 'Человек',
		example: 'lukashenko',
		schema: PersonSchema,
		samples: () => ({
			name: 'Имя Фамилия',
			role: 'должность во время событий',
			description: 'Кто это — одно-два нейтральных предложения.',
		}),
	},
	source: {
		collection: 'sources',
		title: 'Источник',
		example: 'kremlin-talks',
		// The fields as written: the schema's transform (typography of a Russian title) comes after.
		schema: SourceSchema.in,
		samples: ({ day }) => ({
			publisher: 'Издатель',
			title: 'Заголовок публикации',
			titleIsDescription: { optional: 'false' },
			date: day,
			kind: 'media',
			originalPublisher: { optional: 'РИА Новости' },
			lang: 'ru',
			url: { optional: 'https://example.org/page' },
		}),
	},
	term: {
		collection: 'glossary',
		title: 'Термин словаря',
		example: 'union-state',
		schema: TermSchema,
		samples: () => ({
			term: 'Термин',
			definition: 'Нейтральное определение в одно-два предложения.',
		}),
	},
	timeline: {
		collection: 'timelines',
		title: 'Хроника',
		example: 'visit-schedule',
		schema: TimelineSchema,
		samples: ({ minute, minuteLater }, { sourceId }) => ({
			title: 'Заголовок хроники',
			description: { optional: 'Вступление в одно предложение.' },
			events: {
				item: {
					id: 'first-event',
					date: minute,
					end: { optional: minuteLater },
					qualifier: { optional: 'about' },
					period: { optional: 'утро' },
					title: 'Что произошло',
					text: { optional: 'Подробности простым текстом.' },
					caveat: { optional: 'что не подтверждено' },
					sources: `[${sourceId}]`,
					people: '[]',
				},
			},
		}),
	},
	chart: {
		collection: 'charts',
		title: 'Диаграмма',
		example: 'trade-by-year',
		schema: ValuesChartSchema,
		note: 'Диаграмма этапов с датами пишется иначе: kind: dates, без unit, suffix и decimals, а у каждого значения вместо value и qualifier — день: date: 2025-03-13.',
		samples: (_dates, { sourceId }) => ({
			kind: 'values',
			title: 'Заголовок диаграммы',
			description: 'Что показывает диаграмма — одно-два предложения с главными числами.',
			note: { optional: 'Оговорка ко всей диаграмме.' },
			unit: 'единица измерения',
			suffix: { optional: 'ед.' },
			decimals: { optional: '1' },
			bars: {
				item: {
					label: 'Подпись полосы',
					value: '0',
					qualifier: { optional: 'about' },
					basis: { optional: 'чья это статистика' },
					note: { optional: 'оговорка к значению' },
					sources: `[${sourceId}]`,
				},
			},
		}),
	},
	place: {
		collection: 'places',
		title: 'Место на карте',
		example: 'moscow',
		schema: PlaceSchema,
		note: 'Координаты берите из набора данных, а не по памяти: Natural Earth 1:50m Populated Places; у здания внутри города своей точки нет — назовите его в venue события.',
		samples: ({ day }, { sourceId }) => ({
			name: 'Название места',
			lon: '37.6136',
			lat: '55.7541',
			coordinatesSource:
				'Natural Earth 1:50m Populated Places (ne_50m_populated_places_simple), точка Moscow',
			events: {
				item: {
					date: day,
					venue: { optional: 'здание или место внутри пункта' },
					text: 'Что здесь произошло.',
					sources: `[${sourceId}]`,
				},
			},
		}),
	},
	map: {
		collection: 'maps',
		title: 'Карта',
		example: 'visit-route',
		schema: MapSchema,
		samples: () => ({
			title: 'Подпись карты',
			description: 'Что показывает карта — одно-два предложения для тех, кто не видит рисунок.',
			places: '[minsk, moscow]',
			route: { optional: '[minsk, moscow]' },
		}),
	},
	topic: {
		collection: 'topics',
		title: 'Тема',
		example: 'union-state',
		schema: TopicSchema,
		samples: () => ({
			title: 'Название темы',
			description: 'Одно предложение о том, что входит в тему.',
		}),
	},
} satisfies Record<string, EntryKind>);

/** A word `npm run new` takes: `article`, `person`, … */
export type EntryKindName = keyof typeof ENTRY_KINDS;

/** Whether `word` names a kind of piece. */
export function isEntryKind(word: string): word is EntryKindName {
	return Object.hasOwn(ENTRY_KINDS, word);
}

/** What to write in a YAML data file before its fields. */
function dataHeading(kind: EntryKind, context: TemplateContext): string[] {
	return [
		`# yaml-language-server: $schema=${context.schemaPath}`,
		...commentLines(
			`${kind.title}. Файл создан командой npm run new: замените примеры своим текстом; над каждым полем сказано, что в нём писать, строки с «# поле:» раскомментируйте, когда они нужны. У справочных записей нет черновиков: запись попадёт на сайт со следующей сборкой.`,
			'',
		),
		...(kind.note ? commentLines(kind.note, '') : []),
	];
}

/**
 * The text of a new piece of the given kind: every field its schema knows with a comment from
 * the schema's description, the optional ones commented out, dates in Moscow time, an article as
 * a draft. It passes the loaders as it is (tests/unit/scripts/new-entry.test.ts).
 */
export function renderTemplate(name: EntryKindName, context: TemplateContext): string {
	const kind: EntryKind = ENTRY_KINDS[name];
	const moment = toIsoDateTime(context.now);
	const dates: TemplateDates = {
		moment,
		minute: withoutSeconds(moment),
		minuteLater: withoutSeconds(toIsoDateTime(new Date(context.now.getTime() + HOUR))),
		day: moment.slice(0, 10),
	};
	const fields = renderFields(kind.schema, kind.samples(dates, context));
	if (name !== 'article') return [...dataHeading(kind, context), ...fields, ''].join('\n');
	// No `$schema` line in frontmatter: the YAML language server would resolve it against the
	// Astro extension's embedded document, not the file. The Astro extension knows the schema.
	const heading = commentLines(
		'Статья: шапка между строками ---, ниже — текст в Markdown. Создана командой npm run new как черновик (draft: true): она видна в npm run dev и не попадёт на сайт, пока вы не поставите draft: false. Над каждым полем сказано, что в нём писать; строки с «# поле:» раскомментируйте, когда они нужны.',
		'',
	);
	return [
		'---',
		...heading,
		...fields,
		'---',
		'',
		'Текст статьи в Markdown. Разделы начинайте с заголовка второго уровня: `## Что произошло`.',
		'',
	].join('\n');
}
