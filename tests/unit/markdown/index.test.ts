import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import remarkDirective from 'remark-directive';
import { describe, expect, test } from 'vitest';
import siteConfig from '../../../astro.config.mjs';
import { markdownOptions, rehypePlugins, remarkPlugins } from '../../../src/markdown/index.ts';
import { remarkCitation } from '../../../src/markdown/remark-citation.ts';
import { remarkFactBox } from '../../../src/markdown/remark-fact-box.ts';
import { remarkHeadingId } from '../../../src/markdown/remark-heading-id.ts';
import { remarkTermLink } from '../../../src/markdown/remark-term-link.ts';
import { remarkInternalLinks } from '../../../src/markdown/remark-internal-links.ts';
import { remarkChartEmbed, remarkTimelineEmbed } from '../../../src/markdown/remark-embed.ts';
import { remarkMapEmbed } from '../../../src/markdown/remark-map-embed.ts';
import { remarkUnknownDirectives } from '../../../src/markdown/remark-unknown-directives.ts';
import { rehypeAnchorLinks } from '../../../src/markdown/rehype-anchor-links.ts';
import { rehypeHeadingSlugs } from '../../../src/markdown/rehype-heading-slugs.ts';
import { rehypeRawHtml } from '../../../src/markdown/rehype-raw-html.ts';
import { rehypeAllowedHtml } from '../../../src/markdown/rehype-allowed-html.ts';
import { rehypeSiteLinks } from '../../../src/markdown/rehype-site-links.ts';
import { rehypeBodyImages } from '../../../src/markdown/rehype-body-images.ts';
import { rehypeBodyAnchors } from '../../../src/markdown/rehype-body-anchors.ts';
import { rehypeTaskList } from '../../../src/markdown/rehype-task-list.ts';
import { remarkFootnotes } from '../../../src/markdown/remark-footnotes.ts';
import { remarkImages } from '../../../src/markdown/remark-images.ts';
import { rehypeTypograf } from '../../../src/markdown/rehype-typograf.ts';
import { renderMarkdown } from '../../helpers/markdown.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/markdown/', import.meta.url));

describe('Markdown plugin list', () => {
	test('parses directives and heading ids first, reads fact boxes before citations, and guards last', () => {
		expect(remarkPlugins).toEqual([
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
		]);
	});

	test('guards raw HTML first, fixes heading ids before typography, collects the headings last', () => {
		expect(markdownOptions).toEqual({ remarkPlugins, rehypePlugins });
		expect(rehypePlugins).toEqual([
			rehypeTaskList,
			rehypeRawHtml,
			rehypeAllowedHtml,
			rehypeSiteLinks,
			rehypeBodyImages,
			rehypeHeadingSlugs,
			rehypeTypograf,
			rehypeAnchorLinks,
			[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }],
			rehypeBodyAnchors,
			rehypeHeadingIds,
		]);
	});

	test('renders every fixture with the processor astro.config.mjs gives the site, as the tests do', async () => {
		const processor = siteConfig.markdown?.processor;
		if (!processor) throw new Error('astro.config.mjs sets no markdown.processor');
		// As the article loader asks for it (src/loaders/article-loader.ts).
		const renderer = await processor.createRenderer({ syntaxHighlight: false });
		const cases = (await readdir(FIXTURES, { withFileTypes: true })).filter((entry) =>
			entry.isDirectory(),
		);
		expect(cases.length).toBeGreaterThan(0);

		for (const { name } of cases) {
			const markdown = await readFile(join(FIXTURES, name, 'input.md'), 'utf8');
			const site = await renderer.render(markdown, {
				frontmatter: {},
				fileURL: new URL(`file:///${name}.md`),
			});
			const ours = await renderMarkdown(markdown, `${name}.md`, { rehype: true });

			expect(site.code, name).toBe(ours.html);
			expect(site.metadata.frontmatter['razbor'], name).toEqual(ours.references);
		}
	});

	test('renders GitHub-flavoured Markdown in the tests as on the site', async () => {
		const { html } = await renderMarkdown(
			'| Год | Оборот |\n| --- | --- |\n| 2024 | 50 |\n\n~~было~~ стало, см. https://kremlin.ru/',
		);

		expect(html).toContain('<table>');
		expect(html).toContain('<del>было</del>');
		expect(html).toContain('<a href="https://kremlin.ru/">https://kremlin.ru/</a>');
	});
});
