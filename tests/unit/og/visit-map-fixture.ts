import { MapSchema } from '../../../src/schemas/map.ts';
import { PlaceSchema } from '../../../src/schemas/place.ts';

/** The lead article's places, with the coordinates of content/places/ (Natural Earth 1:50m). */
export const VISIT_PLACES = new Map(
	(
		[
			['minsk', 'Минск', 27.5647, 53.9019],
			['moscow', 'Москва', 37.6156, 55.7522],
			['volgograd', 'Волгоград', 44.5134, 48.7071],
		] as const
	).map(([id, name, lon, lat]) => [
		id,
		PlaceSchema.parse({
			name,
			lon,
			lat,
			coordinatesSource: 'Natural Earth',
			events: [{ date: '2025-03-13', text: 'Событие.', sources: ['s'] }],
		}),
	]),
);

/** The lead article's map: the three places, the route from Minsk to Moscow. */
export const VISIT_MAP = MapSchema.parse({
	title: 'Где проходил визит',
	description: 'Карта.',
	places: ['minsk', 'moscow', 'volgograd'],
	route: ['minsk', 'moscow'],
});
