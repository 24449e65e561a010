import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '@/data/site-data.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/i18n/locales.ts';
import { leadFigure } from '@/model/lead-figure.ts';
import { siteShareImages, type SiteShareImage } from '@/og/site-images.ts';
import { SHARE_IMAGE } from '@/og/share-image.ts';
import { SITE } from '@/site.ts';

/**
 * Every share image of the site (`/og/site.png`, `/og/articles/<slug>.png`, …, and the English
 * edition's under `/og/en/`) in `astro dev`, drawn on request from the same list a build draws. A
 * build has no such route: the share-image integration draws the images beside Astro, on the
 * other core (src/integrations/share-images/).
 */

/**
 * The share images of one edition, from its site data, as the build's queue makes them
 * (src/integrations/share-images/card-queue.ts): a translation has cards only for the timelines,
 * people, topics and terms it has words for, its charts and maps only with their words, and none
 * at all without an article.
 */
async function editionImages(locale: Locale): Promise<SiteShareImage[]> {
	const site = await loadSiteData(locale);
	if (locale !== DEFAULT_LOCALE && site.articles.length === 0) return [];
	const pages = <T>(entries: Map<string, T>, ids: ReadonlySet<string>) =>
		locale === DEFAULT_LOCALE ? entries : new Map([...entries].filter(([id]) => ids.has(id)));
	return siteShareImages(
		{
			articles: site.articles.map(({ id, data, references }) => ({
				id,
				data,
				leadFigure: leadFigure({ hero: data.hero, body: references }),
				// Astro's imported image knows its file (a property it keeps out of enumeration).
				heroFile: (data.hero?.src as { fsPath?: string } | undefined)?.fsPath,
			})),
			charts: pages(site.charts, site.translated.charts),
			maps: pages(site.maps, site.translated.maps),
			places: site.places,
			timelines: pages(site.timelines, site.translated.timelines),
			people: pages(site.people, site.translated.people),
			topics: pages(site.topics, site.translated.topics),
			glossary: pages(site.glossary, site.translated.glossary),
		},
		SITE,
		// `astro dev` shows drafts, so their pages point at images too.
		{ drafts: true, locale },
	);
}

/** Every share image of both editions as a route, in `astro dev` only. */
export const getStaticPaths = (async () => {
	if (import.meta.env.PROD) return [];
	const images = (await Promise.all(LOCALES.map(editionImages))).flat();
	return images.map((image) => ({
		params: { image: image.path.replace(/^\/og\//, '').replace(/\.png$/, '') },
		props: { image },
	}));
}) satisfies GetStaticPaths;

interface Props {
	image: SiteShareImage;
}

/** The share image as a PNG. */
export const GET: APIRoute<Props> = async ({ props }) => {
	// Loaded on request, so that a build never loads the drawing code into Astro's process.
	const { shareImagePng } = await import('@/og/index.ts');
	const png = await shareImagePng(props.image.card);
	return new Response(png, { headers: { 'Content-Type': SHARE_IMAGE.type } });
};
