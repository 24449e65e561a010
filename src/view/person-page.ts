import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../data/site-data.ts';
import { PAGE_SIZES, pageTitle, paginatedPaths, type Page } from '../model/pagination.ts';
import { formatEventDate } from '../model/timeline.ts';
import {
	entryShareImagePath,
	localizedPath,
	personPath,
	timelineEventPath,
} from '../format/urls.ts';
import { articleCard, type ArticleCardView } from './article-card.ts';
import type { Link } from './link.ts';
import { pageShareImage, type LayoutView } from './layout.ts';
import { paginationView, type PaginationView } from './pagination.ts';

/** One page of a person's page: who they are, the articles about them, their events. */
export interface PersonPageView {
	layout: LayoutView;
	title: string;
	role: string;
	description: string;
	cards: ArticleCardView[];
	pagination: PaginationView;
	/** Events they took part in, each linking to its timeline; on the first page only. */
	events: (Link & { date: string })[];
}

/** `getStaticPaths` of the person pages: each person's articles, page by page. */
export function personPaths(site: Pick<SiteData, 'people' | 'index'>) {
	return [...site.people.keys()].flatMap((id) =>
		paginatedPaths(site.index.person(id).articles, PAGE_SIZES.person, { id }),
	);
}

/** A page of the person `id`, from its page of article ids. */
export function personPage(
	site: Pick<SiteData, 'people' | 'index' | 'articleById' | 'timelines'>,
	id: string,
	page: Page<string>,
	locale: Locale = DEFAULT_LOCALE,
): PersonPageView {
	const person = site.people.get(id)!;
	const title = pageTitle(person.name, page, locale);
	return {
		layout: {
			title,
			description: uiFor(locale).pages.person.description(person.name, person.role),
			locale,
			// The first page only: later pages repeat the person's own text.
			...(page.number === 1 ? { searchKind: 'person' as const } : {}),
			image: pageShareImage(
				entryShareImagePath('people', id, locale),
				`${person.name}, ${person.role}. ${uiFor(locale).siteName}`,
			),
		},
		title,
		role: person.role,
		description: person.description,
		cards: page.items.map((slug) => articleCard(site.articleById.get(slug)!, locale)),
		pagination: paginationView(page, (number) => localizedPath(personPath(id, number), locale)),
		// The events go on the first page only: they belong to the person, not to the list of articles.
		events:
			page.number === 1
				? site.index.person(id).events.map((ref) => {
						const event = site.timelines
							.get(ref.timelineId)!
							.events.find((candidate) => candidate.id === ref.eventId)!;
						return {
							date: formatEventDate(event, locale),
							href: localizedPath(timelineEventPath(ref.timelineId, ref.eventId), locale),
							text: event.title,
						};
					})
				: [],
	};
}
