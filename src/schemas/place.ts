import { z } from './zod.ts';
import { translationSchema } from './translation.ts';
import { comparePartialDates, formatPartialDate } from '../format/dates.ts';
import { DisplayTextSchema, IdListSchema, TextSchema } from './common.ts';
import { PartialDateSchema } from './partial-date.ts';

/** Every fact about a place names its source. */
const EventSourcesSchema = IdListSchema.min(1, {
	error: 'у события нет источника: укажите хотя бы один id в sources',
});

/** A coordinate in degrees, within `min`…`max`. */
function degrees(what: string, min: number, max: number) {
	const message = `${what}: число градусов от ${String(min)} до ${String(max)}, например 37.6136`;
	return z.number({ error: message }).min(min, { error: message }).max(max, { error: message });
}

/** What happened at a place, shown in the map's list of places. */
export const PlaceEventSchema = z.strictObject({
	/** When: `2025-03-13`, or `2025-04` when only the month is known. */
	date: PartialDateSchema.describe(
		'Когда — с той точностью, с какой известно: 2025-03-13 или 2025-04, если известен только месяц.',
	),
	/**
	 * Where exactly, when that is a venue inside the place, e.g. «аэропорт Внуково»: venues without
	 * their own point in the coordinates' dataset are named here, not drawn.
	 */
	venue: DisplayTextSchema.optional().describe(
		'Где именно, если это здание или место внутри пункта, например «аэропорт Внуково», «Кремль». На карте отдельной точкой не рисуется. Необязательно.',
	),
	/** What happened there, one plain sentence. */
	text: DisplayTextSchema.describe('Что произошло — одно предложение простым текстом.'),
	/** Ids from `content/sources/`; at least one. */
	sources: EventSourcesSchema.describe('Источники: id файлов из content/sources/, хотя бы один.'),
});

/** A place on the maps: `content/places/<id>.yaml`; the file name is the id. */
export const PlaceSchema = z
	.strictObject({
		/** Name as the map and its list show it, e.g. «Москва». */
		name: DisplayTextSchema.describe(
			'Название, как его показывают карта и список, например «Москва».',
		),
		/** Longitude, east positive: `37.6136`. */
		lon: degrees('долгота', -180, 180).describe(
			'Долгота в градусах, восток со знаком плюс, например 37.6136. Берётся из набора данных, названного в coordinatesSource, а не по памяти.',
		),
		/** Latitude, north positive: `55.7541`. */
		lat: degrees('широта', -90, 90).describe(
			'Широта в градусах, север со знаком плюс, например 55.7541.',
		),
		/** The dataset the coordinates were taken from, e.g. «Natural Earth 1:50m, Populated Places: Moscow». */
		coordinatesSource: TextSchema.describe(
			'Откуда взяты координаты: набор данных и название точки в нём, например «Natural Earth 1:50m Populated Places (ne_50m_populated_places_simple), точка Moscow».',
		),
		/** What happened there, in date order. */
		events: z
			.array(PlaceEventSchema)
			.min(1, { error: 'у места нет ни одного события: напишите, что здесь произошло' })
			.describe('Что здесь произошло, по порядку дат; хотя бы одно событие.'),
	})
	.superRefine((place, ctx) => {
		place.events.forEach((event, index) => {
			const previous = place.events[index - 1];
			if (previous && comparePartialDates(previous.date, event.date) > 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['events', index, 'date'],
					message: `события идут не по порядку: ${formatPartialDate(event.date)} стоит после ${formatPartialDate(previous.date)}`,
				});
			}
		});
	});

/** A place as validated. */
export type Place = z.infer<typeof PlaceSchema>;

/** An event at a place as validated. */
export type PlaceEvent = z.infer<typeof PlaceEventSchema>;

/**
 * The English words of a place, `content/places/en/<id>.yaml` (issue 20): its display texts only.
 */
export const PlaceTranslationSchema = translationSchema(PlaceSchema);
