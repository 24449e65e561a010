import { MAP_LAYOUT, type MapGeometry, type MapLayout } from '../format/map-geometry.ts';
import { fitHeadline, HEADLINE_LINE_HEIGHT, type HeadlineFit } from './headline.ts';
import { SITE_ACCENT } from './palette.ts';
import { SHARE_FONT_SUBSETS, SHARE_IMAGE } from './share-image.ts';
import { RU } from '../i18n/ru.ts';

/**
 * The share image's design as a satori element tree built from plain values, with no JSX and
 * no I/O: the tree is the exact input of a render, so the cache can key on it.
 */

/** What a share image says; every string is shown as given. */
export interface ShareCard {
	/** Small capitals above the headline, e.g. the article kind; none on the site image. */
	label?: string;
	/** The large text: an article's title, a person's name, or the site name. Shown once. */
	headline: string;
	/** A smaller paragraph under the headline, e.g. a person's role or the site description. */
	dek?: string;
	/**
	 * The card's figure: a key number or a small chart in a coloured panel beside the text, or a
	 * map from the accent bar down to the footer, the right third of the card.
	 */
	figure?: ShareFigure;
	/**
	 * A whole chart across the card under a smaller headline, instead of a figure: the image a
	 * feed shows in place of the chart's drawing.
	 */
	chart?: readonly ShareBar[];
	/** The card's accent colour (src/og/palette.ts): the bar on top, the label, the figure's panel. */
	accent?: string;
	/** Bottom left: the site name, or its address. */
	footerStart: string;
	/** Bottom right: the date. */
	footerEnd?: string;
}

/** One bar of a card's chart: its label, its length as a share of the longest, its value. */
export interface ShareBar {
	label: string;
	/** From 0 to 1: the bar's length as a share of the panel. */
	share: number;
	value: string;
}

/**
 * A card's figure: a key number with what it counts (a timeline's span, a topic's articles),
 * a person's initials, the first bars of an article's lead chart, its lead map, laid out with
 * {@link CARD_MAP_LAYOUT}, or its hero photo.
 */
export type ShareFigure =
	| { kind: 'number'; value: string; caption?: string }
	| { kind: 'initials'; value: string }
	| { kind: 'bars'; bars: readonly ShareBar[]; caption?: string }
	| { kind: 'map'; geometry: MapGeometry }
	| SharePhoto;

/**
 * An article's hero photo as a card's figure, at the card's right edge like a map. `file` is the
 * photo on disk; before the card is drawn, src/og/photo.ts sets `src` to the photo cropped to
 * {@link SIDE_FIGURE} as a JPEG data URL, which the element tree (the cache key) then holds.
 */
export interface SharePhoto {
	kind: 'photo';
	file: string;
	src?: string;
}

/** CSS properties as satori takes them: camelCase names, numbers in pixels. */
export type ShareStyle = Readonly<Record<string, string | number>>;

/** A satori element written as a plain object, the shape JSX would compile to. */
export interface ShareElement {
	type: 'div' | 'img';
	props: {
		style: ShareStyle;
		children?: string | readonly ShareElement[];
		/** An image's source: a data URL, so that nothing is fetched. */
		src?: string;
		width?: number;
		height?: number;
	};
}

/** Every subset's family, Cyrillic first: satori takes each character from the first that has it. */
const FONT_STACK = SHARE_FONT_SUBSETS.map(({ family }) => `'${family}'`).join(', ');

/** Colours: off-white paper, near-black ink, one accent per card, as a printed front page. */
const COLOURS = Object.freeze({
	paper: '#f6f4ef',
	ink: '#15191e',
	muted: '#4b5158',
	rule: '#d6d1c6',
	onAccent: '#ffffff',
	// The map's: land a shade darker than the paper, so the map stands apart from the text
	// beside it; the page's borders (src/components/Map.astro); a pale sea.
	water: '#cddbe2',
	land: '#e6dfcf',
	border: '#8a857a',
});

