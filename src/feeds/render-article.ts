import { experimental_AstroContainer } from 'astro/container';
import FeedArticle from '../components/FeedArticle.astro';
import type { FeedArticleView } from '../view/article-content.ts';

/**
 * Renders an article for the feeds with the components the page uses (`FeedArticle.astro`:
 * «Главное», the body, the sources), through Astro's Container API, so the feeds carry the same
 * timelines, charts and fact boxes as the page.
 * Build-time only: endpoints import it, unit tests do not.
 */

/** What the Container API renders. */
type Component = Parameters<experimental_AstroContainer['renderToString']>[0];

// `astro check` types `.astro` imports through Astro's language tools; ESLint's TypeScript does
// not know them, so the component is given its type here.
const FEED_ARTICLE = FeedArticle as Component;

/** One container for the whole build: creating it loads Astro's renderer. */
let container: Promise<experimental_AstroContainer> | undefined;

/** The article's HTML for a feed, from the same components as the page. */
export async function renderFeedArticle(article: FeedArticleView): Promise<string> {
	container ??= experimental_AstroContainer.create();
	return (await container).renderToString(FEED_ARTICLE, { props: { article } });
}
