/**
 * The accent colours of share cards. Two cards side by side in a chat should be told apart at a
 * glance, so each page gets its own hue, picked by a hash of its id: the same page keeps its
 * colour from build to build, and two pages rarely share one. Saturation and lightness are fixed
 * so that, whatever the hue, white text on the accent and accent text on the card's paper
 * (#f6f4ef) pass WCAG AA (4.5:1); tests/unit/og/palette.test.ts checks every hue.
 */

/** Saturation and lightness of every accent, as fractions. */
const SATURATION = 0.55;
const LIGHTNESS = 0.28;

/** The site's own accent, for cards that are not about one entry (the home page, the glossary). */
export const SITE_ACCENT = '#b3261e';

/** 32-bit FNV-1a hash of a string with a final mix, so that neighbouring ids spread. */
function hash(text: string): number {
	let value = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		value ^= byte;
		value = Math.imul(value, 0x01000193) >>> 0;
	}
	// murmur3's finaliser: every input bit reaches the low bits the hue is taken from.
	value ^= value >>> 16;
	value = Math.imul(value, 0x85ebca6b) >>> 0;
	value ^= value >>> 13;
	value = Math.imul(value, 0xc2b2ae35) >>> 0;
	value ^= value >>> 16;
	return value >>> 0;
}

/** The accent of hue `hue` (0–359 degrees) as `#rrggbb`. */
export function accentOfHue(hue: number): string {
	// CSS Color 4's hsl → rgb.
	const amount = SATURATION * Math.min(LIGHTNESS, 1 - LIGHTNESS);
	const channel = (n: number) => {
		const k = (n + hue / 30) % 12;
		const value = LIGHTNESS - amount * Math.max(-1, Math.min(k - 3, 9 - k, 1));
		return Math.round(value * 255)
			.toString(16)
			.padStart(2, '0');
	};
	return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** The accent of the page with `key` (e.g. `articles/kremlin-talks`), the same on every build. */
export function accentFor(key: string): string {
	return accentOfHue(hash(key) % 360);
}
