import { loadSiteData, type SiteData } from '../data/site-data.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import { editionPages, editionSite, type EditionPages } from './edition.ts';

/**
 * The editions as the pages load them (issue 20). Kept apart from src/view/edition.ts, which
 * stays pure, because loading goes through `astro:content`.
 */

/** The site data of the edition in `locale`, loaded once per build: what every page starts from. */
export async function loadEdition(locale: Locale = DEFAULT_LOCALE): Promise<SiteData> {
	return editionSite(await loadSiteData(locale));
}

let cached: Promise<EditionPages> | undefined;

/** The pages of every edition, computed once per build (on every request in `astro dev`). */
export async function loadEditionPages(): Promise<EditionPages> {
	const load = async () => {
		const sites = await Promise.all(LOCALES.map((locale) => loadSiteData(locale)));
		return editionPages(
			Object.fromEntries(LOCALES.map((locale, index) => [locale, sites[index]!])) as Record<
				Locale,
				SiteData
			>,
		);
	};
	// The dev server reloads the content on every request, since it changes while it runs.
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}
