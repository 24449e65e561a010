import type { APIRoute, GetStaticPaths } from 'astro';
import { siteShareCard } from '@/lib/og/cards.ts';
import { SHARE_IMAGE } from '@/lib/og/share-image.ts';
import { SITE } from '@/site.ts';

/**
 * The share image of every page without its own, at `siteShareImagePath()`, in `astro dev`. A
 * build has no such route: src/cli/build.ts draws the images beside Astro (src/lib/og/site-images.ts).
 */
export const getStaticPaths = (() =>
	import.meta.env.PROD ? [] : [{ params: { image: 'site' } }]) satisfies GetStaticPaths;

/** The site's share image as a PNG. */
export const GET: APIRoute = async () => {
	// Loaded on request, so that a build never loads the drawing code into Astro's process.
	const { shareImagePng } = await import('@/lib/og/index.ts');
	const png = await shareImagePng(siteShareCard(SITE));
	return new Response(png, { headers: { 'Content-Type': SHARE_IMAGE.type } });
};
