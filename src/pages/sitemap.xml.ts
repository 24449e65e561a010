import type { APIRoute } from 'astro';
import { publicPages } from '../view/site-pages.ts';
import { pageLanguages } from '../view/edition.ts';
import { loadEdition, loadEditionPages } from '../view/load-edition.ts';
import { renderSitemap } from '../seo/sitemap.ts';
import { hreflangLinks } from '../seo/alternates.ts';
import { absoluteUrl, localizedPath } from '../format/urls.ts';
import { LOCALES } from '../i18n/locales.ts';
import { SITE } from '../site.ts';

/**
 * `/sitemap.xml`: every public page of every edition with the date its content last changed,
 * and its versions in the other languages as `xhtml:link` alternates (issue 20).
 */
export const GET: APIRoute = async () => {
	const pages = await loadEditionPages();
	const entries = [];
	for (const locale of LOCALES) {
		// An edition without a published article makes no page anyone should find.
		if (pages[locale].size === 0) continue;
		for (const page of publicPages(await loadEdition(locale))) {
			const path = localizedPath(page.path, locale);
			const { translations } = pageLanguages(path, locale, pages);
			entries.push({
				url: absoluteUrl(path),
				lastModified: page.lastModified,
				alternates: hreflangLinks(page.path, [locale, ...translations], SITE),
			});
		}
	}
	return new Response(renderSitemap(entries), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
