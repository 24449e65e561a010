import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '@/data/site-data.ts';
import { articleShareCard, type ArticleCardData } from '@/og/cards.ts';
import { SHARE_IMAGE } from '@/og/share-image.ts';
import { SITE } from '@/site.ts';

/**
 * One share image per article, at `articleShareImagePath(slug)`, in `astro dev`. A build has no
 * such route: the share-image integration draws the images beside Astro, on the other core, from
 * the same cards (src/integrations/share-images/).
 */
export const getStaticPaths = (async () => {
	if (import.meta.env.PROD) return [];
	const { articles } = await loadSiteData();
	return articles.map(({ id, data }) => ({
		params: { slug: id },
		props: { data },
	}));
}) satisfies GetStaticPaths;

interface Props {
	data: ArticleCardData;
}

/** The article's share image as a PNG. */
export const GET: APIRoute<Props> = async ({ props }) => {
	// Loaded on request, so that a build never loads the drawing code into Astro's process.
	const { shareImagePng } = await import('@/og/index.ts');
	const png = await shareImagePng(articleShareCard(props.data, SITE));
	return new Response(png, { headers: { 'Content-Type': SHARE_IMAGE.type } });
};
