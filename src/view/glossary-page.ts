import type { SiteData } from '../data/site-data.ts';
import { glossaryShareImagePath } from '../format/urls.ts';
import { countOf } from '../format/plural.ts';
import { SITE } from '../site.ts';
import { pageShareImage, type LayoutView } from './layout.ts';

/** `/glossary/`: every term, alphabetically, each with its anchor. */
export interface GlossaryPageView {
	layout: LayoutView;
	terms: { id: string; term: string; definition: string }[];
}

/** The glossary. */
export function glossaryPage(site: Pick<SiteData, 'glossary'>): GlossaryPageView {
	return {
		layout: {
			title: 'Словарь',
			description: 'Термины, которые встречаются в материалах «Разбора»',
			image: pageShareImage(
				glossaryShareImagePath(),
				`Словарь «${SITE.title}»: ${countOf(site.glossary.size, ['термин', 'термина', 'терминов'])}`,
			),
			searchKind: 'term',
		},
		terms: [...site.glossary]
			.sort(([, a], [, b]) => a.term.localeCompare(b.term, 'ru'))
			.map(([id, term]) => ({ id, term: term.term, definition: term.definition })),
	};
}
