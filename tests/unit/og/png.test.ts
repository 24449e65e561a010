import { Resvg } from '@resvg/resvg-js';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { encodeOpaquePng, isOpaque, opaquePng, type RgbaImage } from '../../../src/og/png.ts';
import { decodeOpaquePng, pngSize } from '../../helpers/png.ts';

/** An opaque image whose every pixel differs from its neighbours. */
function gradient(width: number, height: number): RgbaImage {
	const pixels = new Uint8Array(width * height * 4);
	for (let index = 0; index < width * height; index++) {
		pixels.set([index % 251, (index * 7) % 253, (index * 13) % 255, 255], index * 4);
	}
	return { width, height, pixels };
}

/** An opaque image of `colours` colours in stripes, as a card is flat colours. */
function stripes(width: number, height: number, colours: number): RgbaImage {
	const pixels = new Uint8Array(width * height * 4);
	for (let index = 0; index < width * height; index++) {
		const colour = Math.floor(index / 3) % colours;
		pixels.set([colour % 256, Math.floor(colour / 256) * 40, 200, 255], index * 4);
	}
	return { width, height, pixels };
}

/** The chunks of a PNG file, with whether each one's CRC is right. */
function chunks(png: Buffer): { type: string; data: Buffer; crcRight: boolean }[] {
	const found: { type: string; data: Buffer; crcRight: boolean }[] = [];
	for (let offset = 8; offset < png.length;) {
		const length = png.readUInt32BE(offset);
		found.push({
			type: png.toString('latin1', offset + 4, offset + 8),
			data: png.subarray(offset + 8, offset + 8 + length),
			crcRight:
				crc32(png.subarray(offset + 4, offset + 8 + length)) ===
				png.readUInt32BE(offset + 8 + length),
		});
		offset += 12 + length;
	}
	return found;
}

/** The pixels another decoder (resvg, reading the PNG as an SVG image) gets from `png`. */
function decodedByResvg(png: Buffer, width: number, height: number): Uint8Array {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
	return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}

describe('encodeOpaquePng', () => {
	test('writes a PNG that another decoder reads back pixel for pixel', () => {
		const image = gradient(37, 23);
		const png = encodeOpaquePng(image);

		expect(pngSize(png)).toEqual({ width: 37, height: 23 });
		expect(Buffer.compare(decodedByResvg(png, 37, 23), image.pixels)).toBe(0);
	});

	test('writes an image of at most 256 colours as a palette image, read back pixel for pixel', () => {
		const image = stripes(41, 29, 256);
		const png = encodeOpaquePng(image);

		expect(png[25], 'colour type').toBe(3);
		expect(Buffer.compare(decodedByResvg(png, 41, 29), image.pixels)).toBe(0);
		expect(Buffer.compare(decodeOpaquePng(png).pixels, image.pixels)).toBe(0);
	});

	test('repeats the indices of a row like the one above, and starts again after it', () => {
		// Vertical stripes: every row the same, but for one in the middle.
		const image = stripes(30, 1, 5);
		const pixels = new Uint8Array(30 * 9 * 4);
		for (let row = 0; row < 9; row++) pixels.set(image.pixels, row * 30 * 4);
		for (let column = 0; column < 30; column++)
			pixels.set([90, 90, 90, 255], (4 * 30 + column) * 4);
		const tall = { width: 30, height: 9, pixels };

		expect(Buffer.compare(decodeOpaquePng(encodeOpaquePng(tall)).pixels, pixels)).toBe(0);
	});

	test('writes an image of 257 colours as RGBA, read back pixel for pixel', () => {
		const image = stripes(41, 29, 257);
		const png = encodeOpaquePng(image);

		expect(png[25], 'colour type').toBe(6);
		expect(Buffer.compare(decodedByResvg(png, 41, 29), image.pixels)).toBe(0);
	});

	test('has the header, the palette, one data chunk and the end chunk, each with its CRC', () => {
		const png = encodeOpaquePng(stripes(4, 3, 3));
		const found = chunks(png);

		expect(found.map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
		expect(found.map((chunk) => chunk.crcRight)).toEqual([true, true, true, true]);
		// 8-bit palette, deflate, no interlacing.
		expect([...found[0]!.data.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
		// The colours in the order they first appear, as RGB.
		expect([...found[1]!.data]).toEqual([0, 0, 200, 1, 0, 200, 2, 0, 200]);
		// Each row is its filter byte (0) and a palette index per pixel.
		expect([...inflateSync(found[2]!.data)]).toEqual([0, 0, 0, 0, 1, 0, 1, 1, 2, 2, 0, 2, 0, 0, 0]);
	});

	test('has the header, one data chunk and the end chunk of an RGBA image', () => {
		const png = encodeOpaquePng(gradient(37, 23));
		const found = chunks(png);

		expect(found.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
		expect(found.map((chunk) => chunk.crcRight)).toEqual([true, true, true]);
		// 8-bit RGBA, deflate, no interlacing.
		expect([...found[0]!.data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
		// Each row is its filter byte (0) and its pixels as given.
		const rows = inflateSync(found[1]!.data);
		expect(rows).toHaveLength(23 * (1 + 37 * 4));
		expect([rows[0], rows[149], rows[298]]).toEqual([0, 0, 0]);
	});

	test('refuses pixels that do not match the size', () => {
		expect(() => encodeOpaquePng({ width: 2, height: 2, pixels: new Uint8Array(12) })).toThrow(
			'12 bytes are not 2×2 RGBA pixels',
		);
	});
});

describe('opaquePng', () => {
	test('gives nothing for an image with a pixel that is not opaque, of few colours or many', () => {
		for (const image of [stripes(8, 8, 4), gradient(37, 23)]) {
			expect(opaquePng(image)).toBeInstanceOf(Buffer);
			image.pixels[4 * 50 + 3] = 254;
			expect(opaquePng(image)).toBeUndefined();
			expect(() => encodeOpaquePng(image)).toThrow('not opaque');
		}
	});
});

describe('isOpaque', () => {
	test('is true only when every pixel has full alpha', () => {
		const image = gradient(5, 5);
		expect(isOpaque(image)).toBe(true);

		image.pixels[4 * 12 + 3] = 254;
		expect(isOpaque(image)).toBe(false);
	});
});
