import type { LayoutView } from './layout.ts';

/** The 404 page: answers any address, so it is neither indexed nor searchable. */
export interface NotFoundPageView {
	layout: LayoutView;
	homeHref: string;
}

/** The 404 page. */
export function notFoundPage(): NotFoundPageView {
	return {
		layout: {
			title: 'Страница не найдена',
			description: 'Такой страницы на сайте нет',
			indexable: false,
		},
		homeHref: '/',
	};
}
