import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../data/site-data.ts';
import { PAGE_SIZES, pageTitle, paginatedPaths, type Page } from '../model/pagination.ts';
import { localizedPath, peoplePath, personPath } from '../format/urls.ts';
import type { LayoutView } from './layout.ts';
import { paginationView, type PaginationView } from './pagination.ts';

/** One line of the list of people: the name linking to their page, and their role. */
export interface PersonLine {
	href: string;
	name: string;
	role: string;
}

/** One page of `/people/`. */
export interface PeoplePageView {
	layout: LayoutView;
	title: string;
	people: PersonLine[];
	pagination: PaginationView;
}

/** A surname: the last word of a name, whatever space stands before it. */
function surname(name: string): string {
	return name.split(/\s/u).at(-1) ?? name;
}

/** `getStaticPaths` of `/people/`: people sorted by surname, the way Russian indexes list them. */
export function peoplePaths(site: Pick<SiteData, 'people'>) {
	const ids = [...site.people]
		.sort(([, a], [, b]) => surname(a.name).localeCompare(surname(b.name), 'ru'))
		.map(([id]) => id);
	return paginatedPaths(ids, PAGE_SIZES.people);
}

/** A page of the list of people, from its page of ids. */
export function peoplePage(
	site: Pick<SiteData, 'people'>,
	page: Page<string>,
	locale: Locale = DEFAULT_LOCALE,
): PeoplePageView {
	const ui = uiFor(locale).pages.people;
	const title = pageTitle(ui.title, page, locale);
	return {
		layout: { title, description: ui.description, locale },
		title,
		people: page.items.map((id) => {
			const person = site.people.get(id)!;
			return { href: localizedPath(personPath(id), locale), name: person.name, role: person.role };
		}),
		pagination: paginationView(page, (number) => localizedPath(peoplePath(number), locale)),
	};
}
