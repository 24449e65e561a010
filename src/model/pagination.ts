import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
/**
 * Long lists (every article, a topic's articles, every person) are split into numbered pages, so
 * no page grows with the size of the archive: at thousands of articles one unpaginated index would
 * weigh megabytes and cost the build as much again.
 */

/** How many entries a page of each list holds. */
export const PAGE_SIZES = Object.freeze({
	/** `/archive/`: article cards. */
	archive: 20,
	/** `/topics/<id>/`: article cards. */
	topic: 20,
	/** `/people/`: one line per person. */
	people: 60,
	/** `/people/<id>/`: article cards about the person. */
	person: 20,
	/** The home page's «Последние материалы», before the link to the archive. */
	homeLatest: 10,
	/** `/sources/`: the newest articles named under each source, before «и ещё N». */
	sourceUsage: 5,
});

/** One page of a list. */
export interface Page<T> {
	/** 1-based. */
	number: number;
	/** How many pages the list has; at least 1. */
	count: number;
	items: T[];
}

/** Splits `items` into pages of `size`; an empty list still has one, empty, first page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
	if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size ${size}`);
	const count = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: count }, (_, index) => ({
		number: index + 1,
		count,
		items: items.slice(index * size, (index + 1) * size),
	}));
}

/**
 * The `[...page]` route parameter of a page: none for the first page, which lives at the list's
 * own address, and `page/<n>` after it.
 */
export function pageParameter(number: number): string | undefined {
	return number === 1 ? undefined : `page/${number}`;
}

/**
 * `getStaticPaths` entries of a paginated list: one per page, with the `[...page]` parameter and
 * the page as a prop, plus whatever else the route needs in both (a topic's or a person's `id`).
 */
export function paginatedPaths<T, E extends Record<string, string>>(
	items: readonly T[],
	size: number,
	extra: E = {} as E,
): { params: E & { page: string | undefined }; props: E & { page: Page<T> } }[] {
	return paginate(items, size).map((page) => ({
		params: { ...extra, page: pageParameter(page.number) },
		props: { ...extra, page },
	}));
}

/** `«Темы» — страница 2`, `Topics — page 2`; the first page keeps the plain title. */
export function pageTitle(
	title: string,
	page: Pick<Page<unknown>, 'number'>,
	locale: Locale = DEFAULT_LOCALE,
): string {
	// Typeset as the titles it extends: the dash stays on the title's line.
	return page.number === 1 ? title : uiFor(locale).pagination.title(title, page.number);
}
