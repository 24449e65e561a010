import { describe, expect, test } from 'vitest';
import { CARD_STEPS, editionCards, formatCardTiming, timeCards } from '../../bench/bench-cards.ts';
import { renderShareImage } from '../../../src/og/render.ts';
import { shareCardElement } from '../../../src/og/template.ts';

describe('the card benchmark', () => {
	test('draws a card of every layout from the edition', async () => {
		const cards = await editionCards();

		expect(Object.keys(cards)).toEqual([
			'article-chart',
			'article-map',
			'article-number',
			'article-text',
			'timeline',
			'person',
			'topic',
			'glossary',
			'site',
			'chart',
			'map',
		]);
		expect(cards['article-chart']!.figure?.kind).toBe('bars');
		expect(cards['article-map']!.figure?.kind).toBe('map');
		expect(cards['article-number']!.figure?.kind).toBe('number');
		expect(cards['article-text']!.figure).toBeUndefined();
	});

	test('times the steps src/og/render.ts takes, to the same PNG', async () => {
		const { person } = await editionCards();

		const timing = await timeCards([person!], 1);

		expect(Object.keys(timing.steps)).toEqual([...CARD_STEPS]);
		for (const step of CARD_STEPS) expect(timing.steps[step]).toBeGreaterThanOrEqual(0);
		expect(timing.bytes).toBe((await renderShareImage(shareCardElement(person!))).length);
		expect(formatCardTiming(timing, 'person')[0]).toBe('person: CPU ms per card');
	});
});
