import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/site-data.ts';
import { publicPages } from '../view/site-pages.ts';
import { renderSitemap } from '../seo/sitemap.ts';
import { absoluteUrl } from '../format/urls.ts';

/** `/sitemap.xml`: every public page with the date its content last changed. */
export const GET: APIRoute = async () => {
	const pages = publicPages(await loadSiteData());
	const body = renderSitemap(
		pages.map((page) => ({ url: absoluteUrl(page.path), lastModified: page.lastModified })),
	);
	return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
