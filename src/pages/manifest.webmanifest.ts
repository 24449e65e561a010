import type { APIRoute } from 'astro';
import { webManifest } from '@/seo/web-manifest.ts';
import { SITE } from '@/site.ts';

/** `/manifest.webmanifest`: the web app manifest, from the site's constants. */
export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(webManifest(SITE), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
	});
