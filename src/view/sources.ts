import { sourceListOrder } from '../model/articles.ts';
import { sourceAnchor } from '../format/urls.ts';
import type { Source } from '../schemas/source.ts';

/** A source named in a run of names: «Источник: ТАСС, Кремль» under an event or a chart row. */
export interface SourceName {
	/** The publisher, or the id itself when no such source exists. */
	label: string;
	/** Address of the page, when the source has one. */
	url: string | undefined;
}

/** The sources `ids` name, in that order, for {@link SourceName} runs. */
export function sourceNames(
	ids: readonly string[],
	sources: ReadonlyMap<string, Source>,
): SourceName[] {
	return ids.map((id) => {
		const source = sources.get(id);
		return { label: source?.publisher ?? id, url: source?.url };
	});
}

/** One entry of a numbered sources list: the anchor that citations link to, and the source. */
export interface SourceListItem {
	anchor: string;
	source: Source;
}

/** The entries of a sources list for `ids` in that order (ids already checked to exist). */
export function sourceListItems(
	ids: readonly string[],
	sources: ReadonlyMap<string, Source>,
): SourceListItem[] {
	return ids.map((id) => ({ anchor: sourceAnchor(id), source: sources.get(id)! }));
}

/**
 * An article's «Источники»: the sources it cites, in citation order so the numbers match the
 * inline notes, then those it only lists.
 */
export function articleSourceItems(
	article: { references: { citations: readonly string[] }; data: { sources: readonly string[] } },
	sources: ReadonlyMap<string, Source>,
): SourceListItem[] {
	return sourceListItems(
		sourceListOrder(article.references.citations, article.data.sources),
		sources,
	);
}
