import { describe, expect, test } from 'vitest';
import { SHARE_IMAGE } from '../../../src/og/share-image.ts';
import {
	fitCardHeadline,
	shareCardElement,
	type ShareCard,
	type ShareElement,
} from '../../../src/og/template.ts';

const ARTICLE: ShareCard = {
	label: 'Новость',
	headline: 'Переговоры прошли в\u00A0Кремле',
	footerStart: 'Разбор',
	footerEnd: '13 марта 2025',
};

/** Every element of the tree, depth first. */
function elements(root: ShareElement): ShareElement[] {
	const { children } = root.props;
	return [root, ...(Array.isArray(children) ? children.flatMap(elements) : [])];
}

/** The element whose only child is `text`. */
function holding(root: ShareElement, text: string): ShareElement {
	const found = elements(root).find((element) => element.props.children === text);
	if (!found) throw new Error(`no element holds «${text}»`);
	return found;
}

describe('shareCardElement', () => {
	test('fills the whole image', () => {
		const { style } = shareCardElement(ARTICLE).props;

		expect(style).toMatchObject({ width: SHARE_IMAGE.width, height: SHARE_IMAGE.height });
	});

	test('shows every text of the card as given', () => {
		const root = shareCardElement(ARTICLE);

		for (const text of ['Новость', 'Переговоры прошли в\u00A0Кремле', 'Разбор', '13 марта 2025']) {
			expect(holding(root, text)).toBeDefined();
		}
	});

	test('sets the headline in the size chosen for its length and clamps it with an ellipsis', () => {
		const headline = 'Очень длинный заголовок '.repeat(12).trim();
		const card = { ...ARTICLE, headline };

		const { style } = holding(shareCardElement(card), headline).props;

		const fit = fitCardHeadline(card);
		expect(style).toMatchObject({
			fontSize: fit.fontSize,
			lineHeight: fit.lineHeight,
			lineClamp: fit.maxLines,
			textOverflow: 'ellipsis',
			display: 'block',
		});
	});

	test('gives a longer headline smaller type', () => {
		const short = fitCardHeadline(ARTICLE);
		const long = fitCardHeadline({ ...ARTICLE, headline: 'Переговоры в Кремле '.repeat(6) });

		expect(long.fontSize).toBeLessThan(short.fontSize);
	});

	test('leaves the headline less room when the card has a dek', () => {
		const headline = 'Переговоры в Кремле '.repeat(6);

		const plain = fitCardHeadline({ ...ARTICLE, headline });
		const withDek = fitCardHeadline({ ...ARTICLE, headline, dek: 'Подзаголовок.' });

		expect(withDek.maxLines * withDek.fontSize).toBeLessThan(plain.maxLines * plain.fontSize);
	});

	test('draws no label and no date where the card has none', () => {
		const root = shareCardElement({
			headline: 'Разбор',
			dek: 'Описание.',
			footerStart: 'razbor.example',
		});

		const texts = elements(root).flatMap(({ props }) =>
			typeof props.children === 'string' ? [props.children] : [],
		);
		expect(texts).toEqual(['Разбор', 'Описание.', 'razbor.example']);
	});

	test('builds the same tree for the same card, so it can key the cache', () => {
		expect(JSON.stringify(shareCardElement(ARTICLE))).toBe(
			JSON.stringify(shareCardElement({ ...ARTICLE })),
		);
	});
});
