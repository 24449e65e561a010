import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { PluggableList } from 'unified';
import rehypeExternalLinks from 'rehype-external-links';
import remarkDirective from 'remark-directive';
import { remarkCitation } from './remark-citation.ts';
import { remarkFactBox } from './remark-fact-box.ts';
import { remarkHeadingId } from './remark-heading-id.ts';
import { remarkTermLink } from './remark-term-link.ts';
import { remarkInternalLinks } from './remark-internal-links.ts';
import { remarkChartEmbed, remarkTimelineEmbed } from './remark-embed.ts';
import { remarkMapEmbed } from './remark-map-embed.ts';
import { remarkUnknownDirectives } from './remark-unknown-directives.ts';
import { remarkFootnotes } from './remark-footnotes.ts';
import { remarkImages } from './remark-images.ts';
import { rehypeSiteLinks } from './rehype-site-links.ts';
import { rehypeBodyImages } from './rehype-body-images.ts';
import { rehypeBodyAnchors } from './rehype-body-anchors.ts';
import { EXTERNAL_LINK_REL } from '../format/urls.ts';
import { rehypeAnchorLinks } from './rehype-anchor-links.ts';
import { rehypeHeadingSlugs } from './rehype-heading-slugs.ts';
import { rehypeRawHtml } from './rehype-raw-html.ts';
import { rehypeAllowedHtml } from './rehype-allowed-html.ts';
import { rehypeTaskList } from './rehype-task-list.ts';
import { rehypeTypograf } from './rehype-typograf.ts';
import { articleBodyProcessor, type ArticleBodyProcessorOptions } from './processor.ts';

/**
 * The remark plugins, in order: parse directives, explicit heading ids, then the fact box (it reads the citations
 * inside its items before they are rewritten), timeline, chart and map embeds, citations and term
 * links, links to the site's own pages recorded as references, the guard that deals with any
 * directive left over, then the image check (files of the articles' images with alt text only) and the refusal of GFM footnotes.
 */
export const remarkPlugins: PluggableList = [
	remarkDirective,
	remarkHeadingId,
	remarkFactBox,
	remarkTimelineEmbed,
	remarkChartEmbed,
	remarkMapEmbed,
	remarkCitation,
	remarkTermLink,
	remarkInternalLinks,
	remarkUnknownDirectives,
	remarkImages,
	remarkFootnotes,
];

/**
 * The rehype plugins, in order: GFM's task list checkboxes turned into text; raw HTML parsed into
 * elements (Astro does that only at the very end) so that the guard sees it, with editors' comments
 * dropped; the allow-list guard, which refuses any element or attribute that Markdown, the
 * directives and plain raw HTML do not make, and unsafe URLs; the links to the site's own pages
 * recorded for the reference check; the body's images recorded and left as placeholders for the
 * page's `astro:assets` pictures; Latin ids for headings without one; Russian typography of the
 * text (non-breaking spaces, dashes, quotes), after the ids so they come from the text as the
 * editor wrote it; the visible «#» links to headings and fact boxes, whose labels quote the
 * typographed titles; `rel` on links that leave the site; every id of the body recorded for the
 * check of links to anchors; last, Astro's heading-id plugin, which keeps the ids and collects the
 * headings with their typographed text for the contents list.
 */
export const rehypePlugins: PluggableList = [
	rehypeTaskList,
	rehypeRawHtml,
	rehypeAllowedHtml,
	rehypeSiteLinks,
	rehypeBodyImages,
	rehypeHeadingSlugs,
	rehypeTypograf,
	rehypeAnchorLinks,
	[rehypeExternalLinks, { rel: [...EXTERNAL_LINK_REL], target: false }],
	rehypeBodyAnchors,
	rehypeHeadingIds,
];

/** The plugins of the site's Markdown processor, shared by the site and the tests. */
export const markdownOptions: ArticleBodyProcessorOptions = { remarkPlugins, rehypePlugins };

/**
 * The site's Markdown processor: `markdown.processor` in astro.config.mjs, which the article
 * loader renders with, and what `npm run check:content` renders with outside Astro.
 */
export const markdownProcessor = articleBodyProcessor(markdownOptions);
