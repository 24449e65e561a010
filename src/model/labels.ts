import type { ARTICLE_KINDS } from '../schemas/article.ts';
import type { Source, SourceKind } from '../schemas/source.ts';

/** Reader-facing label of each article kind, typeset (a short word keeps to the next one). */
export const ARTICLE_KIND_LABELS: Readonly<Record<(typeof ARTICLE_KINDS)[number], string>> =
	Object.freeze({
		news: 'Новость',
		explainer: 'Объяснение',
		timeline: 'Хроника',
		numbers: 'В\u00A0цифрах',
		qa: 'Вопросы и\u00A0ответы',
		factcheck: 'Проверка фактов',
	});

/**
 * Reader-facing label of each kind of source: what the reader needs to weigh it. One place, so
 * the article's list, /sources/, timelines and charts say the same; typeset like the labels above.
 */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = Object.freeze({
	official: 'официальный источник',
	'state-media': 'государственное СМИ',
	media: 'негосударственное СМИ',
	'foreign-media': 'зарубежное СМИ',
	reference: 'справочник',
	aggregator: 'копия (агрегатор)',
});

/**
 * The label a source is shown with: its kind, and for a copy the original's publisher where it is
 * known — «копия (агрегатор), оригинал: РИА\u00A0Новости».
 */
export function sourceKindLabel(source: Pick<Source, 'kind' | 'originalPublisher'>): string {
	const label = SOURCE_KIND_LABELS[source.kind];
	return source.originalPublisher ? `${label}, оригинал: ${source.originalPublisher}` : label;
}
