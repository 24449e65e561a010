import type { Page } from '../model/pagination.ts';

/** «Назад / Страница 2 из 5 / Дальше» under a paginated list. */
export interface PaginationView {
	/** 1-based number of this page. */
	number: number;
	/** How many pages the list has. */
	count: number;
	/** The page before, unless this is the first. */
	previousHref: string | undefined;
	/** The page after, unless this is the last. */
	nextHref: string | undefined;
}

/** The pagination of `page`, whose page n lives at `pathOf(n)`. */
export function paginationView(
	page: Pick<Page<unknown>, 'number' | 'count'>,
	pathOf: (number: number) => string,
): PaginationView {
	return {
		number: page.number,
		count: page.count,
		previousHref: page.number > 1 ? pathOf(page.number - 1) : undefined,
		nextHref: page.number < page.count ? pathOf(page.number + 1) : undefined,
	};
}
