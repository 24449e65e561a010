import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { sourceListOrder } from '../model/articles.ts';
import { sourceKindParts, type SourceKindParts } from '../model/labels.ts';
import { quoted } from '../format/typography.ts';
import { sourceAnchor } from '../format/urls.ts';
import type { Source } from '../schemas/source.ts';

/** A source named in a run of names: «Источник: ТАСС, Кремль» under an event or a chart row. */
export interface SourceName {
	/** The publisher, or the id itself when no such source exists. */
	label: string;
	/** Address of the page, when the source has one. */
	url: string | undefined;
	/** What the source is, e.g. «государственное СМИ»; none for an unknown id. */
	kind: SourceKindView | undefined;
	/** The publisher's language when it is not the page's (see {@link publisherLanguage}). */
	lang: string | undefined;
}

/**
 * What a source is, as src/components/SourceKind.astro shows it: its kind's label
 * (src/model/labels.ts), and for a copy the original's publisher, marked with its language on a
 * page in another («copy (aggregator), original: <span lang="ru">БелТА</span>»).
 */
export interface SourceKindView {
	label: string;
	original: { before: string; publisher: string; lang: string | undefined } | undefined;
}

/** {@link SourceKindView} of a source on a page in `locale`. */
export function sourceKindView(
	source: Pick<Source, 'kind' | 'originalPublisher'>,
	locale: Locale = DEFAULT_LOCALE,
): SourceKindView {
	const { label, original }: SourceKindParts = sourceKindParts(source, locale);
	return {
		label,
		original: original && {
			...original,
			lang: publisherLanguage({ publisher: original.publisher }, locale),
		},
	};
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
			kind: source && sourceKindView(source, locale),
			lang: source && publisherLanguage(source, locale),
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
 * page, `lang="ru"` on an English one), so that a screen reader reads a headline in its own
 * language; none for a title in the page's language and where the language is not known. Our
 * descriptions of untitled pages are Russian: sources are shared by both editions and written
 * once, as published (issue 20), so an English page marks them too.
 */
export function titleLanguage(
	source: Pick<Source, 'lang' | 'titleIsDescription'>,
	locale: Locale = DEFAULT_LOCALE,
): string | undefined {
	const language = source.titleIsDescription ? DEFAULT_LOCALE : source.lang;
	return language === locale ? undefined : language;
}

/** A letter of the Cyrillic script. */
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The language a publisher's name is marked with on a page in another language: `ru` for a name
 * in Cyrillic («ТАСС») on an English page; none on a Russian page, where a Latin brand name
 * («Kyiv Independent») is read as it is written.
 */
export function publisherLanguage(
	source: Pick<Source, 'publisher'>,
	locale: Locale = DEFAULT_LOCALE,
): string | undefined {
	return locale !== DEFAULT_LOCALE && CYRILLIC.test(source.publisher) ? DEFAULT_LOCALE : undefined;
}

/**
 * A source as a citation shows it (src/components/SourceCitation.astro), on an article's sources
 * list and on /sources/ alike: the source, its title as cited, and the languages of the title and
 * publisher where they are not the page's, and what kind of source it is.
 */
export interface CitedSource {
	source: Source;
	/** The title as cited: «quoted», or our description as it is. */
	title: string;
	/** The title's language when it is not the page's, for `lang`. */
	titleLang: string | undefined;
	/** The publisher's language when it is not the page's, for `lang`. */
	publisherLang: string | undefined;
	/** What the source is, e.g. «копия (агрегатор), оригинал: ТАСС». */
	kind: SourceKindView;
}

/** {@link CitedSource} of a source on a page in `locale`. */
export function citedSource(source: Source, locale: Locale = DEFAULT_LOCALE): CitedSource {
	return {
		source,
		title: citedTitle(source, locale),
		titleLang: titleLanguage(source, locale),
		publisherLang: publisherLanguage(source, locale),
		kind: sourceKindView(source, locale),
	};
}

/** One entry of a numbered sources list: the anchor that citations link to, and the source. */
export interface SourceListItem {
	anchor: string;
	cited: CitedSource;
}

/** The entries of a sources list for `ids` in that order (ids already checked to exist). */
export function sourceListItems(
	ids: readonly string[],
	sources: ReadonlyMap<string, Source>,
	locale: Locale = DEFAULT_LOCALE,
): SourceListItem[] {
	return ids.map((id) => ({
		anchor: sourceAnchor(id),
		cited: citedSource(sources.get(id)!, locale),
	}));
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
