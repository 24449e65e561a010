import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
	layoutMap,
	MAP_LAYOUT,
	simplifyCountries,
	type CountriesTopology,
	type MapGeometry,
	type MapLayout,
} from '../format/map-geometry.ts';
import type { MapEntry } from '../schemas/map.ts';
import type { Place } from '../schemas/place.ts';

/**
 * The drawing of a map from content: Natural Earth's countries at 1:50m (the `world-atlas`
 * package, read from disk: no network), simplified once per process, and each map laid out
 * once per map object. A map embedded on many pages is the same object on every page of a build
 * (src/data/site-data.ts loads the content once), so it is drawn once, like a chart.
 */

let countries: CountriesTopology | undefined;

/** Natural Earth's countries, simplified for regional maps; read and simplified on first use. */
export function regionalCountries(): CountriesTopology {
	countries ??= simplifyCountries(
		JSON.parse(
			readFileSync(
				createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'),
				'utf8',
			),
		) as CountriesTopology,
	);
	return countries;
}

const drawings = new WeakMap<MapEntry, Map<MapLayout, MapGeometry>>();

/**
 * The geometry of `map`, its places looked up in `places` (every id must exist: the reference
 * check of src/model/references.ts runs before any page is drawn); laid out on first use and
 * reused for the same map object and layout: the page's by default, a share card's
 * (src/og/template.ts) when given.
 */
export function mapDrawing(
	map: MapEntry,
	places: ReadonlyMap<string, Place>,
	layout: MapLayout = MAP_LAYOUT,
): MapGeometry {
	let byLayout = drawings.get(map);
	if (!byLayout) {
		byLayout = new Map();
		drawings.set(map, byLayout);
	}
	let drawing = byLayout.get(layout);
	if (!drawing) {
		const points = map.places.map((id) => {
			const place = places.get(id);
			if (!place) throw new Error(`map names the place «${id}», which does not exist`);
			return { id, label: place.name, lon: place.lon, lat: place.lat };
		});
		drawing = layoutMap(regionalCountries(), points, { route: map.route, layout });
		byLayout.set(layout, drawing);
	}
	return drawing;
}
