import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { photoFigure, siteShareCard } from '../../../src/og/cards.ts';
import { withPhoto } from '../../../src/og/photo.ts';
import { encodeOpaquePng } from '../../../src/og/png.ts';
import { shareCardElement, SIDE_FIGURE, type ShareCard } from '../../../src/og/template.ts';
import { SITE } from '../../../src/site.ts';

/** A wide photo, red on the left half and blue on the right, as an editor's PNG. */
function twoColourPhoto(width: number, height: number): Uint8Array {
	const pixels = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y += 1)
		for (let x = 0; x < width; x += 1)
			pixels.set(x < width / 2 ? [200, 30, 30, 255] : [30, 30, 200, 255], (y * width + x) * 4);
	return encodeOpaquePng({ width, height, pixels });
}

describe('withPhoto', () => {
	let file: string;
	let card: ShareCard;

	beforeAll(async () => {
		file = join(await mkdtemp(join(tmpdir(), 'razbor-photo-')), 'hero.png');
		await writeFile(file, twoColourPhoto(1600, 900));
		card = { headline: 'Переговоры', footerStart: 'Разбор', figure: photoFigure(file) };
	});

	test('reads the photo as a JPEG cropped to the side figure, from its middle', async () => {
		const figure = (await withPhoto(card)).figure;

		expect(figure).toMatchObject({ kind: 'photo', file });
		const src = (figure as { src: string }).src;
		expect(src).toMatch(/^data:image\/jpeg;base64,/);
		const jpeg = Buffer.from(src.slice(src.indexOf(',') + 1), 'base64');
		const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
		expect([info.width, info.height]).toEqual([SIDE_FIGURE.width, SIDE_FIGURE.height]);
		// Cropped from the middle: both halves show, red on the left, blue on the right.
		const pixel = (x: number) => [...data.subarray(x * info.channels, x * info.channels + 3)];
		expect(pixel(10)[0]).toBeGreaterThan(150);
		expect(pixel(info.width - 10)[2]).toBeGreaterThan(150);
	});

	test('gives the same bytes for the same file, so the cache keys on them', async () => {
		expect(await withPhoto(card)).toEqual(await withPhoto(card));
	});

	test('leaves a card without a photo as it is', async () => {
		const site = siteShareCard(SITE);

		expect(await withPhoto(site)).toBe(site);
	});

	test('puts the read photo in the element tree, and refuses to draw one not read', async () => {
		const tree = JSON.stringify(shareCardElement(await withPhoto(card)));

		expect(tree).toContain('data:image/jpeg;base64,');
		expect(tree).not.toContain(file);
		expect(() => shareCardElement(card)).toThrow('was not read');
	});
});
