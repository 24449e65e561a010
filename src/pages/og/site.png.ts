import type { APIRoute } from 'astro';
import { shareImagePng } from '@/lib/og/index.ts';
import { siteShareCard } from '@/lib/og/cards.ts';
import { SHARE_IMAGE } from '@/lib/og/share-image.ts';
import { SITE } from '@/site.ts';

/** The share image of every page without its own, at `siteShareImagePath()`. */
export const GET: APIRoute = async () => {
	const png = await shareImagePng(siteShareCard(SITE));
	return new Response(png, { headers: { 'Content-Type': SHARE_IMAGE.type } });
};
