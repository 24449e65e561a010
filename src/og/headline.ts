/**
 * Picks the headline's type size for a share image from its length, before anything is drawn:
 * the largest size at which the words are expected to fit the box, and how many lines the box
 * holds at that size, so the template can clamp the rest with an ellipsis.
 */

/** The space a headline may take, in pixels. */
export interface TextBox {
	width: number;
	height: number;
}

/** How to set a headline: size in pixels, line height as a factor, and the most lines it may take. */
export interface HeadlineFit {
	fontSize: number;
	lineHeight: number;
	maxLines: number;
}

/** Sizes tried from the largest down: a short headline reads as a poster, a long one still fits. */
export const HEADLINE_FONT_SIZES: readonly number[] = Object.freeze([96, 84, 72, 64, 56, 48]);

/** Line height of the headline, as a factor of its size: tight, as in print headlines. */
export const HEADLINE_LINE_HEIGHT = 1.12;

// Mean advance of PT Sans Bold in ems, measured with satori: 0.48 for a mixed-case Russian
// headline with its spaces, 0.57 in capitals. Erring wide picks a size too small rather than
// one whose last words fall to the ellipsis.
const MEAN_ADVANCE_EM = 0.52;

/**
 * Lines a headline is expected to take at `fontSize` in a box `width` wide, wrapping greedily at
 * ordinary spaces only: the non-breaking spaces from typography keep their words together.
 */
export function estimateLines(text: string, fontSize: number, width: number): number {
	const advance = fontSize * MEAN_ADVANCE_EM;
	const perLine = Math.max(1, Math.floor(width / advance));
	const words = text.split(/ +/).filter((word) => word !== '');
	let lines = 0;
	let used = 0;
	for (const word of words) {
		const length = word.length;
		if (used > 0 && used + 1 + length <= perLine) {
			used += 1 + length;
			continue;
		}
		// A word longer than a line breaks inside it and fills whole lines.
		lines += Math.ceil(length / perLine);
		used = length % perLine || perLine;
	}
	return Math.max(lines, 1);
}

/** Whole lines of `fontSize` text that fit `height`, at least one. */
export function linesThatFit(fontSize: number, height: number): number {
	return Math.max(1, Math.floor(height / (fontSize * HEADLINE_LINE_HEIGHT)));
}

/**
 * The largest of {@link HEADLINE_FONT_SIZES} at which `text` is expected to fit `box`; when none
 * does, the smallest, and the template cuts the text at `maxLines` with an ellipsis.
 */
export function fitHeadline(text: string, box: TextBox): HeadlineFit {
	const fit = (fontSize: number): HeadlineFit => ({
		fontSize,
		lineHeight: HEADLINE_LINE_HEIGHT,
		maxLines: linesThatFit(fontSize, box.height),
	});
	for (const fontSize of HEADLINE_FONT_SIZES) {
		const candidate = fit(fontSize);
		if (estimateLines(text, fontSize, box.width) <= candidate.maxLines) return candidate;
	}
	return fit(HEADLINE_FONT_SIZES.at(-1)!);
}
