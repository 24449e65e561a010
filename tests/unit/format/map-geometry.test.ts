import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { characterCount } from '../../../src/format/chart-geometry.ts';
import {
	layoutMap,
	MAP_LAYOUT,
	simplifyCountries,
	type CountriesTopology,
	type MapPointInput,
} from '../../../src/format/map-geometry.ts';

const WORLD = JSON.parse(
	readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
) as CountriesTopology;
const COUNTRIES = simplifyCountries(WORLD);

const MINSK: MapPointInput = { id: 'minsk', label: 'Минск', lon: 27.5647, lat: 53.9019 };
const MOSCOW: MapPointInput = { id: 'moscow', label: 'Москва', lon: 37.6136, lat: 55.7541 };
const VOLGOGRAD: MapPointInput = { id: 'volgograd', label: 'Волгоград', lon: 44.498, lat: 48.712 };

/** Every number of an SVG path, as written. */
function numbersOf(path: string): string[] {
	return path.match(/-?\d+(?:\.\d+)?/g) ?? [];
}

describe('layoutMap', () => {
	const geometry = layoutMap(COUNTRIES, [MINSK, MOSCOW, VOLGOGRAD], { route: ['minsk', 'moscow'] });

	test('keeps the places in the order given', () => {
		expect(geometry.points.map((point) => point.id)).toEqual(['minsk', 'moscow', 'volgograd']);
		expect(geometry.points.map((point) => point.label.text)).toEqual([
			'Минск',
			'Москва',
			'Волгоград',
		]);
	});

	test('puts every place inside the viewBox, with room for its label', () => {
		expect(geometry.viewBox).toBe(`0 0 ${String(geometry.width)} ${String(geometry.height)}`);
		for (const point of geometry.points) {
			expect(point.x).toBeGreaterThanOrEqual(MAP_LAYOUT.marginX - 0.1);
			expect(point.x).toBeLessThanOrEqual(geometry.width - MAP_LAYOUT.marginX + 0.1);
			expect(point.y).toBeGreaterThan(0);
			expect(point.y).toBeLessThan(geometry.height);
			const labelWidth =
				characterCount(point.label.text) * MAP_LAYOUT.fontSize * MAP_LAYOUT.charWidth;
			const [left, right] =
				point.label.anchor === 'start'
					? [point.label.x, point.label.x + labelWidth]
					: [point.label.x - labelWidth, point.label.x];
			expect(left).toBeGreaterThanOrEqual(0);
			expect(right).toBeLessThanOrEqual(geometry.width);
		}
	});

	test('draws west to the left and north up, as the coordinates say', () => {
		const [minsk, moscow, volgograd] = geometry.points;

		expect(minsk!.x).toBeLessThan(moscow!.x);
		expect(moscow!.x).toBeLessThan(volgograd!.x);
		expect(moscow!.y).toBeLessThan(minsk!.y);
		expect(minsk!.y).toBeLessThan(volgograd!.y);
	});

	test('turns labels outwards: left of the westernmost place, right of Moscow', () => {
		expect(geometry.points.map((point) => point.label.anchor)).toEqual(['end', 'start', 'end']);
	});

	test('draws the route from its first place to its last', () => {
		const [minsk, moscow] = geometry.points;
		const numbers = numbersOf(geometry.route ?? '').map(Number);

		expect(geometry.route).toMatch(/^M/);
		expect(numbers.slice(0, 2)).toEqual([minsk!.x, minsk!.y]);
		expect(numbers.slice(-2)).toEqual([moscow!.x, moscow!.y]);
	});

	test('clips the borders to the frame and rounds them to a tenth of a unit', () => {
		const numbers = numbersOf(geometry.borders);

		expect(numbers.length).toBeGreaterThan(20);
		for (const number of numbers) {
			expect(number).toMatch(/^-?\d+(?:\.\d)?$/);
			expect(Math.abs(Number(number))).toBeLessThanOrEqual(geometry.width);
		}
	});

	test('stays small: the borders of the region in a few kilobytes', () => {
		expect(geometry.borders.length + geometry.land.length).toBeLessThan(6000);
	});

	test('has no route without one, and a frame for a single place', () => {
		const single = layoutMap(COUNTRIES, [MOSCOW]);

		expect(single.route).toBeUndefined();
		expect(single.points[0]).toMatchObject({ x: single.width / 2, y: single.height / 2 });
	});

	test('refuses a route through a place it does not draw', () => {
		expect(() => layoutMap(COUNTRIES, [MINSK], { route: ['minsk', 'kyiv'] })).toThrow(/kyiv/);
	});
});
