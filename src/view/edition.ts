import type { SiteData } from '../data/site-data.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import { unlocalizedPath } from '../format/urls.ts';
import { publicPages } from './site-pages.ts';
import type { LayoutView } from './layout.ts';

/**
 * What each edition of the site makes (issue 20), for the language switcher, `hreflang` and the
 * sitemap: a page links to its counterpart only when the other edition really makes it.
 */

/** The pages of each edition, by their path in the original edition (`/people/putin/`). */
export type EditionPages = Readonly<Record<Locale, ReadonlySet<string>>>;

const editions = new WeakMap<SiteData, SiteData>();

/**
 * The site data of an edition as its pages show it: the original as it is; a translation with
 * only the people, terms, topics and timelines it has words for (`translated`), since an entry
 * without them would show the original's words, and an English page exists only for an id with
 * an English entry. Charts, maps and places stay: an article embeds only translated ones (the
 * build refuses others), and sources are written once.
 */
export function editionSite(site: SiteData): SiteData {
	if (site.lang === DEFAULT_LOCALE) return site;
	let edition = editions.get(site);
	if (!edition) {
		const only = <T>(entries: Map<string, T>, ids: ReadonlySet<string>) =>
			new Map([...entries].filter(([id]) => ids.has(id)));
		edition = {
			...site,
			people: only(site.people, site.translated.people),
			glossary: only(site.glossary, site.translated.glossary),
			topics: only(site.topics, site.translated.topics),
			timelines: only(site.timelines, site.translated.timelines),
		};
		editions.set(site, edition);
	}
	return edition;
}

/**
 * The pages each edition makes: its public pages (`publicPages`), the 404 page left out, which
 * answers any address. An edition without a published article makes none, so no page links to it.
 */
export function editionPages(sites: Readonly<Record<Locale, SiteData>>): EditionPages {
	const pages = (locale: Locale): ReadonlySet<string> => {
		const site = editionSite(sites[locale]);
		return new Set(site.articles.length === 0 ? [] : publicPages(site).map((page) => page.path));
	};
	return Object.fromEntries(LOCALES.map((locale) => [locale, pages(locale)])) as EditionPages;
}

/**
 * The languages of the page at `path` (with its prefix) in `locale`: the other languages it
 * exists in (`translations`), and every other edition there is (`editions`), whose home page the
 * switcher offers when the page has no counterpart there.
 */
export function pageLanguages(
	path: string,
	locale: Locale,
	pages: EditionPages,
): Required<Pick<LayoutView, 'translations' | 'editions'>> {
	const original = unlocalizedPath(path);
	const others = LOCALES.filter((other) => other !== locale && pages[other].size > 0);
	return {
		translations: others.filter((other) => pages[other].has(original)),
		editions: others,
	};
}

/**
 * `getStaticPaths` of a translation's route: its pages, or none while the edition has no
 * published article, so a site with one language builds no page under another's prefix.
 */
export function editionPaths<T>(site: Pick<SiteData, 'articles'>, paths: readonly T[]): T[] {
	return site.articles.length === 0 ? [] : [...paths];
}

/**
 * `getStaticPaths` of a translation's page at a fixed address (`/en/about/`), which is a
 * `[...index]` route so that it can make no page (see `editionPaths`).
 */
export function editionIndexPaths(site: Pick<SiteData, 'articles'>): {
	params: { index: undefined };
}[] {
	return editionPaths(site, [{ params: { index: undefined } }]);
}
