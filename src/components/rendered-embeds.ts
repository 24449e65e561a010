import type { Locale } from '../i18n/locales.ts';
import type { ChartView } from '../view/chart.ts';
import type { MapView } from '../view/map.ts';
import type { TimelineView } from '../view/timeline.ts';
import Chart from './Chart.astro';
import Map from './Map.astro';
import { renderToString, type RenderableComponent } from './render-to-string.ts';
import Timeline from './Timeline.astro';

/**
 * The HTML of an article's embeds — timelines, charts, maps —, rendered once per view and put
 * into every page that embeds them. One timeline is embedded in hundreds of articles, and its
 * 30–70 events are about a hundred component instances rendered again on each page.
 * articleBodyView (src/view/) gives every page of a build the same view object for the same
 * embed and language (so a view is only ever rendered in its own language), and new data gives
 * new views, so nothing stale is reused. Rendered by the same components, the pages are byte for
 * byte the same.
 */

const TIMELINE = Timeline as RenderableComponent;
const CHART = Chart as RenderableComponent;
const MAP = Map as RenderableComponent;

/** The HTML already rendered, by view. */
const rendered = new WeakMap<object, Promise<string>>();

/** The HTML of `component` for `view`, rendered the first time it is asked for. */
function renderedOnce(
	view: object,
	component: RenderableComponent,
	props: Record<string, unknown>,
): Promise<string> {
	let html = rendered.get(view);
	if (!html) {
		html = renderToString(component, props);
		rendered.set(view, html);
	}
	return html;
}

/** An embedded timeline: its title linking to its page, and its events. */
export function embeddedTimelineHtml(timeline: TimelineView, locale: Locale): Promise<string> {
	return renderedOnce(timeline, TIMELINE, { timeline, variant: 'embed', locale });
}

/** An embedded chart: the drawing and its table. */
export function embeddedChartHtml(chart: ChartView, locale: Locale): Promise<string> {
	return renderedOnce(chart, CHART, { chart, locale });
}

/** An embedded map: the drawing and its list of places. */
export function embeddedMapHtml(map: MapView, locale: Locale): Promise<string> {
	return renderedOnce(map, MAP, { map, locale });
}
