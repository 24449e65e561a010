import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { sourceListOrder } from '../model/articles.ts';
import { sourceKindLabel } from '../model/labels.ts';
import { quoted } from '../format/typography.ts';
import { sourceAnchor } from '../format/urls.ts';
import type { Source } from '../schemas/source.ts';

/** A source named in a run of names: «Источник: ТАСС, Кремль» under an event or a chart row. */
export interface SourceName {
	/** The publisher, or the id itself when no such source exists. */
	label: string;
	/** Address of the page, when the source has one. */
	url: string | undefined;
	/** What the source is, e.g. «государственное СМИ» (src/model/labels.ts); none for an unknown id. */
	kindLabel: string | undefined;
}

/** The sources `ids` name, in that order, for {@link SourceName} runs. */
export function sourceNames(
	ids: readonly string[],
	sources: ReadonlyMap<string, Source>,
	locale: Locale = DEFAULT_LOCALE,
): SourceName[] {
	return ids.map((id) => {
		const source = sources.get(id);
		return {
			label: source?.publisher ?? id,
			url: source?.url,
			kindLabel: source && sourceKindLabel(source, locale),
		};
	});
}

/**
 * A source's title as a citation shows it: a title in «ёлочки», its own quotes turned into
 * „лапки“; our description of a page whose title could not be established, as it is.
 */
export function citedTitle(
	source: Pick<Source, 'title' | 'titleIsDescription'>,
	locale: Locale = DEFAULT_LOCALE,
): string {
	return source.titleIsDescription ? source.title : quoted(source.title, locale);
}

/**
 * The language a cited title is marked with when it is not the page's (`lang="en"` on a Russian
 * page), so that a screen reader reads an English headline in English; none for a title in the
 * page's language, for our descriptions (written in the page's language) and where the language
 * is not known.
 */
export function titleLanguage(
	source: Pick<Source, 'lang' | 'titleIsDescription'>,
	locale: Locale = DEFAULT_LOCALE,
): string | undefined {
	return source.titleIsDescription || source.lang === locale ? undefined : source.lang;
}

/**
 * One entry of a numbered sources list: the anchor that citations link to, the source, its
 * title as cited with the title's language when that is not Russian, and what kind of source it is.
 */
export interface SourceListItem {
	anchor: string;
	source: Source;
	title: string;
	titleLang: string | undefined;
	/** What the source is, e.g. «официальный источник» (src/model/labels.ts). */
	kindLabel: string;
}

/** The entries of a sources list for `ids` in that order (ids already checked to exist). */
export function sourceListItems(
	ids: readonly string[],
	sources: ReadonlyMap<string, Source>,
	locale: Locale = DEFAULT_LOCALE,
): SourceListItem[] {
	return ids.map((id) => {
		const source = sources.get(id)!;
		return {
			anchor: sourceAnchor(id),
			source,
			title: citedTitle(source, locale),
			titleLang: titleLanguage(source, locale),
			kindLabel: sourceKindLabel(source, locale),
		};
	});
}

/**
 * An article's «Источники»: the sources it cites, in citation order so the numbers match the
 * inline notes, then those it only lists.
 */
export function articleSourceItems(
	article: { references: { citations: readonly string[] }; data: { sources: readonly string[] } },
	sources: ReadonlyMap<string, Source>,
	locale: Locale = DEFAULT_LOCALE,
): SourceListItem[] {
	return sourceListItems(
		sourceListOrder(article.references.citations, article.data.sources),
		sources,
		locale,
	);
}
