import type { APIRoute, GetStaticPaths } from 'astro';
import { siteShareCard } from '@/og/cards.ts';
import { SHARE_IMAGE } from '@/og/share-image.ts';
import { SITE } from '@/site.ts';

/**
 * The share image of every page without its own, at `siteShareImagePath()`, in `astro dev`. A
 * build has no such route: the share-image integration draws the images beside Astro, on the
 * other core (src/integrations/share-images/).
 */
export const getStaticPaths = (() =>
	import.meta.env.PROD ? [] : [{ params: { image: 'site' } }]) satisfies GetStaticPaths;

/** The site's share image as a PNG. */
export const GET: APIRoute = async () => {
	// Loaded on request, so that a build never loads the drawing code into Astro's process.
	const { shareImagePng } = await import('@/og/index.ts');
	const png = await shareImagePng(siteShareCard(SITE));
	return new Response(png, { headers: { 'Content-Type': SHARE_IMAGE.type } });
};
