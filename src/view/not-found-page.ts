import { homePath } from '../format/urls.ts';
import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { LayoutView } from './layout.ts';

/** The 404 page: answers any address, so it is neither indexed nor searchable. */
export interface NotFoundPageView {
	layout: LayoutView;
	homeHref: string;
}

/** The 404 page. */
export function notFoundPage(locale: Locale = DEFAULT_LOCALE): NotFoundPageView {
	const ui = uiFor(locale).pages.notFound;
	return {
		layout: {
			title: ui.title,
			description: ui.description,
			indexable: false,
			locale,
		},
		homeHref: homePath(locale),
	};
}
