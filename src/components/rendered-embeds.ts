import { experimental_AstroContainer } from 'astro/container';
import type { Locale } from '../i18n/locales.ts';
import type { TimelineView } from '../view/timeline.ts';
import Timeline from './Timeline.astro';

/**
 * The HTML of an embedded timeline, rendered once per timeline view and reused on every page that
 * embeds it. A timeline of 30–70 events is about a hundred component instances, the same on
 * each of the hundreds of articles that embed it; rendered anew, it took a fifth of the time of
 * an article page (1,000 articles: 0.9 of 4.6 ms a page). articleBodyView (src/view/) gives the
 * same view object to every page of a build, and new data gives new views, so nothing stale is
 * reused. Rendered with Astro's Container API, the same component gives the same HTML.
 */

/** What the Container API renders. */
type Component = Parameters<experimental_AstroContainer['renderToString']>[0];

// ESLint's TypeScript does not know `.astro` imports (see src/feeds/render-article.ts).
const TIMELINE = Timeline as Component;

/** One container for the whole build: creating it loads Astro's renderer. */
let container: Promise<experimental_AstroContainer> | undefined;

const rendered = new WeakMap<TimelineView, Map<Locale | undefined, Promise<string>>>();

/** The HTML of `timeline` embedded in an article in `locale`'s words. */
export function embeddedTimelineHtml(
	timeline: TimelineView,
	locale: Locale | undefined,
): Promise<string> {
	let byLocale = rendered.get(timeline);
	if (!byLocale) {
		byLocale = new Map();
		rendered.set(timeline, byLocale);
	}
	let html = byLocale.get(locale);
	if (!html) {
		container ??= experimental_AstroContainer.create();
		html = container.then((renderer) =>
			renderer.renderToString(TIMELINE, { props: { timeline, variant: 'embed', locale } }),
		);
		byLocale.set(locale, html);
	}
	return html;
}
