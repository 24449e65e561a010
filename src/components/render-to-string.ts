import { experimental_AstroContainer } from 'astro/container';

/**
 * Renders a component to HTML outside a page, through Astro's Container API: the feeds' full texts
 * (src/feeds/render-article.ts) and the embeds rendered once per build (./rendered-embeds.ts).
 * Build-time only: unit tests do not import it.
 */

/** What the Container API renders. */
export type RenderableComponent = Parameters<experimental_AstroContainer['renderToString']>[0];

/** One container for the whole build: creating it loads Astro's renderer. */
let container: Promise<experimental_AstroContainer> | undefined;

/**
 * The HTML of `component` with `props`. `astro check` types `.astro` imports through Astro's
 * language tools; ESLint's TypeScript does not know them, so callers pass the component as
 * {@link RenderableComponent}.
 */
export async function renderToString(
	component: RenderableComponent,
	props: Record<string, unknown>,
): Promise<string> {
	container ??= experimental_AstroContainer.create();
	return (await container).renderToString(component, { props });
}
