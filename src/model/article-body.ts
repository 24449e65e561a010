import { EMBED_CLASS, type RemarkEmbedOptions } from '../markdown/remark-embed.ts';
import { BODY_IMAGE_ATTRIBUTE } from '../markdown/rehype-body-images.ts';

/**
 * A piece of a rendered article body: HTML, the place where a timeline, chart or map goes, or
 * where the body's image with that index goes.
 */
export type BodySegment =
	| { kind: 'html'; html: string }
	| { kind: RemarkEmbedOptions['kind']; id: string }
	| { kind: 'image'; index: number };

// The exact markup remarkEmbed and rehypeBodyImages produce through rehype-stringify.
const PLACEHOLDER = new RegExp(
	`<div class="${EMBED_CLASS}" data-embed="(timeline|chart|map)" data-id="([a-z0-9-]+)"></div>|<img ${BODY_IMAGE_ATTRIBUTE}="(\\d+)">`,
	'g',
);

/**
 * Splits a rendered body at its placeholders, so the page can render each timeline, chart or map
 * from the current data, and each image through `astro:assets`, between the HTML pieces.
 */
export function splitArticleBody(html: string): BodySegment[] {
	const segments: BodySegment[] = [];
	let last = 0;
	for (const match of html.matchAll(PLACEHOLDER)) {
		if (match.index > last) segments.push({ kind: 'html', html: html.slice(last, match.index) });
		segments.push(
			match[3] === undefined
				? { kind: match[1] as RemarkEmbedOptions['kind'], id: match[2]! }
				: { kind: 'image', index: Number(match[3]) },
		);
		last = match.index + match[0].length;
	}
	if (last < html.length) segments.push({ kind: 'html', html: html.slice(last) });
	return segments;
}
