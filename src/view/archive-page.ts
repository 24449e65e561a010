import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../data/site-data.ts';
import { PAGE_SIZES, pageTitle, paginatedPaths, type Page } from '../model/pagination.ts';
import { archivePath, localizedPath } from '../format/urls.ts';
import { articleCard, type ArticleCardView } from './article-card.ts';
import type { LayoutView } from './layout.ts';
import { paginationView, type PaginationView } from './pagination.ts';

/** One page of the archive: every article, newest change first. */
export interface ArchivePageView {
	layout: LayoutView;
	title: string;
	cards: ArticleCardView[];
	pagination: PaginationView;
}

/** `getStaticPaths` of the archive: one path per page, the page's article ids as its prop. */
export function archivePaths(site: Pick<SiteData, 'articles'>) {
	return paginatedPaths(
		site.articles.map((article) => article.id),
		PAGE_SIZES.archive,
	);
}

/** A page of the archive, from its page of article ids. */
export function archivePage(
	site: Pick<SiteData, 'articleById'>,
	page: Page<string>,
	locale: Locale = DEFAULT_LOCALE,
): ArchivePageView {
	const ui = uiFor(locale).pages.archive;
	const title = pageTitle(ui.title, page, locale);
	return {
		layout: {
			title,
			description: ui.description,
			locale,
		},
		title,
		cards: page.items.map((id) => articleCard(site.articleById.get(id)!, locale)),
		pagination: paginationView(page, (number) => localizedPath(archivePath(number), locale)),
	};
}
