import type { ImageMetadata } from 'astro';
import type { Article } from '../schemas/article.ts';

/** An article's lead photo as the page shows it: the imported image, its alt, caption and credit. */
export interface HeroView {
	/** The image as the build imported it, for `astro:assets` to make its formats and widths. */
	image: ImageMetadata;
	alt: string;
	caption: string | undefined;
	credit: string | undefined;
}

/** Whether `value` is an imported image: Astro's ImageMetadata, not a path left as text. */
function isImageMetadata(value: unknown): value is ImageMetadata {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as { src?: unknown }).src === 'string' &&
		typeof (value as { width?: unknown }).width === 'number' &&
		typeof (value as { height?: unknown }).height === 'number'
	);
}

/**
 * The hero of an article's data, or `undefined` without one. The schema types `hero.src` as the
 * path the editor wrote; when Astro reads the entry, the article loader's `imageImports` have
 * turned it into the imported image. A path still left as text is a bug, not a content mistake.
 */
export function heroView(hero: Article['hero']): HeroView | undefined {
	if (!hero) return undefined;
	const image: unknown = hero.src;
	if (!isImageMetadata(image))
		throw new Error(`hero image ${String(image)} was not imported by the build`);
	return { image, alt: hero.alt, caption: hero.caption, credit: hero.credit };
}
