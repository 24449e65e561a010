import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatCount } from '../format/plural.ts';
import { localizedPath, topicPath } from '../format/urls.ts';
import type { LayoutView } from './layout.ts';

/** `/topics/`: every topic, by title, with how many articles it has. */
export interface TopicsPageView {
	layout: LayoutView;
	topics: { href: string; title: string; description: string; count: string }[];
}

/** The list of topics. */
export function topicsPage(
	site: Pick<SiteData, 'topics' | 'index'>,
	locale: Locale = DEFAULT_LOCALE,
): TopicsPageView {
	const ui = uiFor(locale);
	return {
		layout: { ...ui.pages.topics, locale },
		topics: [...site.topics]
			.sort(([, a], [, b]) => a.title.localeCompare(b.title, LOCALE_TAGS[locale].lang))
			.map(([id, topic]) => ({
				href: localizedPath(topicPath(id), locale),
				title: topic.title,
				description: topic.description,
				count: formatCount(site.index.topic(id).length, ui.counts.articles, locale),
			})),
	};
}
