import { describe, expect, test } from 'vitest';
import { accentFor, accentOfHue, SITE_ACCENT } from '../../../src/og/palette.ts';

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((start) => {
		const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
		return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}

const PAPER = '#f6f4ef';

describe('share card accents', () => {
	test('keep white text on them and their text on the paper readable, whatever the hue', () => {
		for (let hue = 0; hue < 360; hue += 1) {
			const accent = accentOfHue(hue);

			expect(accent, `hue ${hue}`).toMatch(/^#[0-9a-f]{6}$/);
			expect(contrast(accent, '#ffffff'), `hue ${hue}`).toBeGreaterThanOrEqual(4.5);
			expect(contrast(accent, PAPER), `hue ${hue}`).toBeGreaterThanOrEqual(4.5);
		}
		expect(contrast(SITE_ACCENT, PAPER)).toBeGreaterThanOrEqual(4.5);
	});

	test('give a page the same accent every time and different pages different ones', () => {
		expect(accentFor('articles/kremlin-talks')).toBe(accentFor('articles/kremlin-talks'));
		const accents = new Set(
			['kremlin-talks', 'visit-in-numbers', 'what-we-know', 'why-the-visit-mattered'].map((slug) =>
				accentFor(`articles/${slug}`),
			),
		);
		expect(accents.size).toBe(4);
	});
});
