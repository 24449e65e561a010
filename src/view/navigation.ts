import { uiFor } from '../i18n/dictionaries.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { Breadcrumb } from '../seo/structured-data.ts';
import {
	archivePath,
	glossaryPath,
	localizedPath,
	peoplePath,
	searchPath,
	sourcesPath,
	timelinesPath,
	topicsPath,
} from '../format/urls.ts';

/** A section of the site, as the main navigation lists it. */
export interface Section {
	/** Root-relative path of the section's index page. */
	href: string;
	label: string;
}

/** The sections in the main navigation of a language, in order, at that language's paths. */
export function sectionsFor(locale: Locale = DEFAULT_LOCALE): readonly Section[] {
	const labels = uiFor(locale).sections;
	return [
		{ href: archivePath(), label: labels.archive },
		{ href: timelinesPath(), label: labels.timelines },
		{ href: peoplePath(), label: labels.people },
		{ href: topicsPath(), label: labels.topics },
		{ href: glossaryPath(), label: labels.glossary },
		{ href: sourcesPath(), label: labels.sources },
		{ href: searchPath(), label: labels.search },
	].map((section) => ({ ...section, href: localizedPath(section.href, locale) }));
}

/** The sections in the main navigation of the Russian edition, in order. */
export const SECTIONS: readonly Section[] = Object.freeze(sectionsFor(DEFAULT_LOCALE));

/** The section a path belongs to, if any: `/people/putin/` is in «Люди». */
export function sectionOf(path: string, locale: Locale = DEFAULT_LOCALE): Section | undefined {
	return sectionsFor(locale).find((section) => path.startsWith(section.href));
}

/**
 * The trail from the home page to a page: home, the page's section unless the page is the
 * section's index, then the page. The home page itself has no trail.
 */
export function breadcrumbTrail(
	path: string,
	title: string,
	home: Breadcrumb,
	locale: Locale = DEFAULT_LOCALE,
): readonly Breadcrumb[] {
	if (path === home.path) return [];
	const section = sectionOf(path, locale);
	return [
		home,
		...(section && section.href !== path ? [{ name: section.label, path: section.href }] : []),
		{ name: title, path },
	];
}
