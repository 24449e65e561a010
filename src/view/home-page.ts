import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, type Locale } from '../i18n/locales.ts';
import { RU } from '../i18n/ru.ts';
import type { SiteData } from '../data/site-data.ts';
import { lastModified, latestChange, selectLeadStory } from '../model/articles.ts';
import { articleKindLabel } from '../model/labels.ts';
import { PAGE_SIZES } from '../model/pagination.ts';
import { formatEventDate } from '../model/timeline.ts';
import {
	archivePath,
	articlePath,
	localizedPath,
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
import { mapView, type MapView } from './map.ts';
import type { Link } from './link.ts';
import type { LayoutView } from './layout.ts';

/** The timeline teased on the home page, and how many of its events fit a phone screen. */
const SCHEDULE_ID = 'visit-schedule';
const SCHEDULE_TEASER_EVENTS = 6;

/** The home page's title in link previews: the site's name and the event it explains. */
export const HOME_SHARE_TITLE = RU.pages.home.shareTitle(SITE.title);

/** Everything the home page shows. */
export interface HomePageView {
	layout: LayoutView;
	/** The site's description, as the page's heading. */
	heading: string;
	/** The story the page leads with: the newest change on the site (a news piece on a tie). */
	lead:
		| {
				kindLabel: string;
				href: string;
				title: string;
				dek: string;
				/** The last change: the publication when there was none after it. */
				updated: Date;
				/** Whether `updated` is the publication itself («Опубликовано», not «Обновлено»). */
				isPublication: boolean;
				/** What changed then, from the article's `updates`, when the log says. */
				change: { note: string; correction: boolean } | undefined;
				keyPoints: readonly string[];
				/** A draft: only `astro dev` shows one, marked «Черновик». */
				draft: boolean;
		  }
		| undefined;
	/**
	 * The map the page opens with: the lead story's first, or else the first map of the newest
	 * article that has one (the lead is the newest change, often a piece without a map).
	 */
	map: MapView | undefined;
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
	site: Pick<
		SiteData,
		'articles' | 'timelines' | 'topics' | 'people' | 'index' | 'maps' | 'places' | 'sources'
	>,
	locale: Locale = DEFAULT_LOCALE,
): HomePageView {
	const ui = uiFor(locale);
	const lead = selectLeadStory(site.articles);
	const schedule = site.timelines.get(SCHEDULE_ID);
	const mapId = [...(lead ? [lead] : []), ...site.articles]
		.flatMap(({ references }) => references.references)
		.find((reference) => reference.kind === 'map')?.id;
	return {
		layout: {
			title: ui.siteName,
			// «Разбор» alone says nothing in a chat preview: the title says what the site explains.
			shareTitle: ui.pages.home.shareTitle(ui.siteName),
			description: ui.siteDescription,
			structuredData: [
				webSiteLd(
					{ ...SITE, title: ui.siteName, description: ui.siteDescription },
					localizedPath(searchPath(), locale),
					logoPath(),
					locale,
				),
			],
			locale,
		},
		heading: ui.siteDescription,
		lead: lead && {
			kindLabel: articleKindLabel(lead.data.kind, locale),
			href: localizedPath(articlePath(lead.id), locale),
			title: lead.data.title,
			dek: lead.data.dek,
			updated: lastModified(lead.data),
			isPublication: lastModified(lead.data).getTime() === lead.data.published.getTime(),
			change: changeOf(lead.data),
			keyPoints: lead.data.keyPoints,
			draft: lead.data.draft,
		},
		map: mapId === undefined ? undefined : mapView(mapId, site.maps.get(mapId)!, site, locale),
		schedule: schedule && {
			href: localizedPath(timelinePath(SCHEDULE_ID), locale),
			title: schedule.title,
			events: schedule.events.slice(0, SCHEDULE_TEASER_EVENTS).map((event) => ({
				date: formatEventDate(event, locale),
				href: localizedPath(timelineEventPath(SCHEDULE_ID, event.id), locale),
				text: event.title,
			})),
		},
		latest: site.articles
			.filter((article) => article !== lead)
			.slice(0, PAGE_SIZES.homeLatest)
			.map((article) => articleCard(article, locale)),
		archiveHref: localizedPath(archivePath(), locale),
		topics: [...site.topics].map(([id, topic]) => ({
			href: localizedPath(topicPath(id), locale),
			text: topic.title,
		})),
		people: [...site.people]
			.map(([id, person]) => ({ id, person, count: site.index.person(id).articles.length }))
			.filter((entry) => entry.count > 0)
			.sort(
				(a, b) =>
					b.count - a.count || a.person.name.localeCompare(b.person.name, LOCALE_TAGS[locale].lang),
			)
			.map(({ id, person }) => ({
				href: localizedPath(personPath(id), locale),
				text: person.name,
			})),
	};
}

/** The lead's last change as the page words it. */
function changeOf(
	article: Parameters<typeof latestChange>[0],
): { note: string; correction: boolean } | undefined {
	const change = latestChange(article);
	return change && { note: change.note, correction: change.correction };
}
