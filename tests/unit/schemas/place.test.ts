import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { PlaceSchema } from '../../../src/schemas/place.ts';

const CONTENT = fileURLToPath(new URL('../../../content/places/', import.meta.url));

const VALID = {
	name: 'Москва',
	lon: 37.6136,
	lat: 55.7541,
	coordinatesSource: 'Natural Earth 1:50m Populated Places, точка Moscow',
	events: [
		{ date: '2025-03-13', venue: 'Кремль', text: 'Переговоры.', sources: ['kremlin'] },
		{ date: '2025-03-14', venue: 'Совет Федерации', text: 'Выступление.', sources: ['belta'] },
	],
};

function issues(input: Record<string, unknown>): [PropertyKey[], string][] {
	const result = PlaceSchema.safeParse(input);
	return (result.error?.issues ?? []).map((issue) => [issue.path, issue.message]);
}

describe('PlaceSchema', () => {
	test('accepts a place with its coordinates, their dataset and dated events', () => {
		const place = PlaceSchema.parse(VALID);

		expect(place).toMatchObject({ name: 'Москва', lon: 37.6136, lat: 55.7541 });
		expect(place.events.map((event) => [event.date.key, event.venue])).toEqual([
			['2025-03-13', 'Кремль'],
			['2025-03-14', 'Совет Федерации'],
		]);
	});

	test.each([
		[{ lon: 200 }, ['lon'], 'долгота: число градусов от -180 до 180, например 37.6136'],
		[{ lat: -91 }, ['lat'], 'широта: число градусов от -90 до 90, например 37.6136'],
		[{ lat: '55,75' }, ['lat'], 'широта: число градусов от -90 до 90, например 37.6136'],
	])('refuses coordinates out of range or not numbers: %o', (change, path, message) => {
		expect(issues({ ...VALID, ...change })).toEqual([[path, message]]);
	});

	test('requires the dataset the coordinates come from', () => {
		expect(issues({ ...VALID, coordinatesSource: undefined }).map(([path]) => path)).toEqual([
			['coordinatesSource'],
		]);
	});

	test('requires a source for every event and at least one event', () => {
		const events = [{ date: '2025-03-13', text: 'Переговоры.', sources: [] }];

		expect(issues({ ...VALID, events })).toEqual([
			[['events', 0, 'sources'], 'у события нет источника: укажите хотя бы один id в sources'],
		]);
		expect(issues({ ...VALID, events: [] })).toEqual([
			[['events'], 'у места нет ни одного события: напишите, что здесь произошло'],
		]);
	});

	test('refuses events out of date order, naming both dates', () => {
		const events = [...VALID.events].reverse();

		expect(issues({ ...VALID, events })).toEqual([
			[
				['events', 1, 'date'],
				'события идут не по порядку: 13 марта 2025 стоит после 14 марта 2025',
			],
		]);
	});

	test('every place in content/ names Natural Earth as the source of its coordinates', async () => {
		const files = (await readdir(CONTENT)).filter((file) => file.endsWith('.yaml'));

		const datasets = await Promise.all(
			files.map(async (file) => {
				const place = PlaceSchema.parse(parse(await readFile(join(CONTENT, file), 'utf8')));
				return place.coordinatesSource;
			}),
		);

		expect(files.length).toBeGreaterThan(0);
		for (const dataset of datasets) expect(dataset).toMatch(/^Natural Earth /);
	});
});
