import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { RU } from '../i18n/ru.ts';
import type { ARTICLE_KINDS } from '../schemas/article.ts';
import type { Source, SourceKind } from '../schemas/source.ts';

/**
 * Reader-facing labels of the content's fixed values, one place for each, in every language's
 * UI dictionary (src/i18n/). The Russian tables below are typed by the schemas' values, so a kind
 * or source kind the dictionaries lack, or one they have and the schemas do not, is a
 * type error.
 */

/** An article's kind, as the schema names it. */
type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Reader-facing label of each article kind in Russian, typeset (a short word keeps to the next one). */
export const ARTICLE_KIND_LABELS: Readonly<Record<ArticleKind, string>> = Object.freeze({
	...RU.articleKinds,
});

/**
 * Reader-facing label of each kind of source in Russian: what the reader needs to weigh it. One
 * place, so the article's list, /sources/, timelines and charts say the same.
 */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = Object.freeze({
	...RU.sourceKinds,
});

/** An article kind's label in a language: «Объяснение», «Explainer». */
export function articleKindLabel(kind: ArticleKind, locale: Locale = DEFAULT_LOCALE): string {
	const labels: Readonly<Record<ArticleKind, string>> = uiFor(locale).articleKinds;
	return labels[kind];
}

/**
 * What a source is, in parts: its kind's label, and for a copy the words before the original's
 * publisher and that publisher, where it is known (the parts a page marks with their language).
 */
export interface SourceKindParts {
	label: string;
	original: { before: string; publisher: string } | undefined;
}

/** {@link sourceKindLabel} in its parts. */
export function sourceKindParts(
	source: Pick<Source, 'kind' | 'originalPublisher'>,
	locale: Locale = DEFAULT_LOCALE,
): SourceKindParts {
	const ui = uiFor(locale);
	const labels: Readonly<Record<SourceKind, string>> = ui.sourceKinds;
	const publisher = source.originalPublisher;
	return {
		label: labels[source.kind],
		original: publisher ? { before: `, ${ui.copyOriginal}: `, publisher } : undefined,
	};
}

/**
 * The label a source is shown with: its kind, and for a copy the original's publisher where it is
 * known — «копия (агрегатор), оригинал: РИА\u00A0Новости».
 */
export function sourceKindLabel(
	source: Pick<Source, 'kind' | 'originalPublisher'>,
	locale: Locale = DEFAULT_LOCALE,
): string {
	const { label, original } = sourceKindParts(source, locale);
	return original ? `${label}${original.before}${original.publisher}` : label;
}
