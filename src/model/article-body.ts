import { EMBED_CLASS, type RemarkEmbedOptions } from '../markdown/remark-embed.ts';

/** A piece of a rendered article body: HTML, or the place where a timeline, chart or map goes. */
export type BodySegment =
	{ kind: 'html'; html: string } | { kind: RemarkEmbedOptions['kind']; id: string };

// The exact markup remarkEmbed produces through remark-rehype and rehype-stringify.
const EMBED = new RegExp(
	`<div class="${EMBED_CLASS}" data-embed="(timeline|chart|map)" data-id="([a-z0-9-]+)"></div>`,
	'g',
);

/**
 * Splits a rendered body at its embed placeholders, so the page can render each timeline or
 * chart from the current data between the HTML pieces.
 */
export function splitArticleBody(html: string): BodySegment[] {
	const segments: BodySegment[] = [];
	let last = 0;
	for (const match of html.matchAll(EMBED)) {
		if (match.index > last) segments.push({ kind: 'html', html: html.slice(last, match.index) });
		segments.push({ kind: match[1] as RemarkEmbedOptions['kind'], id: match[2]! });
		last = match.index + match[0].length;
	}
	if (last < html.length) segments.push({ kind: 'html', html: html.slice(last) });
	return segments;
}
