import { describe, expect, test } from 'vitest';
import {
	estimateLines,
	fitHeadline,
	HEADLINE_FONT_SIZES,
	HEADLINE_LINE_HEIGHT,
	linesThatFit,
} from '../../../src/og/headline.ts';

/** The headline box of an article card: 1200 px less the margins, the height the template leaves. */
const BOX = { width: 1056, height: 360 };

const LARGEST = HEADLINE_FONT_SIZES[0]!;
const SMALLEST = HEADLINE_FONT_SIZES.at(-1)!;

/** A headline of `count` Russian words. */
function words(count: number): string {
	const pool = [
		'переговоры',
		'в',
		'Кремле',
		'президенты',
		'обсудили',
		'торговлю',
		'и',
		'энергетику',
	];
	return Array.from({ length: count }, (_, index) => pool[index % pool.length]).join(' ');
}

describe('estimateLines', () => {
	test('fits a short headline on one line', () => {
		expect(estimateLines('Лукашенко в Москве', 72, BOX.width)).toBe(1);
	});

	test('needs more lines at a larger size', () => {
		const text = words(20);

		expect(estimateLines(text, 96, BOX.width)).toBeGreaterThan(estimateLines(text, 48, BOX.width));
	});

	test('never breaks at a non-breaking space', () => {
		// At 96 px a line holds about 21 letters. With ordinary spaces «в» ends the first line; bound
		// to the next word by NBSP, as typography does, it moves down with it and pushes the last
		// word to a third line.
		const [long, short] = ['о'.repeat(19), 'о'.repeat(10)];

		expect(estimateLines(`${long} в ${short} ${short}`, 96, BOX.width)).toBe(2);
		expect(estimateLines(`${long} в\u00A0${short} ${short}`, 96, BOX.width)).toBe(3);
	});

	test('counts a word longer than a line as the lines it fills', () => {
		expect(estimateLines('ж'.repeat(100), 96, BOX.width)).toBe(5);
	});

	test('gives one line to an empty headline', () => {
		expect(estimateLines('', 72, BOX.width)).toBe(1);
	});
});

describe('linesThatFit', () => {
	test('counts whole lines of the headline line height', () => {
		expect(linesThatFit(100, 100 * HEADLINE_LINE_HEIGHT * 3)).toBe(3);
		expect(linesThatFit(100, 100 * HEADLINE_LINE_HEIGHT * 3 - 1)).toBe(2);
	});

	test('allows at least one line in a box too low for it', () => {
		expect(linesThatFit(100, 10)).toBe(1);
	});
});

describe('fitHeadline', () => {
	test('sets a 3-word headline in the largest size', () => {
		const fit = fitHeadline('Лукашенко в Москве', BOX);

		expect(fit.fontSize).toBe(LARGEST);
	});

	test('sets a 25-word headline smaller than a 10-word one, and a 10-word one smaller than 3 words', () => {
		const short = fitHeadline(words(3), BOX);
		const medium = fitHeadline(words(10), BOX);
		const long = fitHeadline(words(25), BOX);

		expect(medium.fontSize).toBeLessThan(short.fontSize);
		expect(long.fontSize).toBeLessThan(medium.fontSize);
	});

	test('never grows as the headline gets longer', () => {
		const sizes = Array.from(
			{ length: 60 },
			(_, index) => fitHeadline(words(index + 1), BOX).fontSize,
		);

		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
	});

	test('falls back to the smallest size, with as many lines as fit, for a headline too long for any', () => {
		const fit = fitHeadline(words(200), BOX);

		expect(fit.fontSize).toBe(SMALLEST);
		expect(fit.maxLines).toBe(linesThatFit(SMALLEST, BOX.height));
		expect(estimateLines(words(200), SMALLEST, BOX.width)).toBeGreaterThan(fit.maxLines);
	});

	test.each([3, 10, 25, 60, 200])('keeps %i words inside the box height', (count) => {
		const fit = fitHeadline(words(count), BOX);

		expect(fit.maxLines * fit.fontSize * fit.lineHeight).toBeLessThanOrEqual(BOX.height);
		expect(fit.maxLines).toBeGreaterThanOrEqual(1);
	});

	test('picks the size from the sizes it offers', () => {
		expect(HEADLINE_FONT_SIZES).toContain(fitHeadline(words(12), BOX).fontSize);
	});
});
