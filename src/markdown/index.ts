import {
	rehypeHeadingIds,
	type RehypePlugins,
	type RemarkPlugins,
	type UnifiedProcessorOptions,
} from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { remarkCitation } from './remark-citation.ts';
import { remarkFactBox } from './remark-fact-box.ts';
import { remarkTermLink } from './remark-term-link.ts';
import { remarkChartEmbed, remarkTimelineEmbed } from './remark-embed.ts';
import { remarkUnknownDirectives } from './remark-unknown-directives.ts';
import { rehypeTypograf } from './rehype-typograf.ts';

/**
 * The remark plugins, in order: parse directives, then the fact box (it reads the citations
 * inside its items before they are rewritten), timeline and chart embeds, citations and term links,
 * and last the guard that deals with any directive left over.
 */
export const remarkPlugins: RemarkPlugins = [
	remarkDirective,
	remarkFactBox,
	remarkTimelineEmbed,
	remarkChartEmbed,
	remarkCitation,
	remarkTermLink,
	remarkUnknownDirectives,
];

/**
 * The rehype plugins, presentation only: Russian typography of the text (non-breaking spaces,
 * dashes, quotes). Astro gives headings their ids after these plugins, and a non-breaking space
 * would change the slug («прилёт-вовнуково»), so Astro's own heading-id plugin runs first and
 * fixes the ids from the text as the editor wrote it.
 */
export const rehypePlugins: RehypePlugins = [rehypeHeadingIds, rehypeTypograf];

/** Options for `unified()` from `@astrojs/markdown-remark`, shared by the site and the tests. */
export const markdownOptions: UnifiedProcessorOptions = {
	remarkPlugins,
	rehypePlugins,
	// SmartyPants makes English “curly quotes”; rehypeTypograf sets Russian typography instead.
	smartypants: false,
	gfm: true,
};
