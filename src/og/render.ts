import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { loadShareFonts } from './fonts.ts';
import { opaquePng } from './png.ts';
import { SHARE_IMAGE } from './share-image.ts';
import type { ShareElement } from './template.ts';

/**
 * The one SVG → PNG step: satori lays the element tree out and draws its text as paths with the
 * PT Sans files, resvg rasterises the SVG, src/og/png.ts encodes the pixels with Node's zlib.
 * All are pure computations over their input, so the same tree gives the same bytes on every
 * machine with the same versions of them: the build cache keys each image by its tree and by
 * this file, what it imports, the font package and zlib (`SHARE_IMAGES`, src/cache/cache-kinds.ts).
 */

/** Draws `element` as a PNG of {@link SHARE_IMAGE}'s size. */
export async function renderShareImage(element: ShareElement): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await satori(element, {
		width: SHARE_IMAGE.width,
		height: SHARE_IMAGE.height,
		fonts: [...(await loadShareFonts())],
	});
	// Text is already paths, so resvg needs no fonts: skipping the system ones keeps the output
	// independent of the machine and saves the font scan.
	const rendered = new Resvg(svg, {
		fitTo: { mode: 'original' },
		font: { loadSystemFonts: false },
	}).render();
	const image = { width: rendered.width, height: rendered.height, pixels: rendered.pixels };
	// resvg's own encoder is kept for a card with transparent pixels, which the fast one cannot take.
	const png = opaquePng(image) ?? rendered.asPng();
	// A copy into a plain ArrayBuffer, the kind a Response body takes.
	return new Uint8Array(png);
}
