import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Width and height from a PNG's header, asserting on the way that it is a PNG: the signature,
 * then the 13-byte IHDR chunk, which must come first.
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
	const bytes = Buffer.from(png);
	expect(bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
	expect(bytes.readUInt32BE(8)).toBe(13);
	expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Raw pixels of a PNG: four bytes (RGBA) each, row after row. */
export interface PngPixels {
	width: number;
	height: number;
	pixels: Uint8Array;
}

/**
 * The pixels of a PNG written by src/og/png.ts or by resvg: 8-bit RGBA or 8-bit palette (without
 * transparency), not interlaced, every row with filter 0 (none). Enough for the share images and
 * their goldens; anything else fails an assertion.
 */
export function decodeOpaquePng(png: Uint8Array): PngPixels {
	const bytes = Buffer.from(png);
	const { width, height } = pngSize(bytes);
	const format = [...bytes.subarray(24, 29)];
	expect([
		[8, 6, 0, 0, 0],
		[8, 3, 0, 0, 0],
	]).toContainEqual(format);
	const indexed = format[1] === 3;
	const data: Buffer[] = [];
	let palette: Buffer | undefined;
	for (let offset = 8; offset < bytes.length;) {
		const length = bytes.readUInt32BE(offset);
		const type = bytes.toString('latin1', offset + 4, offset + 8);
		if (type === 'IDAT') data.push(bytes.subarray(offset + 8, offset + 8 + length));
		if (type === 'PLTE') palette = bytes.subarray(offset + 8, offset + 8 + length);
		expect(type, 'palette transparency').not.toBe('tRNS');
		offset += 12 + length;
	}
	const rows = inflateSync(Buffer.concat(data));
	const rowBytes = width * (indexed ? 1 : 4);
	expect(rows.length).toBe((rowBytes + 1) * height);
	if (indexed) expect(palette, 'the PLTE chunk of a palette image').toBeDefined();
	const pixels = new Uint8Array(width * height * 4);
	for (let row = 0; row < height; row++) {
		expect(rows[row * (rowBytes + 1)], `filter of row ${row}`).toBe(0);
		const start = row * (rowBytes + 1) + 1;
		if (!indexed) {
			pixels.set(rows.subarray(start, start + rowBytes), row * rowBytes);
			continue;
		}
		for (let column = 0; column < width; column++) {
			const entry = rows[start + column]! * 3;
			// A plain check: an assertion for each of 756,000 pixels would take seconds.
			if (entry + 3 > palette!.length) expect.fail(`palette index ${entry / 3} out of range`);
			const at = (row * width + column) * 4;
			pixels[at] = palette![entry]!;
			pixels[at + 1] = palette![entry + 1]!;
			pixels[at + 2] = palette![entry + 2]!;
			pixels[at + 3] = 255;
		}
	}
	return { width, height, pixels };
}

/**
 * The share of pixels of two images of the same size that differ by more than `threshold` in
 * any channel: 0 for identical images, 1 when nothing matches.
 */
export function differingPixels(a: PngPixels, b: PngPixels, threshold = 16): number {
	expect({ width: a.width, height: a.height }).toEqual({ width: b.width, height: b.height });
	let differing = 0;
	for (let index = 0; index < a.pixels.length; index += 4) {
		for (let channel = 0; channel < 4; channel++) {
			if (Math.abs(a.pixels[index + channel]! - b.pixels[index + channel]!) > threshold) {
				differing += 1;
				break;
			}
		}
	}
	return differing / (a.width * a.height);
}
