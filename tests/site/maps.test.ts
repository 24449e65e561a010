import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { all, attr, one, readPage, text } from '../helpers/html.ts';
import { decodeOpaquePng } from '../helpers/png.ts';

/** The map figure a page opens with, and its drawing. */
function mapOf(page: Root): { figure: Element; svg: Element } {
	const figure = one(page, 'figure.map#map-visit-route');
	return { figure, svg: one(figure, 'svg') };
}

describe('the visit map in the edition built from content/', () => {
	const editionDir = inject('editionDir');

	it.each([
		['the lead article', 'articles/kremlin-talks/index.html'],
		['the home page', 'index.html'],
	])('%s carries the map as an inline SVG with its text alternative', async (_name, file) => {
		const page = await readPage(editionDir, file);
		const { figure, svg } = mapOf(page);

		expect(text(one(figure, 'figcaption'))).toBe('Где проходил визит');
		expect(attr(figure, 'ariaLabelledBy')).toBe('map-visit-route-title');
		expect(attr(svg, 'role')).toBe('img');
		const [titleId, descId] = attr(svg, 'ariaLabelledBy')?.split(' ') ?? [];
		expect(text(one(svg, `title#${titleId!}`))).toBe('Где проходил визит');
		expect(text(one(svg, `desc#${descId!}`))).toMatch(/из Минска\s+в\s+Москву/u);
		expect(attr(svg, 'viewBox')).toMatch(/^0 0 400 \d+$/);
		expect(all(svg, '.map__label').map((label) => text(label))).toEqual([
			'Минск',
			'Москва',
			'Волгоград',
		]);
		expect(attr(one(svg, '.map__route'), 'd')).toMatch(/^M[\d.]+,[\d.]+/);
	});

	it('lists the places as text: name, date, venue, what happened, sources', async () => {
		const page = await readPage(editionDir, 'articles/kremlin-talks/index.html');
		const { figure } = mapOf(page);

		const places = all(figure, '.map__places > li');
		expect(places.map((place) => text(one(place, '.map__place-name')))).toEqual([
			'Минск',
			'Москва',
			'Волгоград',
		]);
		// Typography puts no-break spaces where it likes; the words are what is checked here.
		const moscow = all(places[1]!, 'ul > li').map((event) => text(event).replace(/\s+/gu, ' '));
		expect(moscow).toHaveLength(3);
		expect(moscow[0]).toMatch(/^13 марта 2025, аэропорт Внуково\. Около/);
		expect(moscow[1]).toMatch(/Кремль/);
		expect(moscow[2]).toMatch(/^14 марта 2025, Совет Федерации\. /);
		expect(attr(one(places[1]!, 'time'), 'dateTime')).toBe('2025-03-13');
		expect(all(places[1]!, '.map__sources a').length).toBeGreaterThanOrEqual(3);
		expect(text(one(figure, '.map__route-text'))).toBe('Маршрут: Минск → Москва');
	});

	it('opens the lead article with the map, before the first paragraph of its text', async () => {
		const page = await readPage(editionDir, 'articles/kremlin-talks/index.html');

		const body = one(page, '.article__body');
		const first = body.children.find((child): child is Element => child.type === 'element');
		expect(first?.tagName).toBe('figure');
		expect(attr(first!, 'id')).toBe('map-visit-route');
	});

	it('makes the map the lead article’s share card picture, and names it in the image’s alt', async () => {
		const page = await readPage(editionDir, 'articles/kremlin-talks/index.html');
		const alt = all(page, 'meta')
			.filter((meta) => attr(meta, 'property') === 'og:image:alt')
			.map((meta) => attr(meta, 'content'));
		const card = decodeOpaquePng(await readFile(join(editionDir, 'og/articles/kremlin-talks.png')));
		// The card's right edge, halfway down: the map's land or sea, not the card's paper.
		const at = (300 * card.width + 1190) * 4;
		const colour = [...card.pixels.subarray(at, at + 3)];

		expect(alt).toEqual([expect.stringContaining('Карта: Где проходил визит')]);
		expect([
			[0xe6, 0xdf, 0xcf],
			[0xcd, 0xdb, 0xe2],
		]).toContainEqual(colour);
	});
});
