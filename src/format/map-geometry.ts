/**
 * Geometry of the build-time SVG maps: a conic projection fitted to the places, Natural Earth
 * borders clipped to the frame and rounded, the places' points and labels, the route. Pure
 * functions only: the same topology and places always give the same drawing.
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { LineString, MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { characterCount } from './chart-geometry.ts';

/** Sizes in SVG user units; the SVG scales with its `viewBox`, so its text scales with it. */
export const MAP_LAYOUT = Object.freeze({
	/** Width of the drawing. */
	width: 400,
	/** Font size of the places' labels. */
	fontSize: 16,
	/** Average advance of a character as a share of the font size, as in the charts: errs wide. */
	charWidth: 0.57,
	/** Room left and right of the outermost places: a short label fits there. */
	marginX: 64,
	/** Room above and below the outermost places. */
	marginY: 44,
	/** The drawing is never flatter than this share of its width… */
	minAspect: 0.5,
	/** …nor taller than this share. */
	maxAspect: 1,
	/** Radius of a place's dot. */
	pointRadius: 5,
	/** Space between a dot and its label. */
	labelGap: 8,
	/** Decimals of every coordinate in the SVG: a tenth of a unit is finer than a phone's pixel. */
	digits: 1,
	/**
	 * Smallest triangle (in square degrees) a border point must make with its neighbours to be
	 * kept: at a regional scale, what is finer than this would not show, only weigh.
	 */
	minWeight: 0.004,
});

/** Layout constants; {@link MAP_LAYOUT} by default, a share card's its own (src/og/template.ts). */
export type MapLayout = { readonly [K in keyof typeof MAP_LAYOUT]: number };

/** The Natural Earth countries as `world-atlas` ships them. */
export type CountriesTopology = Topology<{
	countries: GeometryCollection;
	land: GeometryCollection;
}>;

/** A place to draw. */
export interface MapPointInput {
	id: string;
	/** The label beside its dot, e.g. «Москва». */
	label: string;
	/** Degrees east. */
	lon: number;
	/** Degrees north. */
	lat: number;
}

/** A place drawn: its dot and its label; `y` of the label is its baseline. */
export interface MapPoint {
	id: string;
	x: number;
	y: number;
	label: { x: number; y: number; text: string; anchor: 'start' | 'end' };
}

/** The whole drawing, in user units. */
export interface MapGeometry {
	width: number;
	height: number;
	/** `0 0 width height`. */
	viewBox: string;
	/** Path of the land inside the frame. */
	land: string;
	/** Path of the borders between countries inside the frame. */
	borders: string;
	/** Path of the route, along great circles, or `undefined` without one. */
	route: string | undefined;
	/** The places, in the order given. */
	points: MapPoint[];
}

/**
 * The topology simplified for regional maps: border points whose triangle with their neighbours
 * is smaller than `minWeight` square degrees are dropped, shared borders alike (topology kept).
 */
export function simplifyCountries(
	topology: CountriesTopology,
	minWeight: number = MAP_LAYOUT.minWeight,
): CountriesTopology {
	return simplify<CountriesTopology['objects']>(presimplify(topology), minWeight);
}

function round(value: number, digits: number): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

/** A conic projection for the places: standard parallels at their extremes, centred on them. */
function projectionFor(points: readonly MapPointInput[]): GeoProjection {
	const lats = points.map((point) => point.lat);
	const lons = points.map((point) => point.lon);
	const south = Math.min(...lats);
	const north = Math.max(...lats);
	const spread = Math.max(2, north - south);
	const middle = (south + north) / 2;
	return geoConicConformal()
		.parallels([middle - spread / 4, middle + spread / 4])
		.rotate([-(Math.min(...lons) + Math.max(...lons)) / 2, 0]);
}

/**
 * Lays out a locator map of `points` on the countries of `topology`: the projection is fitted
 * so that every place lies inside the frame with room for labels, the frame's height follows
 * the places' spread (within `minAspect`…`maxAspect` of the width), borders are clipped to the
 * frame, and each label sits on the outer side of its dot (right of the middle: right) unless it
 * would leave the frame there.
 */
export function layoutMap(
	topology: CountriesTopology,
	points: readonly MapPointInput[],
	options: { route?: readonly string[] | undefined; layout?: MapLayout } = {},
): MapGeometry {
	if (points.length === 0) throw new Error('a map needs at least one place');
	const layout = options.layout ?? MAP_LAYOUT;
	const { width, marginX, marginY, fontSize, labelGap, digits } = layout;
	const cloud: MultiPoint = {
		type: 'MultiPoint',
		coordinates: points.map((point) => [point.lon, point.lat]),
	};

	// Fit to the width first; one place alone gets a regional scale instead of an infinite one.
	const projection = projectionFor(points);
	const inner = width - 2 * marginX;
	if (points.length > 1) projection.fitWidth(inner, cloud);
	else projection.scale(width * 4).translate([inner / 2, 0]);
	const [[, y0], [, y1]] = geoPath(projection).bounds(cloud);
	const spreadY = y1 - y0;
	const height = Math.round(
		Math.min(width * layout.maxAspect, Math.max(width * layout.minAspect, spreadY + 2 * marginY)),
	);
	// A spread taller than the frame allows is scaled down to fit.
	const shrink = Math.min(1, (height - 2 * marginY) / Math.max(spreadY, 1e-9));
	if (shrink < 1) projection.scale(projection.scale() * shrink);
	const [[a0, b0], [a1, b1]] = geoPath(projection).bounds(cloud);
	const [tx, ty] = projection.translate();
	projection
		.translate([tx + width / 2 - (a0 + a1) / 2, ty + height / 2 - (b0 + b1) / 2])
		.clipExtent([
			[0, 0],
			[width, height],
		]);

	const path = geoPath(projection).digits(digits);
	const countries = topology.objects.countries;
	const land = path(feature(topology, topology.objects.land)) ?? '';
	const borders = path(mesh(topology, countries, (a, b) => a !== b)) ?? '';

	const byId = new Map(points.map((point) => [point.id, point]));
	const routeLine: LineString | undefined =
		options.route && options.route.length > 1
			? {
					type: 'LineString',
					coordinates: options.route.map((id) => {
						const point = byId.get(id);
						if (!point) throw new Error(`route names «${id}», which is not on the map`);
						return [point.lon, point.lat];
					}),
				}
			: undefined;
	const route = routeLine ? (path(routeLine) ?? undefined) : undefined;

	const placed = points.map((point): MapPoint => {
		const [px = 0, py = 0] = projection([point.lon, point.lat]) ?? [];
		const x = round(px, digits);
		const y = round(py, digits);
		const labelWidth = characterCount(point.label) * fontSize * layout.charWidth;
		// Labels point outwards, away from the middle where routes run, when they fit there.
		const fitsRight = x + labelGap + labelWidth <= width;
		const fitsLeft = x - labelGap - labelWidth >= 0;
		const right = fitsRight && (x >= width / 2 || !fitsLeft);
		return {
			id: point.id,
			x,
			y,
			label: {
				x: round(right ? x + labelGap : x - labelGap, digits),
				y: round(y + fontSize * 0.35, digits),
				text: point.label,
				anchor: right ? 'start' : 'end',
			},
		};
	});

	return {
		width,
		height,
		viewBox: `0 0 ${String(width)} ${String(height)}`,
		land,
		borders,
		route,
		points: placed,
	};
}
