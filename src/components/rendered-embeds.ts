import { experimental_AstroContainer } from 'astro/container';
import type { Locale } from '../i18n/locales.ts';
import type { ChartView } from '../view/chart.ts';
import type { MapView } from '../view/map.ts';
import type { TimelineView } from '../view/timeline.ts';
import Chart from './Chart.astro';
import Map from './Map.astro';
import Timeline from './Timeline.astro';

/**
 * The HTML of an article's embeds — timelines, charts, maps —, rendered once per view and put
 * into every page that embeds them. One timeline is embedded in hundreds of articles, and its
 * 30–70 events are about a hundred component instances rendered again on each page.
 * articleBodyView (src/view/) gives every page of a build the same view object for the same
 * embed and language, and new data gives new views, so nothing stale is reused. Rendered by the
 * same components through Astro's Container API, the pages are byte for byte the same.
 */

/** What the Container API renders. */
type Component = Parameters<experimental_AstroContainer['renderToString']>[0];

// ESLint's TypeScript does not know `.astro` imports (see src/feeds/render-article.ts).
const TIMELINE = Timeline as Component;
const CHART = Chart as Component;
const MAP = Map as Component;

/** One container for the whole build: creating it loads Astro's renderer. */
let container: Promise<experimental_AstroContainer> | undefined;

/** The HTML already rendered, by view and language. */
const rendered = new WeakMap<object, globalThis.Map<Locale | undefined, Promise<string>>>();

/** The HTML of `component` for `view` in `locale`, rendered the first time it is asked for. */
function renderedOnce(
	view: object,
	locale: Locale | undefined,
	component: Component,
	props: Record<string, unknown>,
): Promise<string> {
	let byLocale = rendered.get(view);
	if (!byLocale) {
		byLocale = new globalThis.Map();
		rendered.set(view, byLocale);
	}
	let html = byLocale.get(locale);
	if (!html) {
		container ??= experimental_AstroContainer.create();
		html = container.then((renderer) =>
			renderer.renderToString(component, { props: { ...props, locale } }),
		);
		byLocale.set(locale, html);
	}
	return html;
}

/** An embedded timeline: its title linking to its page, and its events. */
export function embeddedTimelineHtml(
	timeline: TimelineView,
	locale: Locale | undefined,
): Promise<string> {
	return renderedOnce(timeline, locale, TIMELINE, { timeline, variant: 'embed' });
}

/** An embedded chart: the drawing and its table. */
export function embeddedChartHtml(chart: ChartView, locale: Locale | undefined): Promise<string> {
	return renderedOnce(chart, locale, CHART, { chart });
}

/** An embedded map: the drawing and its list of places. */
export function embeddedMapHtml(map: MapView, locale: Locale | undefined): Promise<string> {
	return renderedOnce(map, locale, MAP, { map });
}