/** Every length of the layout in pixels, so the headline box below is computed, not guessed. */
const LAYOUT = Object.freeze({
	accentBar: 14,
	paddingTop: 56,
	paddingX: 72,
	paddingBottom: 48,
	// No text under 28 px: a card shown 400 px wide in a chat scales it to a third, ~10 px.
	labelSize: 30,
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
	footerEndSize: 30,
	footerLineHeight: 1.2,
	figureWidth: 380,
	figureGap: 48,
	figurePadding: 32,
	figureCaptionSize: 30,
	barLabelSize: 28,
	barHeight: 18,
	barGap: 14,
	maxBars: 4,
	chartHeadlineSize: 44,
	chartHeadlineLines: 2,
	chartLabelWidth: 400,
	chartBarWidth: 340,
	chartBarHeight: 24,
	chartRowGap: 6,
	chartMaxRows: 5,
	mapWidth: 520,
	mapTextGap: 48,
	mapTextBottom: 28,
});

/**
 * The height of a map card's upper part, from the accent bar to the footer's rule: the map's
 * height. The footer under it keeps the height it has on every card.
 */
const MAP_HEIGHT = Math.floor(
	SHARE_IMAGE.height -
		LAYOUT.accentBar -
		LAYOUT.footerRule -
		LAYOUT.footerPadding -
		LAYOUT.footerStartSize * LAYOUT.footerLineHeight -
		LAYOUT.paddingBottom,
);

/** The size of a map or photo at a card's right edge, from the accent bar to the footer. */
export const SIDE_FIGURE = Object.freeze({ width: LAYOUT.mapWidth, height: MAP_HEIGHT });

/**
 * How a card's map is laid out (src/format/map-geometry.ts): the right part of the card, at its
 * full height, with labels of 30 px (10 px in a chat 400 px wide) and dots and a route that show
 * at that size. Margins leave a label room beside the outermost places.
 */
