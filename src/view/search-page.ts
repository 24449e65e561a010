import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import {
	archivePath,
	glossaryPath,
	localizedPath,
	peoplePath,
	sourcesPath,
	timelinesPath,
	topicsPath,
} from '../format/urls.ts';
import type { LayoutView } from './layout.ts';

/** `/search/`: the form, and without JavaScript the list of all materials and the sections instead. */
export interface SearchPageView {
	layout: LayoutView;
	/** Where everything can be found without the search. */
	sections: {
		/** The list of all materials, the first thing to offer. */
		archive: string;
		timelines: string;
		people: string;
		topics: string;
		glossary: string;
		sources: string;
	};
}

/** The search page. */
export function searchPage(locale: Locale = DEFAULT_LOCALE): SearchPageView {
	const ui = uiFor(locale).pages.search;
	return {
		layout: { title: ui.title, description: ui.description, locale },
		sections: {
			archive: localizedPath(archivePath(), locale),
			timelines: localizedPath(timelinesPath(), locale),
			people: localizedPath(peoplePath(), locale),
			topics: localizedPath(topicsPath(), locale),
			glossary: localizedPath(glossaryPath(), locale),
			sources: localizedPath(sourcesPath(), locale),
		},
	};
}
