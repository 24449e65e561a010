import { Resvg } from '@resvg/resvg-js';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { encodeOpaquePng, isOpaque, type RgbaImage } from '../../../src/og/png.ts';
import { pngSize } from '../../helpers/png.ts';

/** An opaque image whose every pixel differs from its neighbours. */
function gradient(width: number, height: number): RgbaImage {
	const pixels = new Uint8Array(width * height * 4);
	for (let index = 0; index < width * height; index++) {
		pixels.set([index % 251, (index * 7) % 253, (index * 13) % 255, 255], index * 4);
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

	test('has the header, one data chunk and the end chunk, each with its CRC', () => {
		const png = encodeOpaquePng(gradient(4, 3));
		const found = chunks(png);

		expect(found.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
		expect(found.map((chunk) => chunk.crcRight)).toEqual([true, true, true]);
		// 8-bit RGBA, deflate, no interlacing.
		expect([...found[0]!.data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
		// Each row is its filter byte (0) and its pixels as given.
		const rows = inflateSync(found[1]!.data);
		expect(rows).toHaveLength(3 * (1 + 4 * 4));
		expect([rows[0], rows[17], rows[34]]).toEqual([0, 0, 0]);
	});

	test('refuses pixels that do not match the size', () => {
		expect(() => encodeOpaquePng({ width: 2, height: 2, pixels: new Uint8Array(12) })).toThrow(
			'12 bytes are not 2×2 RGBA pixels',
		);
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
