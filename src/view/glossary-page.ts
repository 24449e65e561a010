import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../data/site-data.ts';
import { glossaryShareImagePath } from '../format/urls.ts';
import { formatCount } from '../format/plural.ts';
import { pageShareImage, type LayoutView } from './layout.ts';

/** `/glossary/`: every term, alphabetically, each with its anchor. */
export interface GlossaryPageView {
	layout: LayoutView;
	terms: { id: string; term: string; definition: string }[];
}

/** The glossary. */
export function glossaryPage(
	site: Pick<SiteData, 'glossary'>,
	locale: Locale = DEFAULT_LOCALE,
): GlossaryPageView {
	const ui = uiFor(locale);
	return {
		layout: {
			title: ui.pages.glossary.title,
			description: ui.pages.glossary.description,
			image: pageShareImage(
				glossaryShareImagePath(locale),
				ui.pages.glossary.imageAlt(
					ui.siteName,
					formatCount(site.glossary.size, ui.counts.terms, locale),
				),
			),
			searchKind: 'term',
			locale,
		},
		terms: [...site.glossary]
			.sort(([, a], [, b]) => a.term.localeCompare(b.term, LOCALE_TAGS[locale].lang))
			.map(([id, term]) => ({ id, term: term.term, definition: term.definition })),
	};
}
