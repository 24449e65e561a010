import type {
	RehypePlugins,
	RemarkPlugins,
	UnifiedProcessorOptions,
} from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { remarkCitation } from './remark-citation.ts';
import { remarkFactBox } from './remark-fact-box.ts';
import { remarkTermLink } from './remark-term-link.ts';
import { remarkChartEmbed, remarkTimelineEmbed } from './remark-embed.ts';
import { remarkUnknownDirectives } from './remark-unknown-directives.ts';

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

/** The rehype plugins, presentation only. */
export const rehypePlugins: RehypePlugins = [];

/** Options for `unified()` from `@astrojs/markdown-remark`, shared by the site and the tests. */
export const markdownOptions: UnifiedProcessorOptions = {
	remarkPlugins,
	rehypePlugins,
	// SmartyPants makes English “curly quotes”; Russian text uses «ёлочки» written by the editor.
	smartypants: false,
	gfm: true,
};
