import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { loadShareFonts } from './fonts.ts';
import { encodeOpaquePng, isOpaque } from './png.ts';
import { SHARE_IMAGE } from './share-image.ts';
import type { ShareElement } from './template.ts';

/**
 * The one SVG → PNG step: satori lays the element tree out and draws its text as paths with the
 * PT Sans files, resvg rasterises the SVG, src/og/png.ts encodes the pixels with Node's zlib.
 * All are pure computations over their input, so the same tree gives the same bytes on every
 * machine with the same versions of them.
 */

/**
 * Bump when this file changes how a tree becomes pixels (satori or resvg options): the cache key
 * holds it, so images rendered the old way are not reused. Changes to the template need no bump,
 * since the key holds the whole element tree.
 */
const RENDERER_VERSION = 2;

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
	const png = isOpaque(image) ? encodeOpaquePng(image) : rendered.asPng();
	// A copy into a plain ArrayBuffer, the kind a Response body takes.
	return new Uint8Array(png);
}

const require = createRequire(import.meta.url);

async function packageVersion(name: string): Promise<string> {
	const manifest = JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')) as {
		version: string;
	};
	return `${name}@${manifest.version}`;
}

let fingerprint: Promise<string> | undefined;

/**
 * A digest of everything besides the element tree that decides the bytes: this file's version,
 * the zlib, satori and resvg versions and the bytes of every font file. Computed once per process.
 */
export function rendererFingerprint(): Promise<string> {
	fingerprint ??= (async () => {
		const hash = createHash('sha256');
		hash.update(`renderer ${RENDERER_VERSION}\n`);
		// zlib's output can change between its versions, and the PNG is compressed with Node's.
		hash.update(`zlib ${process.versions.zlib}\n`);
		for (const name of ['satori', '@resvg/resvg-js']) {
			hash.update(`${await packageVersion(name)}\n`);
		}
		for (const font of await loadShareFonts()) {
			hash.update(`${font.name} ${font.weight ?? ''} ${font.style ?? ''}\n`);
			hash.update(font.data instanceof ArrayBuffer ? new Uint8Array(font.data) : font.data);
		}
		return hash.digest('hex');
	})();
	return fingerprint;
}
