import type { SiteData } from '../data/site-data.ts';
import { lastModified, selectLeadStory } from '../model/articles.ts';
import { ARTICLE_KIND_LABELS } from '../model/labels.ts';
import { PAGE_SIZES } from '../model/pagination.ts';
import { formatEventDate } from '../model/timeline.ts';
import {
	archivePath,
	articlePath,
	logoPath,
	personPath,
	searchPath,
	timelineEventPath,
	timelinePath,
	topicPath,
} from '../format/urls.ts';
import { webSiteLd } from '../seo/structured-data.ts';
import { SITE } from '../site.ts';
import { articleCard, type ArticleCardView } from './article-card.ts';
import type { Link } from './link.ts';
import type { LayoutView } from './layout.ts';

/** The timeline teased on the home page, and how many of its events fit a phone screen. */
const SCHEDULE_ID = 'visit-schedule';
const SCHEDULE_TEASER_EVENTS = 6;

/** Everything the home page shows. */
export interface HomePageView {
	layout: LayoutView;
	/** The site's description, as the page's heading. */
	heading: string;
	/** The story the page leads with: the newest news piece. */
	lead:
		| {
				kindLabel: string;
				href: string;
				title: string;
				dek: string;
				updated: Date;
				keyPoints: readonly string[];
				/** A draft: only `astro dev` shows one, marked «Черновик». */
				draft: boolean;
		  }
		| undefined;
	/** The first events of the visit's schedule, each linking to its place in the timeline. */
	schedule: { href: string; title: string; events: (Link & { date: string })[] } | undefined;
	/** «Последние материалы»: the newest articles after the lead. */
	latest: ArticleCardView[];
	archiveHref: string;
	topics: Link[];
	/** People the articles are about, the most written about first. */
	people: Link[];
}

/** The home page. */
export function homePage(
	site: Pick<SiteData, 'articles' | 'timelines' | 'topics' | 'people' | 'index'>,
): HomePageView {
	const lead = selectLeadStory(site.articles);
	const schedule = site.timelines.get(SCHEDULE_ID);
	return {
		layout: {
			title: SITE.title,
			description: SITE.description,
			structuredData: [webSiteLd(SITE, searchPath(), logoPath())],
		},
		heading: SITE.description,
		lead: lead && {
			kindLabel: ARTICLE_KIND_LABELS[lead.data.kind],
			href: articlePath(lead.id),
			title: lead.data.title,
			dek: lead.data.dek,
			updated: lastModified(lead.data),
			keyPoints: lead.data.keyPoints,
			draft: lead.data.draft,
		},
		schedule: schedule && {
			href: timelinePath(SCHEDULE_ID),
			title: schedule.title,
			events: schedule.events.slice(0, SCHEDULE_TEASER_EVENTS).map((event) => ({
				date: formatEventDate(event),
				href: timelineEventPath(SCHEDULE_ID, event.id),
				text: event.title,
			})),
		},
		latest: site.articles
			.filter((article) => article !== lead)
			.slice(0, PAGE_SIZES.homeLatest)
			.map(articleCard),
		archiveHref: archivePath(),
		topics: [...site.topics].map(([id, topic]) => ({ href: topicPath(id), text: topic.title })),
		people: [...site.people]
			.map(([id, person]) => ({ id, person, count: site.index.person(id).articles.length }))
			.filter((entry) => entry.count > 0)
			.sort((a, b) => b.count - a.count || a.person.name.localeCompare(b.person.name, 'ru'))
			.map(({ id, person }) => ({ href: personPath(id), text: person.name })),
	};
}
