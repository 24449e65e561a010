/**
 * What every share image is, for the renderer and for the `og:image:*` tags: 1200×630 is the
 * size Telegram, VK, WhatsApp and X all crop least.
 */
export const SHARE_IMAGE = Object.freeze({
	/** Width in pixels. */
	width: 1200,
	/** Height in pixels. */
	height: 630,
	/** MIME type, for `og:image:type` and the endpoint's `Content-Type`. */
	type: 'image/png',
} as const);

/**
 * The typeface, PT Sans, comes split by script (`@fontsource/pt-sans` subsets). Each subset is
 * registered as a family of its own and the template lists them all: satori then takes each
 * character from the first family that has it. Under one shared name it would keep a single file
 * and draw digits, «», — and NBSP of a Cyrillic headline as empty boxes.
 */
export const SHARE_FONT_SUBSETS = Object.freeze([
	// Cyrillic letters and №.
	{ subset: 'cyrillic', family: 'PT Sans Cyrillic' },
	// Digits, Latin, spaces including NBSP, punctuation: «», —, …
	{ subset: 'latin', family: 'PT Sans Latin' },
	// ₽ and accented Latin letters in foreign names.
	{ subset: 'latin-ext', family: 'PT Sans Latin Ext' },
] as const);
