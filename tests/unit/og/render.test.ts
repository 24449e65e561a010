import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { renderShareImage } from '../../../src/og/render.ts';
import { SHARE_IMAGE } from '../../../src/og/share-image.ts';
import { shareCardElement, type ShareCard } from '../../../src/og/template.ts';
import { pngSize } from '../../helpers/png.ts';

function card(headline: string, overrides: Partial<ShareCard> = {}): ShareCard {
	return {
		label: 'Новость',
		headline,
		footerStart: 'Разбор',
		footerEnd: '13 марта 2025',
		...overrides,
	};
}

function render(value: ShareCard): Promise<Uint8Array> {
	return renderShareImage(shareCardElement(value));
}

/** 60 words of Russian, far beyond the 120 characters a title may have. */
const VERY_LONG = Array.from(
	{ length: 6 },
	() =>
		'Президенты России и Белоруссии обсудили в Кремле торговлю, энергетику, безопасность и миграцию',
).join(' ');

describe('renderShareImage', () => {
	test('draws a PNG of 1200×630', async () => {
		const png = await render(card('Лукашенко в\u00A0Москве'));

		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(SHARE_IMAGE).toMatchObject({ width: 1200, height: 630, type: 'image/png' });
	});

	test('stays under the 300 KB WhatsApp takes, even for a very long Cyrillic headline', async () => {
		const png = await render(card(VERY_LONG));

		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(png.length).toBeLessThan(300 * 1024);
	});

	test('gives the same bytes for the same card', async () => {
		const first = await render(card('Переговоры в\u00A0Кремле'));
		const second = await render(card('Переговоры в\u00A0Кремле'));

		expect(Buffer.compare(first, second)).toBe(0);
	});

	test('gives different bytes for a different headline', async () => {
		const first = await render(card('Переговоры в\u00A0Кремле'));
		const second = await render(card('Переговоры в\u00A0Минске'));

		expect(Buffer.compare(first, second)).not.toBe(0);
	});

	test('draws digits and Latin letters, which the Cyrillic font file lacks', async () => {
		// A missing glyph is drawn as the same empty box whatever the character, so these two
		// would come out identical if digits fell back to it.
		const first = await render(card('Итоги 2025 года', { footerEnd: '13 марта 2025' }));
		const second = await render(card('Итоги 2026 года', { footerEnd: '13 марта 2025' }));

		const latin = await render(card('Итоги саммита BRICS'));
		const otherLatin = await render(card('Итоги саммита SCO'));

		expect(Buffer.compare(first, second)).not.toBe(0);
		expect(Buffer.compare(latin, otherLatin)).not.toBe(0);
	});

	test('draws a non-breaking space as a space', async () => {
		// On one line the two differ only in whether the line may break there.
		const spaced = await render(card('Визит в Москву'));
		const bound = await render(card('Визит в\u00A0Москву'));

		expect(Buffer.compare(spaced, bound)).toBe(0);
	});

	test("keeps half-transparent pixels right, through resvg's own encoder", async () => {
		const png = Buffer.from(
			await renderShareImage({
				type: 'div',
				props: {
					style: {
						display: 'flex',
						width: '100%',
						height: '100%',
						backgroundColor: 'rgba(255, 0, 0, 0.5)',
					},
				},
			}),
		);
		// Read back by resvg, which keeps pixels premultiplied: half-transparent red is 128, 0, 0, 128.
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image width="1200" height="630" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
		const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;

		expect([...pixels.subarray(0, 4)].map((value) => Math.round(value / 8))).toEqual([
			16, 0, 0, 16,
		]);
	});
});
