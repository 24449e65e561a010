import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { ArticleEntry } from '../data/site-data.ts';
import { lastModified } from '../model/articles.ts';
import { articleKindLabel } from '../model/labels.ts';
import { articlePath, localizedPath } from '../format/urls.ts';

/** An article as a card in a list shows it. */
export interface ArticleCardView {
	href: string;
	kindLabel: string;
	title: string;
	dek: string;
	/** Whether the article changed after publication: the card then says «Обновлено». */
	updated: boolean;
	/** The last change, or the publication when there was none. */
	date: Date;
	/** A draft: only `astro dev` lists drafts, and the card marks them «Черновик». */
	draft: boolean;
}

/** The card of `article`. */
export function articleCard(
	article: Pick<ArticleEntry, 'id' | 'data'>,
	locale: Locale = DEFAULT_LOCALE,
): ArticleCardView {
	const modified = lastModified(article.data);
	return {
		href: localizedPath(articlePath(article.id), locale),
		kindLabel: articleKindLabel(article.data.kind, locale),
		title: article.data.title,
		dek: article.data.dek,
		updated: modified.getTime() !== article.data.published.getTime(),
		date: modified,
		draft: article.data.draft,
	};
}
