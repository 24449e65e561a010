import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { SOURCE_KINDS } from '../schemas/source.ts';
import { sourceKindLabel } from '../model/labels.ts';
import { ABOUT_SECTIONS, correctionsPath, localizedPath, sourcesPath } from '../format/urls.ts';
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
export function aboutPage(
	site: Pick<Site, 'contactEmail'>,
	locale: Locale = DEFAULT_LOCALE,
): AboutPageView {
	return {
		layout: { ...uiFor(locale).pages.about, locale },
		sections: ABOUT_SECTIONS,
		contact: { email: site.contactEmail, href: `mailto:${site.contactEmail}` },
		sourceLabels: SOURCE_KINDS.map((kind) => sourceKindLabel({ kind }, locale)),
		copyLabel: sourceKindLabel({ kind: 'aggregator' }, locale),
		correctionsHref: localizedPath(correctionsPath(), locale),
		sourcesHref: localizedPath(sourcesPath(), locale),
	};
}
