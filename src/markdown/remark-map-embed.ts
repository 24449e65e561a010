import { createRemarkEmbed, MAP_EMBED } from './remark-embed.ts';

/**
 * `::map{#id}`: a map from `content/maps/`, drawn by the page from the current data like a chart.
 *
 * ```md
 * ::map{#visit-route}
 * ```
 * becomes
 * ```html
 * <div class="embed" data-embed="map" data-id="visit-route"></div>
 * ```
 *
 * The placeholder is all the body carries. The map's SVG enters the page later, in
 * src/components/Map.astro, drawn by our own code (src/format/map-geometry.ts) from Natural
 * Earth data and the YAML of content/maps/ and content/places/: it never passes through the
 * article's HTML, so a guard on body markup has no SVG to allow.
 */
export const remarkMapEmbed = createRemarkEmbed(MAP_EMBED);
