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
