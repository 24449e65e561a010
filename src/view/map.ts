import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { mapDrawing } from '../model/map-drawing.ts';
import type { MapGeometry } from '../format/map-geometry.ts';
import { formatPartialDate } from '../format/dates.ts';
import type { MapEntry } from '../schemas/map.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/source.ts';
import { sourceNames, type SourceName } from './sources.ts';

/** What happened at a place, as the list under a map shows it. */
export interface MapEventView {
	/** «13 марта 2025», «апрель 2025». */
	date: string;
	/** For `<time datetime>`. */
	datetime: string;
	/** The venue inside the place, e.g. «аэропорт Внуково». */
	venue: string | undefined;
	text: string;
	sources: SourceName[];
}

/** A place as the list under a map shows it. */
export interface MapPlaceView {
	id: string;
	name: string;
	events: MapEventView[];
}

/** A map as an article or the home page shows it: a figure with the drawing and the places as text. */
export interface MapView {
	/** Id of the map (its file name). */
	id: string;
	title: string;
	/** What the map shows, in words: the drawing's text alternative. */
	description: string;
	/** The route in words, «Минск → Москва», or `undefined` without one. */
	route: string | undefined;
	places: MapPlaceView[];
	geometry: MapGeometry;
}

/** The map `id`, drawn (once per map object, see mapDrawing), with its places and their sources. */
export function mapView(
	id: string,
	map: MapEntry,
	site: { places: ReadonlyMap<string, Place>; sources: ReadonlyMap<string, Source> },
	locale: Locale = DEFAULT_LOCALE,
): MapView {
	const place = (placeId: string) => site.places.get(placeId)!;
	return {
		id,
		title: map.title,
		description: map.description,
		route: map.route?.map((placeId) => place(placeId).name).join(' → '),
		places: map.places.map((placeId) => ({
			id: placeId,
			name: place(placeId).name,
			events: place(placeId).events.map((event) => ({
				date: formatPartialDate(event.date, locale),
				datetime: event.date.datetime,
				venue: event.venue,
				text: event.text,
				sources: sourceNames(event.sources, site.sources, locale),
			})),
		})),
		geometry: mapDrawing(map, site.places),
	};
}
