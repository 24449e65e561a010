import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapPath } from '../format/urls.ts';

/** `/robots.txt`: everything may be crawled; the sitemap is named with its absolute URL. */
export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapPath())}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
