import { SOURCE_KINDS } from '../schemas/source.ts';
import { SOURCE_KIND_LABELS } from '../model/labels.ts';
import { ABOUT_SECTIONS, correctionsPath, sourcesPath } from '../format/urls.ts';
import type { Site } from '../site.ts';
import type { LayoutView } from './layout.ts';

/** `/about/`: who makes «Разбор», how it checks facts and how it corrects them. */
export interface AboutPageView {
	layout: LayoutView;
	/** Fragment ids of the page's sections, as other pages and the JSON-LD link to them. */
	sections: typeof ABOUT_SECTIONS;
	/** The editors' address and its `mailto:` link. */
	contact: { email: string; href: string };
	/** Every label a source can carry, in the order of the kinds. */
	sourceLabels: string[];
	/** The aggregator's label, named in the rule for copies. */
	copyLabel: string;
	correctionsHref: string;
	sourcesHref: string;
}

/** The about page, from the site's constants. */
export function aboutPage(site: Pick<Site, 'contactEmail'>): AboutPageView {
	return {
		layout: {
			title: 'О проекте',
			description: 'Кто делает «Разбор», как мы проверяем факты и исправляем ошибки',
		},
		sections: ABOUT_SECTIONS,
		contact: { email: site.contactEmail, href: `mailto:${site.contactEmail}` },
		sourceLabels: SOURCE_KINDS.map((kind) => SOURCE_KIND_LABELS[kind]),
		copyLabel: SOURCE_KIND_LABELS.aggregator,
		correctionsHref: correctionsPath(),
		sourcesHref: sourcesPath(),
	};
}
