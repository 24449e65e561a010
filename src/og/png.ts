import { constants, crc32, deflateSync } from 'node:zlib';

/**
 * A PNG encoder for opaque share images, faster than resvg's own and with smaller files. A share
 * card is flat colours and antialiased text on them: about a hundred colours in all, so it is
 * written as a palette image, one byte a pixel, compressed with zlib's run-length strategy
 * (1,200×630 pixels in about 2 ms, 20–35 KB a card). An image of more than 256 colours is
 * written as RGBA, rows unfiltered, at zlib level 3. Both are lossless. Why not a package: the
 * one made for this (pngjs) took 50 ms an image, and the format needs no more than Node's zlib
 * gives.
 */

/** Raw pixels, four bytes each (red, green, blue, alpha), row after row. */
export interface RgbaImage {
	width: number;
	height: number;
	pixels: Uint8Array;
}

/** The eight bytes every PNG file starts with. */
const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** Bit depth 8, colour type 6 (RGBA); compression, filter and interlace methods 0. */
const RGBA_8 = Uint8Array.of(8, 6, 0, 0, 0);

/** Bit depth 8, colour type 3 (palette); compression, filter and interlace methods 0. */
const INDEXED_8 = Uint8Array.of(8, 3, 0, 0, 0);

/** The most colours a palette holds at 8 bits a pixel. */
const PALETTE_SIZE = 256;

/** zlib level of RGBA images: level 4 and up doubles the time for a third fewer bytes. */
const RGBA_LEVEL = 3;

/**
 * zlib for palette images: runs of one index are most of a card (paper, panels, bars), and the
 * run-length strategy finds them at a tenth of the time of level 3's search, in fewer bytes.
 */
const INDEXED_DEFLATE = Object.freeze({ strategy: constants.Z_RLE });

/** A chunk: its length, its type, its data, and the CRC-32 of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
	const typeBytes = Buffer.from(type, 'latin1');
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(data, crc32(typeBytes)));
	return Buffer.concat([length, typeBytes, data, crc]);
}

/** The whole file: signature, header, the chunks given, compressed rows, end. */
function pngFile(
	{ width, height }: RgbaImage,
	format: Uint8Array,
	rows: Uint8Array,
	before: Buffer[] = [],
): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set(format, 8);
	return Buffer.concat([
		SIGNATURE,
		chunk('IHDR', header),
		...before,
		chunk('IDAT', rows),
		chunk('IEND', new Uint8Array(0)),
	]);
}

/** Throws unless `pixels` holds exactly width × height RGBA pixels. */
function checkSize({ width, height, pixels }: RgbaImage): void {
	if (pixels.length !== width * height * 4)
		throw new Error(`${pixels.length} bytes are not ${width}×${height} RGBA pixels`);
}

/**
 * Whether every pixel is fully opaque. Only then are the pixels the same premultiplied (as
 * resvg keeps them) and straight (as PNG stores them).
 */
export function isOpaque({ pixels }: RgbaImage): boolean {
	for (let alpha = 3; alpha < pixels.length; alpha += 4) if (pixels[alpha] !== 255) return false;
	return true;
}

/**
 * Each pixel as one 32-bit number, to compare colours at once; copied when unaligned. Signed:
 * an opaque pixel is then a small integer to V8 (alpha 255 makes it negative on little-endian
 * machines), which a Map hashes without boxing.
 */
function colourWords(pixels: Uint8Array): Int32Array {
	const aligned = pixels.byteOffset % 4 === 0 ? pixels : pixels.slice();
	return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

/**
 * The palette image of an opaque image of at most 256 colours: the palette (RGB, in the order
 * the colours first appear, so the same pixels give the same file) and the rows of indices, each
 * after its filter byte 0. `'too many colours'` or `'not opaque'` when it cannot be one.
 */
function paletteRows(
	image: RgbaImage,
): { palette: Uint8Array; rows: Buffer } | 'too many colours' | 'not opaque' {
	const { width, height, pixels } = image;
	const colours = colourWords(pixels);
	const rows = Buffer.allocUnsafe((width + 1) * height);
	const palette = new Uint8Array(PALETTE_SIZE * 3);
	const indices = new Map<number, number>();
	// Most pixels repeat their left neighbour: only a change of colour needs the lookup.
	let last = colours[0]! ^ 1;
	let lastIndex = 0;
	let pixel = 0;
	let at = 0;
	const rowBytes = width * 4;
	for (let row = 0; row < height; row++) {
		rows[at++] = 0;
		// A row like the one above (paper between lines of text, inside a panel) is copied whole:
		// two native calls instead of a lookup per pixel. About half the rows of a card.
		if (
			row > 0 &&
			Buffer.compare(
				pixels.subarray(pixel * 4, pixel * 4 + rowBytes),
				pixels.subarray(pixel * 4 - rowBytes, pixel * 4),
			) === 0
		) {
			rows.copyWithin(at, at - width - 1, at - 1);
			at += width;
			pixel += width;
			continue;
		}
		for (let end = pixel + width; pixel < end; pixel++) {
			const colour = colours[pixel]!;
			if (colour !== last) {
				let index = indices.get(colour);
				if (index === undefined) {
					const byte = pixel * 4;
					if (pixels[byte + 3] !== 255) return 'not opaque';
					index = indices.size;
					if (index === PALETTE_SIZE) return 'too many colours';
					indices.set(colour, index);
					palette.set(pixels.subarray(byte, byte + 3), index * 3);
				}
				last = colour;
				lastIndex = index;
			}
			rows[at++] = lastIndex;
		}
	}
	return { palette: palette.subarray(0, indices.size * 3), rows };
}

/** The RGBA file of an opaque image, rows unfiltered: what an image of many colours gets. */
function rgbaPng(image: RgbaImage): Buffer {
	const { width, height, pixels } = image;
	const rowBytes = width * 4;
	// Each row is preceded by its filter type, 0 (none).
	const rows = Buffer.alloc((rowBytes + 1) * height);
	for (let row = 0; row < height; row++)
		rows.set(pixels.subarray(row * rowBytes, (row + 1) * rowBytes), row * (rowBytes + 1) + 1);
	return pngFile(image, RGBA_8, deflateSync(rows, { level: RGBA_LEVEL }));
}

/**
 * The PNG file of an image if every pixel is opaque, else `undefined` (one pass over the pixels
 * finds out): a palette image when it has at most 256 colours, RGBA otherwise.
 */
export function opaquePng(image: RgbaImage): Buffer | undefined {
	checkSize(image);
	const indexed = paletteRows(image);
	if (indexed === 'not opaque') return undefined;
	if (indexed === 'too many colours') return isOpaque(image) ? rgbaPng(image) : undefined;
	return pngFile(image, INDEXED_8, deflateSync(indexed.rows, INDEXED_DEFLATE), [
		chunk('PLTE', indexed.palette),
	]);
}

/** The PNG file of an image whose pixels are all opaque; throws when one is not. */
export function encodeOpaquePng(image: RgbaImage): Buffer {
	const png = opaquePng(image);
	if (png === undefined) throw new Error('The image has pixels that are not opaque');
	return png;
}
