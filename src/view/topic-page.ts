import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../data/site-data.ts';
import { PAGE_SIZES, pageTitle, paginatedPaths, type Page } from '../model/pagination.ts';
import {
	entryShareImagePath,
	localizedPath,
	topicPath,
	topicSubscribePath,
} from '../format/urls.ts';
import { articleCard, type ArticleCardView } from './article-card.ts';
import { pageShareImage, type LayoutView } from './layout.ts';
import { paginationView, type PaginationView } from './pagination.ts';

/** One page of a topic: its description and its articles. */
export interface TopicPageView {
	layout: LayoutView;
	title: string;
	description: string;
	cards: ArticleCardView[];
	pagination: PaginationView;
	/** The topic's feeds on the subscribe page. */
	subscribeHref: string;
}

/** `getStaticPaths` of the topic pages: each topic's articles, page by page. */
export function topicPaths(site: Pick<SiteData, 'topics' | 'index'>) {
	return [...site.topics.keys()].flatMap((id) =>
		paginatedPaths(site.index.topic(id), PAGE_SIZES.topic, { id }),
	);
}

/** A page of the topic `id`, from its page of article ids. */
export function topicPage(
	site: Pick<SiteData, 'topics' | 'articleById'>,
	id: string,
	page: Page<string>,
	locale: Locale = DEFAULT_LOCALE,
): TopicPageView {
	const topic = site.topics.get(id)!;
	const title = pageTitle(topic.title, page, locale);
	return {
		layout: {
			title,
			locale,
			description: topic.description,
			feedTopic: { id, title: topic.title },
			image: pageShareImage(
				entryShareImagePath('topics', id, locale),
				uiFor(locale).pages.topic.imageAlt(topic.title, uiFor(locale).siteName),
			),
		},
		title,
		description: topic.description,
		cards: page.items.map((slug) => articleCard(site.articleById.get(slug)!, locale)),
		pagination: paginationView(page, (number) => localizedPath(topicPath(id, number), locale)),
		subscribeHref: localizedPath(topicSubscribePath(id), locale),
	};
}
