import type { Breadcrumb } from '../seo/structured-data.ts';
import {
	archivePath,
	glossaryPath,
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

/** The sections in the main navigation, in order. */
export const SECTIONS: readonly Section[] = Object.freeze([
	{ href: archivePath(), label: 'Материалы' },
	{ href: timelinesPath(), label: 'Хроника' },
	{ href: peoplePath(), label: 'Люди' },
	{ href: topicsPath(), label: 'Темы' },
	{ href: glossaryPath(), label: 'Словарь' },
	{ href: sourcesPath(), label: 'Источники' },
	{ href: searchPath(), label: 'Поиск' },
]);

/** The section a path belongs to, if any: `/people/putin/` is in «Люди». */
export function sectionOf(path: string): Section | undefined {
	return SECTIONS.find((section) => path.startsWith(section.href));
}

/**
 * The trail from the home page to a page: home, the page's section unless the page is the
 * section's index, then the page. The home page itself has no trail.
 */
export function breadcrumbTrail(
	path: string,
	title: string,
	home: Breadcrumb,
): readonly Breadcrumb[] {
	if (path === home.path) return [];
	const section = sectionOf(path);
	return [
		home,
		...(section && section.href !== path ? [{ name: section.label, path: section.href }] : []),
		{ name: title, path },
	];
}
