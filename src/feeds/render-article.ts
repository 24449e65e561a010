import FeedArticle from '../components/FeedArticle.astro';
import { renderToString, type RenderableComponent } from '../components/render-to-string.ts';
import type { FeedArticleView } from '../view/article-content.ts';

/**
 * Renders an article for the feeds with the components the page uses (`FeedArticle.astro`:
 * «Главное», the body, the sources), through Astro's Container API, so the feeds carry the same
 * timelines, charts and fact boxes as the page.
 * Build-time only: endpoints import it, unit tests do not.
 */

const FEED_ARTICLE = FeedArticle as RenderableComponent;

/** The article's HTML for a feed, from the same components as the page. */
export function renderFeedArticle(article: FeedArticleView): Promise<string> {
	return renderToString(FEED_ARTICLE, { article });
}
