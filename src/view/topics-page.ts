import type { SiteData } from '../data/site-data.ts';
import { countOf } from '../format/plural.ts';
import { topicPath } from '../format/urls.ts';
import type { LayoutView } from './layout.ts';

/** `/topics/`: every topic, by title, with how many articles it has. */
export interface TopicsPageView {
	layout: LayoutView;
	topics: { href: string; title: string; description: string; count: string }[];
}

/** The list of topics. */
export function topicsPage(site: Pick<SiteData, 'topics' | 'index'>): TopicsPageView {
	return {
		layout: {
			title: 'Темы',
			description: 'Темы материалов «Разбора» о визите Лукашенко в Москву',
		},
		topics: [...site.topics]
			.sort(([, a], [, b]) => a.title.localeCompare(b.title, 'ru'))
			.map(([id, topic]) => ({
				href: topicPath(id),
				title: topic.title,
				description: topic.description,
				count: countOf(site.index.topic(id).length, ['материал', 'материала', 'материалов']),
			})),
	};
}
