import { describe, expect, test } from 'vitest';
import { MapSchema } from '../../../src/schemas/map.ts';

const VALID = {
	title: 'Где проходил визит',
	description: 'Линия ведёт из Минска в Москву.',
	places: ['minsk', 'moscow', 'volgograd'],
	route: ['minsk', 'moscow'],
};

function issues(input: Record<string, unknown>): [PropertyKey[], string][] {
	const result = MapSchema.safeParse(input);
	return (result.error?.issues ?? []).map((issue) => [issue.path, issue.message]);
}

describe('MapSchema', () => {
	test('accepts a map with places in list order and an optional route', () => {
		expect(MapSchema.parse(VALID)).toMatchObject({
			places: ['minsk', 'moscow', 'volgograd'],
			route: ['minsk', 'moscow'],
		});
		expect(MapSchema.parse({ ...VALID, route: undefined }).route).toBeUndefined();
	});

	test('refuses a route through a place that is not on the map', () => {
		expect(issues({ ...VALID, route: ['minsk', 'kursk'] })).toEqual([
			[['route', 1], '«kursk» нет в places этой карты; маршрут идёт только по её местам'],
		]);
	});

	test('refuses a route of one place and a map of none', () => {
		expect(issues({ ...VALID, route: ['minsk'] })).toEqual([
			[['route'], 'в маршруте нужно хотя бы два места'],
		]);
		expect(issues({ ...VALID, places: [], route: undefined })).toEqual([
			[['places'], 'на карте нет ни одного места'],
		]);
	});
});
