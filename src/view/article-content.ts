import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { ArticleEntry, BodyImageEntry, SiteData } from '../data/site-data.ts';
import { chartView, type ChartView } from './chart.ts';
import { mapView, type MapView } from './map.ts';
import { articleSourceItems, type SourceListItem } from './sources.ts';
import { timelineView, type TimelineView } from './timeline.ts';

/** An image of the body as the page shows it: the imported file, its alt text and title. */
export type BodyImageView = BodyImageEntry;

/**
 * What an article's body needs besides its HTML: the timelines, charts and maps it embeds, from the
 * current data. The HTML itself stays in its file (src/cache/article-bodies.ts) until
 * ArticleBody.astro renders it: bodies are kept out of memory and out of Astro's store on purpose,
 * and reading the file is the rendering of it, so the view passes the file, not the text.
 */
export interface ArticleBodyView {
	/** File of the rendered body HTML, with the embeds' placeholders. */
	bodyFile: string;
	/** The embedded charts by id. */
	charts: ReadonlyMap<string, ChartView>;
	/** The embedded timelines by id. */
	timelines: ReadonlyMap<string, TimelineView>;
	/** The embedded maps by id. */
	maps: ReadonlyMap<string, MapView>;
	/** The body's images in document order, for `astro:assets`: a placeholder names its index. */
	images: readonly BodyImageView[];
	/** The article's language, for the words of its embeds. */
	locale: Locale;
}

/** The data an article's embeds are made from. */
type EmbedSite = Pick<SiteData, 'charts' | 'timelines' | 'maps' | 'places' | 'sources' | 'people'>;

/**
 * The views of embeds already made, by the site data they were made from, then by kind, id and
 * language. One timeline is embedded in hundreds of articles: its view is made once per build,
 * and being the same object on every page, its HTML is rendered once too (ArticleBody.astro).
 * New site data (`astro dev`, after an edit) starts afresh.
 */
const embedViews = new WeakMap<EmbedSite, Map<string, ChartView | TimelineView | MapView>>();

function embedView<T extends ChartView | TimelineView | MapView>(
	site: EmbedSite,
	key: string,
	make: () => T,
): T {
	let views = embedViews.get(site);
	if (!views) {
		views = new Map();
		embedViews.set(site, views);
	}
	let view = views.get(key) as T | undefined;
	if (!view) {
		view = make();
		views.set(key, view);
	}
	return view;
}

/** The body of `article` with every chart, timeline and map it refers to, ready to render. */
export function articleBodyView(
	article: Pick<ArticleEntry, 'bodyFile' | 'references' | 'images'>,
	site: EmbedSite,
	locale: Locale = DEFAULT_LOCALE,
): ArticleBodyView {
	const charts = new Map<string, ChartView>();
	const timelines = new Map<string, TimelineView>();
	const maps = new Map<string, MapView>();
	for (const { kind, id } of article.references.references) {
		const key = `${kind}:${id}:${locale}`;
		if (kind === 'chart' && !charts.has(id))
			charts.set(
				id,
				embedView(site, key, () => chartView(id, site.charts.get(id)!, site.sources, locale)),
			);
		if (kind === 'timeline' && !timelines.has(id))
			timelines.set(
				id,
				embedView(site, key, () => timelineView(id, site.timelines.get(id)!, site, locale)),
			);
		if (kind === 'map' && !maps.has(id))
			maps.set(
				id,
				embedView(site, key, () => mapView(id, site.maps.get(id)!, site, locale)),
			);
	}
	return { bodyFile: article.bodyFile, charts, timelines, maps, images: article.images, locale };
}

/**
 * An article as a feed carries it (FeedArticle.astro): «Главное», the body with its embeds, and
 * the sources, so the citations resolve inside the reader too.
 */
export interface FeedArticleView {
	keyPoints: readonly string[];
	body: ArticleBodyView;
	sources: SourceListItem[];
}

/** {@link FeedArticleView} of `article`. */
export function feedArticleView(
	article: ArticleEntry,
	site: SiteData,
	locale: Locale = DEFAULT_LOCALE,
): FeedArticleView {
	return {
		keyPoints: article.data.keyPoints,
		body: articleBodyView(article, site, locale),
		sources: articleSourceItems(article, site.sources, locale),
	};
}
