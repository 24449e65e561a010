import type { Site } from '../site.ts';
import { appleTouchIconPath, iconPath, logoPath, manifestPath } from '../format/urls.ts';

/**
 * The web app manifest (`/manifest.webmanifest`) and the theme colours of the browser's frame:
 * what a phone shows when a reader adds the site to the home screen, and the colour of the
 * address bar, in the page's own light and dark backgrounds.
 */

/** The page background of each colour scheme, as src/styles/tokens.css sets `--bg`. */
export const THEME_COLOURS = Object.freeze({ light: '#fbfaf6', dark: '#141517' });

/** One icon of the manifest. */
export interface ManifestIcon {
	src: string;
	sizes: string;
	type: string;
	purpose?: string;
}

/** The fields of the manifest this site fills in. */
export interface WebManifest {
	name: string;
	short_name: string;
	description: string;
	lang: string;
	dir: 'ltr';
	start_url: string;
	scope: string;
	display: 'browser';
	background_color: string;
	theme_color: string;
	icons: ManifestIcon[];
}

/**
 * The manifest of the site: its name and description, the home page as start, and every icon
 * (the SVG for any size, the PNGs at 192 and 512). `display: browser`: a news site keeps the
 * browser's address bar, so a reader can always share the page's address.
 */
export function webManifest(site: Pick<Site, 'title' | 'description' | 'lang'>): WebManifest {
	return {
		name: site.title,
		short_name: site.title,
		description: site.description,
		lang: site.lang,
		dir: 'ltr',
		start_url: '/',
		scope: '/',
		display: 'browser',
		background_color: THEME_COLOURS.light,
		theme_color: THEME_COLOURS.light,
		icons: [
			{ src: logoPath(), sizes: 'any', type: 'image/svg+xml' },
			{ src: iconPath(192), sizes: '192x192', type: 'image/png' },
			{ src: iconPath(512), sizes: '512x512', type: 'image/png' },
		],
	};
}

/** A `<link>` of the page head for an icon or the manifest. */
export interface HeadLink {
	rel: string;
	href: string;
	type?: string;
	sizes?: string;
}

/** The icon and manifest links every page's head carries. */
export function iconLinks(): HeadLink[] {
	return [
		{ rel: 'icon', href: logoPath(), type: 'image/svg+xml' },
		{ rel: 'icon', href: iconPath(192), type: 'image/png', sizes: '192x192' },
		{ rel: 'apple-touch-icon', href: appleTouchIconPath() },
		{ rel: 'manifest', href: manifestPath() },
	];
}
