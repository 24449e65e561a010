import {
	archivePath,
	glossaryPath,
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
export function searchPage(): SearchPageView {
	return {
		layout: { title: 'Поиск', description: 'Поиск по материалам «Разбора»' },
		sections: {
			archive: archivePath(),
			timelines: timelinesPath(),
			people: peoplePath(),
			topics: topicsPath(),
			glossary: glossaryPath(),
			sources: sourcesPath(),
		},
	};
}