export const CARD_MAP_LAYOUT: MapLayout = Object.freeze({
	...MAP_LAYOUT,
	width: LAYOUT.mapWidth,
	fontSize: 30,
	marginX: 150,
	marginY: 72,
	minAspect: MAP_HEIGHT / LAYOUT.mapWidth,
	maxAspect: MAP_HEIGHT / LAYOUT.mapWidth,
	pointRadius: 11,
	labelGap: 16,
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
	if (card.figure?.kind === 'map' || card.figure?.kind === 'photo') {
		const label = card.label ? LAYOUT.labelSize * LAYOUT.labelLineHeight + LAYOUT.labelGap : 0;
		return fitHeadline(card.headline, {
			width: SHARE_IMAGE.width - LAYOUT.mapWidth - LAYOUT.paddingX - LAYOUT.mapTextGap,
			height: MAP_HEIGHT - LAYOUT.paddingTop - LAYOUT.mapTextBottom - label,
		});
	}
	const figure = card.figure ? LAYOUT.figureWidth + LAYOUT.figureGap : 0;
	return fitHeadline(card.headline, {
		width: SHARE_IMAGE.width - 2 * LAYOUT.paddingX - figure,
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

/** The size of a key number: as large as its length lets it be in the panel. */
function numberSize(value: string): number {
	const { length } = value;
	if (length <= 4) return 120;
	if (length <= 7) return 88;
	if (length <= 10) return 64;
	return 48;
}

/** One bar of the chart figure: its label over a bar and the value. */
function barRow(bar: ShareBar): ShareElement {
	const inner = LAYOUT.figureWidth - 2 * LAYOUT.figurePadding;
	return div({ display: 'flex', flexDirection: 'column', marginTop: LAYOUT.barGap }, [
		clampedText(bar.label, 1, {
			fontSize: LAYOUT.barLabelSize,
			lineHeight: 1.15,
			fontWeight: 400,
		}),
		div({ display: 'flex', alignItems: 'center', marginTop: 4 }, [
			div({
				width: Math.max(4, Math.round(bar.share * inner * 0.55)),
				height: LAYOUT.barHeight,
				backgroundColor: COLOURS.onAccent,
				marginRight: 12,
			}),
			div({ fontSize: LAYOUT.barLabelSize, lineHeight: 1.15, fontWeight: 700 }, bar.value),
		]),
	]);
}

/** The coloured panel beside the text: a key number, initials, or the first bars of a chart. */
function figurePanel(
	figure: Exclude<ShareFigure, { kind: 'map' | 'photo' }>,
	accent: string,
): ShareElement {
	const caption = (text: string | undefined, marginTop: number): ShareElement[] =>
		text === undefined
			? []
			: [
					clampedText(text, 3, {
						marginTop,
						fontSize: LAYOUT.figureCaptionSize,
						lineHeight: 1.2,
						fontWeight: 400,
					}),
				];
	let content: ShareElement[];
	if (figure.kind === 'bars') {
		content = [
			...caption(figure.caption, 0),
			...figure.bars.slice(0, LAYOUT.maxBars).map((bar) => barRow(bar)),
		];
	} else {
		const size = figure.kind === 'initials' ? 150 : numberSize(figure.value);
		content = [
			div({ fontSize: size, lineHeight: 1, fontWeight: 700 }, figure.value),
			...(figure.kind === 'number' ? caption(figure.caption, 16) : []),
		];
	}
	return div(
		{
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'center',
			alignItems: figure.kind === 'initials' ? 'center' : 'flex-start',
			width: LAYOUT.figureWidth,
			flexShrink: 0,
			marginLeft: LAYOUT.figureGap,
			padding: LAYOUT.figurePadding,
			backgroundColor: accent,
			color: COLOURS.onAccent,
		},
		content,
	);
}

/**
 * The map's drawing as SVG, without its labels: the land, the borders, the route dashed and the
 * places as dots, in the card's accent. Satori embeds it as an image; resvg draws it with no
 * fonts, so the labels are satori's text over it (see {@link mapPanel}).
 */
function mapSvg(geometry: MapGeometry, accent: string): string {
	const { width, height } = geometry;
	const route = geometry.route
		? `<path d="${geometry.route}" fill="none" stroke="${accent}" stroke-width="7" stroke-dasharray="18 10" stroke-linecap="round"/>`
		: '';
	const points = geometry.points
		.map(
			(point) =>
				`<circle cx="${point.x}" cy="${point.y}" r="${CARD_MAP_LAYOUT.pointRadius}" fill="${accent}" stroke="${COLOURS.onAccent}" stroke-width="4"/>`,
		)
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${geometry.viewBox}">`,
		`<rect width="${width}" height="${height}" fill="${COLOURS.water}"/>`,
		`<path d="${geometry.land}" fill="${COLOURS.land}"/>`,
		`<path d="${geometry.borders}" fill="none" stroke="${COLOURS.border}" stroke-width="2"/>`,
		route,
		points,
		'</svg>',
	].join('');
}

/**
 * A map at the card's right edge, from the accent bar to the footer: the drawing, and each
 * place's name on a band of paper beside its dot, on the side the layout chose.
 */
function mapPanel(geometry: MapGeometry, accent: string): ShareElement {
	const { fontSize } = CARD_MAP_LAYOUT;
	const lineHeight = 1.2;
	// The band's padding: the text keeps the layout's gap from the dot, the band reaches into it.
	const pad = 6;
	const labels = geometry.points.map(({ y, label }) =>
		div(
			{
				position: 'absolute',
				top: Math.round(y - (fontSize * lineHeight) / 2),
				...(label.anchor === 'start'
					? { left: Math.round(label.x - pad) }
					: { right: Math.round(geometry.width - label.x - pad) }),
				padding: `0 ${pad}px`,
				fontSize,
				lineHeight,
				fontWeight: 700,
				color: COLOURS.ink,
				backgroundColor: 'rgba(246, 244, 239, 0.88)',
				whiteSpace: 'nowrap',
			},
			label.text,
		),
	);
	return div(
		{
			display: 'flex',
			position: 'relative',
			width: geometry.width,
			height: geometry.height,
			flexShrink: 0,
			backgroundColor: COLOURS.water,
		},
		[
			{
				type: 'img',
				props: {
					src: `data:image/svg+xml;base64,${btoa(mapSvg(geometry, accent))}`,
					width: geometry.width,
					height: geometry.height,
					style: { position: 'absolute', top: 0, left: 0 },
				},
			},
			...labels,
		],
	);
}

/** A photo at the card's right edge, from the accent bar to the footer, already cropped to fit. */
function photoPanel(photo: SharePhoto): ShareElement {
	if (photo.src === undefined)
		throw new Error(`the share card's photo ${photo.file} was not read (src/og/photo.ts)`);
	return {
		type: 'img',
		props: {
			src: photo.src,
			width: SIDE_FIGURE.width,
			height: SIDE_FIGURE.height,
			style: { flexShrink: 0 },
		},
	};
}

/** A chart across the card: label, bar and value on a row each, as many rows as fit. */
function chartRows(bars: readonly ShareBar[], accent: string): ShareElement {
	// The rows that fit: all of them, or one less and a line saying how many the table adds.
	const shown = bars.length <= LAYOUT.chartMaxRows ? bars : bars.slice(0, LAYOUT.chartMaxRows - 1);
	const rest = bars.length - shown.length;
	const text = { fontSize: LAYOUT.barLabelSize, lineHeight: 1.2 };
	return div({ display: 'flex', flexDirection: 'column', marginTop: 20 }, [
		...shown.map((bar) =>
			div({ display: 'flex', alignItems: 'center', marginTop: LAYOUT.chartRowGap }, [
				div({ display: 'flex', width: LAYOUT.chartLabelWidth, flexShrink: 0, marginRight: 24 }, [
					clampedText(bar.label, 1, { ...text, fontWeight: 400, color: COLOURS.ink }),
				]),
				div({
					width: Math.max(4, Math.round(bar.share * LAYOUT.chartBarWidth)),
					height: LAYOUT.chartBarHeight,
					flexShrink: 0,
					backgroundColor: accent,
					marginRight: 16,
				}),
				div({ ...text, fontWeight: 700, color: COLOURS.ink, whiteSpace: 'nowrap' }, bar.value),
			]),
		),
		...(rest > 0
			? [
					div(
						{ ...text, marginTop: LAYOUT.chartRowGap, color: COLOURS.muted },
						RU.chart.moreInTable(rest),
					),
				]
			: []),
	]);
}

/** The element tree of a share image for `card`, sized {@link SHARE_IMAGE}. */
export function shareCardElement(card: ShareCard): ShareElement {
	const accent = card.accent ?? SITE_ACCENT;
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
					color: accent,
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

	const frame = (children: readonly ShareElement[]) =>
		div(
			{
				display: 'flex',
				flexDirection: 'column',
				width: SHARE_IMAGE.width,
				height: SHARE_IMAGE.height,
				backgroundColor: COLOURS.paper,
				color: COLOURS.ink,
				fontFamily: FONT_STACK,
			},
			[div({ height: LAYOUT.accentBar, backgroundColor: accent }), ...children],
		);
	const footerRow = (style: ShareStyle) =>
		div(
			{
				display: 'flex',
				justifyContent: 'space-between',
				alignItems: 'baseline',
				paddingTop: LAYOUT.footerPadding,
				borderTop: `${LAYOUT.footerRule}px solid ${COLOURS.rule}`,
				...style,
			},
			footer,
		);

	if (card.figure?.kind === 'map' || card.figure?.kind === 'photo') {
		// The map or photo as tall as the card allows, its top on the accent bar and its foot on
		// the footer's rule; the text beside it, the footer across the whole card.
		return frame([
			div({ display: 'flex', height: SIDE_FIGURE.height, flexShrink: 0 }, [
				div(
					{
						display: 'flex',
						flexDirection: 'column',
						justifyContent: 'center',
						flexGrow: 1,
						minWidth: 0,
						padding: `${LAYOUT.paddingTop}px ${LAYOUT.mapTextGap}px ${LAYOUT.mapTextBottom}px ${LAYOUT.paddingX}px`,
					},
					[...label, ...text],
				),
				card.figure.kind === 'map'
					? mapPanel(card.figure.geometry, accent)
					: photoPanel(card.figure),
			]),
			footerRow({ flexGrow: 1, paddingLeft: LAYOUT.paddingX, paddingRight: LAYOUT.paddingX }),
		]);
	}

	return frame([
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
				div({ display: 'flex', flexGrow: 1, minHeight: 0 }, [
					div(
						{
							display: 'flex',
							flexDirection: 'column',
							justifyContent: 'center',
							flexGrow: 1,
							flexShrink: 1,
							minWidth: 0,
						},
						card.chart
							? [
									...label,
									clampedText(card.headline, LAYOUT.chartHeadlineLines, {
										fontSize: LAYOUT.chartHeadlineSize,
										lineHeight: HEADLINE_LINE_HEIGHT,
										fontWeight: 700,
										color: COLOURS.ink,
									}),
									chartRows(card.chart, accent),
								]
							: [...label, ...text],
					),
					...(card.figure ? [figurePanel(card.figure, accent)] : []),
				]),
				footerRow({ marginTop: LAYOUT.footerGap }),
			],
		),
	]);
}
