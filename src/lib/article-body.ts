import { TIMELINE_EMBED_CLASS } from '../markdown/remark-timeline-embed.ts';

/** A piece of a rendered article body: HTML, or the place where a timeline goes. */
export type BodySegment = { kind: 'html'; html: string } | { kind: 'timeline'; id: string };

// The exact markup remarkTimelineEmbed produces through remark-rehype and rehype-stringify.
const EMBED = new RegExp(
	`<div class="${TIMELINE_EMBED_CLASS}" data-timeline="([a-z0-9-]+)"></div>`,
	'g',
);

/**
 * Splits a rendered body at its timeline placeholders, so the page can render each timeline
 * from the current data between the HTML pieces.
 */
export function splitArticleBody(html: string): BodySegment[] {
	const segments: BodySegment[] = [];
	let last = 0;
	for (const match of html.matchAll(EMBED)) {
		if (match.index > last) segments.push({ kind: 'html', html: html.slice(last, match.index) });
		segments.push({ kind: 'timeline', id: match[1]! });
		last = match.index + match[0].length;
	}
	if (last < html.length) segments.push({ kind: 'html', html: html.slice(last) });
	return segments;
}
