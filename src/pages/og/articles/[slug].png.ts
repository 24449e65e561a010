import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '@/data/site-data.ts';
import { shareImagePng } from '@/lib/og/index.ts';
import { articleShareCard, type ArticleCardData } from '@/lib/og/cards.ts';
import { SHARE_IMAGE } from '@/lib/og/share-image.ts';
import { SITE } from '@/site.ts';

/** One share image per published article, at `articleShareImagePath(slug)`; drafts get none. */
export const getStaticPaths = (async () => {
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
	const png = await shareImagePng(articleShareCard(props.data, SITE));
	return new Response(png, { headers: { 'Content-Type': SHARE_IMAGE.type } });
};
