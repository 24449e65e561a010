import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { loadShareFonts } from './fonts.ts';
import { SHARE_FONT_SUBSETS } from './share-image.ts';

/**
 * The site's icon: a white «Р» in PT Sans Bold on the site's dark red, drawn by satori as an SVG
 * whose letter is a path (no font needed to show it), and rasterised from that SVG by resvg for
 * the PNG icons. public/favicon.svg and the PNGs in public/ are these drawings, committed;
 * tests/unit/og/icons.test.ts draws them again and compares (`UPDATE_GOLDENS=1` rewrites them).
 */

/** The icon's ground: the dark red of the site's first favicon. */
export const ICON_BACKGROUND = '#8a1c1c';

/** The size the icon is laid out at; every other size is scaled from it. */
const ICON_SIZE = 512;

/**
 * The icon as an SVG. `rounded` gives the corners of a favicon; the Apple touch icon is square,
 * since iOS rounds it itself and would fill transparent corners with black.
 */
export async function drawIconSvg({ rounded }: { rounded: boolean }): Promise<string> {
	return satori(
		{
			type: 'div',
			props: {
				style: {
					display: 'flex',
					alignItems: 'center',
					justifyContent: 'center',
					width: ICON_SIZE,
					height: ICON_SIZE,
					borderRadius: rounded ? 96 : 0,
					backgroundColor: ICON_BACKGROUND,
					color: '#ffffff',
					fontFamily: `'${SHARE_FONT_SUBSETS[0].family}'`,
					fontWeight: 700,
					fontSize: 400,
					lineHeight: 1,
				},
				children: 'Р',
			},
		},
		{ width: ICON_SIZE, height: ICON_SIZE, fonts: [...(await loadShareFonts())] },
	);
}

/** `svg` as a PNG `size` pixels square. */
export function rasterizeIcon(svg: string, size: number): Uint8Array {
	const rendered = new Resvg(svg, {
		fitTo: { mode: 'width', value: size },
		font: { loadSystemFonts: false },
	}).render();
	return new Uint8Array(rendered.asPng());
}
