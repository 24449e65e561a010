import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font } from 'satori';
import { SHARE_FONT_SUBSETS } from './share-image.ts';

/**
 * Reads the share images' font files from `@fontsource/pt-sans` in node_modules, never from the
 * network. Satori reads WOFF but not WOFF2, hence the `.woff` files.
 */

const WEIGHTS = [400, 700] as const;

/** A font file as satori takes it, with the path it was read from. */
export interface ShareFont extends Font {
	/** Absolute path of the `.woff` file. */
	file: string;
}

const require = createRequire(import.meta.url);

/** Every font file with the family and weight it is registered under, in a fixed order. */
export function shareFontFiles(): { file: string; family: string; weight: 400 | 700 }[] {
	return SHARE_FONT_SUBSETS.flatMap(({ subset, family }) =>
		WEIGHTS.map((weight) => ({
			file: require.resolve(`@fontsource/pt-sans/files/pt-sans-${subset}-${weight}-normal.woff`),
			family,
			weight,
		})),
	);
}

let loading: Promise<readonly ShareFont[]> | undefined;

/**
 * Every font file, read once per process: satori caches the parsed fonts by the identity of the
 * array it is given, so each render passes the same one.
 */
export function loadShareFonts(): Promise<readonly ShareFont[]> {
	loading ??= Promise.all(
		shareFontFiles().map(async ({ file, family, weight }) => ({
			name: family,
			data: await readFile(file),
			weight,
			style: 'normal' as const,
			file,
		})),
	).then((fonts) => Object.freeze(fonts));
	return loading;
}
