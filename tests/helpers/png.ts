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
 * The pixels of a PNG written by src/og/png.ts: 8-bit RGBA, not interlaced, every row with filter
 * 0 (none). Enough for the share images and their goldens; anything else fails the assertion.
 */
export function decodeOpaquePng(png: Uint8Array): PngPixels {
	const bytes = Buffer.from(png);
	const { width, height } = pngSize(bytes);
	expect([...bytes.subarray(24, 29)]).toEqual([8, 6, 0, 0, 0]);
	const data: Buffer[] = [];
	for (let offset = 8; offset < bytes.length;) {
		const length = bytes.readUInt32BE(offset);
		const type = bytes.toString('latin1', offset + 4, offset + 8);
		if (type === 'IDAT') data.push(bytes.subarray(offset + 8, offset + 8 + length));
		offset += 12 + length;
	}
	const rows = inflateSync(Buffer.concat(data));
	const rowBytes = width * 4;
	expect(rows.length).toBe((rowBytes + 1) * height);
	const pixels = new Uint8Array(rowBytes * height);
	for (let row = 0; row < height; row++) {
		expect(rows[row * (rowBytes + 1)], `filter of row ${row}`).toBe(0);
		const start = row * (rowBytes + 1) + 1;
		pixels.set(rows.subarray(start, start + rowBytes), row * rowBytes);
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
