import { fitHeadline, type HeadlineFit } from './headline.ts';
import { SHARE_FONT_SUBSETS, SHARE_IMAGE } from './share-image.ts';

/**
 * The share image's design as a satori element tree built from plain values, with no JSX and
 * no I/O: the tree is the exact input of a render, so the cache can key on it.
 */

/** What a share image says; every string is shown as given. */
export interface ShareCard {
	/** Small capitals above the headline, e.g. the article kind; none on the site image. */
	label?: string;
	/** The large text: an article's title, or the site name. */
	headline: string;
	/** A smaller paragraph under the headline, e.g. the site description. */
	dek?: string;
	/** Bottom left: the site name, or its address. */
	footerStart: string;
	/** Bottom right: the date. */
	footerEnd?: string;
}

/** CSS properties as satori takes them: camelCase names, numbers in pixels. */
export type ShareStyle = Readonly<Record<string, string | number>>;

/** A satori element written as a plain object, the shape JSX would compile to. */
export interface ShareElement {
	type: 'div';
	props: { style: ShareStyle; children?: string | readonly ShareElement[] };
}

/** Every subset's family, Cyrillic first: satori takes each character from the first that has it. */
const FONT_STACK = SHARE_FONT_SUBSETS.map(({ family }) => `'${family}'`).join(', ');

/** Colours: off-white paper, near-black ink, one red accent, as a printed front page. */
const COLOURS = Object.freeze({
	paper: '#f6f4ef',
	ink: '#15191e',
	muted: '#4b5158',
	rule: '#d6d1c6',
	accent: '#b3261e',
});

/** Every length of the layout in pixels, so the headline box below is computed, not guessed. */
const LAYOUT = Object.freeze({
	accentBar: 14,
	paddingTop: 56,
	paddingX: 72,
	paddingBottom: 48,
	labelSize: 26,
	labelLineHeight: 1.2,
	labelGap: 28,
	dekSize: 34,
	dekLineHeight: 1.3,
	dekGap: 24,
	dekMaxLines: 3,
	footerGap: 28,
	footerRule: 2,
	footerPadding: 22,
	footerStartSize: 32,
	footerEndSize: 28,
	footerLineHeight: 1.2,
});

/** Height the card's body leaves to the headline, after the label, the dek and the footer. */
function headlineHeight(card: ShareCard): number {
	const body = SHARE_IMAGE.height - LAYOUT.accentBar - LAYOUT.paddingTop - LAYOUT.paddingBottom;
	const label = card.label ? LAYOUT.labelSize * LAYOUT.labelLineHeight + LAYOUT.labelGap : 0;
	const dek = card.dek
		? LAYOUT.dekGap + LAYOUT.dekSize * LAYOUT.dekLineHeight * LAYOUT.dekMaxLines
		: 0;
	const footer =
		LAYOUT.footerGap +
		LAYOUT.footerRule +
		LAYOUT.footerPadding +
		LAYOUT.footerStartSize * LAYOUT.footerLineHeight;
	return Math.floor(body - label - dek - footer);
}

/** The headline's size and line limit for a card: longer headlines get smaller type. */
export function fitCardHeadline(card: ShareCard): HeadlineFit {
	return fitHeadline(card.headline, {
		width: SHARE_IMAGE.width - 2 * LAYOUT.paddingX,
		height: headlineHeight(card),
	});
}

function div(style: ShareStyle, children?: ShareElement['props']['children']): ShareElement {
	return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** A paragraph cut after `maxLines` lines with «…», so long text never leaves its box. */
function clampedText(text: string, maxLines: number, style: ShareStyle): ShareElement {
	// satori clamps only a block box whose only child is text.
	return div(
		{
			display: 'block',
			lineClamp: maxLines,
			textOverflow: 'ellipsis',
			overflowWrap: 'break-word',
			...style,
		},
		text,
	);
}

/** The element tree of a share image for `card`, sized {@link SHARE_IMAGE}. */
export function shareCardElement(card: ShareCard): ShareElement {
	const headline = fitCardHeadline(card);
	const label: ShareElement[] = [];
	if (card.label) {
		label.push(
			div(
				{
					fontSize: LAYOUT.labelSize,
					lineHeight: LAYOUT.labelLineHeight,
					fontWeight: 700,
					// Satori cannot synthesise small capitals, so: capitals, tracked out, smaller.
					textTransform: 'uppercase',
					letterSpacing: 3,
					color: COLOURS.accent,
					marginBottom: LAYOUT.labelGap,
				},
				card.label,
			),
		);
	}
	const text: ShareElement[] = [
		clampedText(card.headline, headline.maxLines, {
			fontSize: headline.fontSize,
			lineHeight: headline.lineHeight,
			fontWeight: 700,
			color: COLOURS.ink,
		}),
	];
	if (card.dek) {
		text.push(
			clampedText(card.dek, LAYOUT.dekMaxLines, {
				marginTop: LAYOUT.dekGap,
				fontSize: LAYOUT.dekSize,
				lineHeight: LAYOUT.dekLineHeight,
				fontWeight: 400,
				color: COLOURS.muted,
			}),
		);
	}

	const footer: ShareElement[] = [
		div(
			{
				fontSize: LAYOUT.footerStartSize,
				lineHeight: LAYOUT.footerLineHeight,
				fontWeight: 700,
				color: COLOURS.ink,
			},
			card.footerStart,
		),
	];
	if (card.footerEnd) {
		footer.push(
			div(
				{
					fontSize: LAYOUT.footerEndSize,
					lineHeight: LAYOUT.footerLineHeight,
					fontWeight: 400,
					color: COLOURS.muted,
				},
				card.footerEnd,
			),
		);
	}

	return div(
		{
			display: 'flex',
			flexDirection: 'column',
			width: SHARE_IMAGE.width,
			height: SHARE_IMAGE.height,
			backgroundColor: COLOURS.paper,
			color: COLOURS.ink,
			fontFamily: FONT_STACK,
		},
		[
			div({ height: LAYOUT.accentBar, backgroundColor: COLOURS.accent }),
			div(
				{
					display: 'flex',
					flexDirection: 'column',
					flexGrow: 1,
					padding: `${LAYOUT.paddingTop}px ${LAYOUT.paddingX}px ${LAYOUT.paddingBottom}px`,
				},
				[
					// The label and headline sit in the middle of the space they have, so a short
					// headline reads as a poster instead of leaving a hole above the footer.
					div(
						{
							display: 'flex',
							flexDirection: 'column',
							justifyContent: 'center',
							flexGrow: 1,
							minHeight: 0,
						},
						[...label, ...text],
					),
					div(
						{
							display: 'flex',
							justifyContent: 'space-between',
							alignItems: 'baseline',
							marginTop: LAYOUT.footerGap,
							paddingTop: LAYOUT.footerPadding,
							borderTop: `${LAYOUT.footerRule}px solid ${COLOURS.rule}`,
						},
						footer,
					),
				],
			),
		],
	);
}
