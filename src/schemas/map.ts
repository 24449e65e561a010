import { z } from './zod.ts';
import { translationSchema } from './translation.ts';
import { DisplayTextSchema, IdListSchema } from './common.ts';

/** A map: `content/maps/<id>.yaml`, embedded with `::map{#id}`. */
export const MapSchema = z
	.strictObject({
		/** Caption of the map. */
		title: DisplayTextSchema.describe('Подпись карты, например «Где проходил визит».'),
		/** Text alternative: what the map shows, in one or two sentences. */
		description: DisplayTextSchema.describe(
			'Что показывает карта, одно-два предложения — для тех, кто не видит рисунок.',
		),
		/** Ids from `content/places/`, in the order of the list under the map. */
		places: IdListSchema.min(1, { error: 'на карте нет ни одного места' }).describe(
			'Места: id файлов из content/places/, в том порядке, в каком они идут в списке под картой.',
		),
		/** Optional route: ids from `places`, drawn as a line in this order. */
		route: IdListSchema.optional().describe(
			'Маршрут: id мест из places в порядке движения, не меньше двух; рисуется линией. Необязательно.',
		),
	})
	.superRefine((map, ctx) => {
		if (!map.route) return;
		if (map.route.length < 2)
			ctx.addIssue({
				code: 'custom',
				path: ['route'],
				message: 'в маршруте нужно хотя бы два места',
			});
		map.route.forEach((id, index) => {
			if (!map.places.includes(id))
				ctx.addIssue({
					code: 'custom',
					path: ['route', index],
					message: `«${id}» нет в places этой карты; маршрут идёт только по её местам`,
				});
		});
	});

/** A map as validated. */
export type MapEntry = z.infer<typeof MapSchema>;

/**
 * The English words of a map, `content/maps/en/<id>.yaml` (issue 20): its display texts only.
 */
export const MapTranslationSchema = translationSchema(MapSchema);
