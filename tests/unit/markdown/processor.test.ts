import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { describe, expect, test, vi } from 'vitest';
import { markdownOptions, markdownProcessor } from '../../../src/markdown/index.ts';
import { splitFrontmatter } from '../../../src/problems/frontmatter.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Every Markdown file under `folder`, recursively. */
async function markdownFiles(folder: string): Promise<string[]> {
	const entries = await readdir(join(ROOT, folder), { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
		.map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
		.sort();
}

/**
 * The body of a Markdown file as the article loader renders it: the frontmatter blanked out so
 * that lines are the file's (`splitFrontmatter`, as `parseArticleFile` splits it); a file
 * without frontmatter whole.
 */
function body(text: string): string {
	return splitFrontmatter(text)?.body ?? text;
}

/**
 * Astro's own `unified()` processor with the same plugins, less our heading-id step (Astro runs its
 * own at the end): what the site rendered with before it had a processor of its own.
 */
const astroProcessor = unified({
	remarkPlugins: markdownOptions.remarkPlugins as never,
	rehypePlugins: markdownOptions.rehypePlugins.filter(
		(plugin) => plugin !== rehypeHeadingIds,
	) as never,
	smartypants: false,
	gfm: true,
});

/** The render's result, or the failure's reason, line and rule. */
async function outcome(
	renderer: Awaited<ReturnType<typeof markdownProcessor.createRenderer>>,
	markdown: string,
	file: string,
	lang: 'ru' | 'en',
): Promise<unknown> {
	try {
		const { code, metadata } = await renderer.render(markdown, {
			frontmatter: { lang },
			fileURL: pathToFileURL(join(ROOT, file)),
		});
		return { code, headings: metadata.headings, frontmatter: metadata.frontmatter };
	} catch (error) {
		const failure = error as { reason?: string; line?: number; ruleId?: string };
		return { reason: failure.reason, line: failure.line, ruleId: failure.ruleId };
	}
}

describe('the site’s Markdown processor', () => {
	test('renders every body as Astro’s processor does: the same HTML, headings, plugin data and refusals', async () => {
		const files = [
			...(await markdownFiles('content/articles')),
			...(await markdownFiles('tests/fixtures/markdown')),
			...(await markdownFiles('tests/fixtures/content')),
		].filter((file) => file.includes('/articles/') || file.includes('fixtures/markdown/'));
		// The six articles in both languages, the Markdown fixtures, the guard's broken articles.
		expect(files.length).toBeGreaterThan(40);
		const ours = await markdownProcessor.createRenderer({ syntaxHighlight: false });
		const astros = await astroProcessor.createRenderer({ syntaxHighlight: false });
		// Astro's processor prints every error before rethrowing it.
		const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		let rendered = 0;
		try {
			for (const file of files) {
				const markdown = body(await readFile(join(ROOT, file), 'utf8'));
				const lang = file.includes('/en/') || file.includes('/english/') ? 'en' : 'ru';
				const expected = await outcome(astros, markdown, file, lang);
				expect(await outcome(ours, markdown, file, lang), file).toEqual(expected);
				if ('code' in (expected as object)) rendered++;
			}
		} finally {
			log.mockRestore();
		}
		// Not a comparison of refusals alone: the edition's twelve articles render, and more.
		expect(rendered).toBeGreaterThan(30);
	});

	test('passes a plugin’s refusal on with its line and rule, and prints nothing', async () => {
		const renderer = await markdownProcessor.createRenderer({ syntaxHighlight: false });
		const log = vi.spyOn(console, 'error');
		await expect(
			renderer.render('Текст.\n\n<script>alert(1)</script>\n', { frontmatter: { lang: 'ru' } }),
		).rejects.toMatchObject({ line: 3, ruleId: 'razbor:html-element' });
		expect(log).not.toHaveBeenCalled();
		log.mockRestore();
	});

	test('collects the headings with their ids and typographed text', async () => {
		const renderer = await markdownProcessor.createRenderer({ syntaxHighlight: false });
		const { metadata } = await renderer.render('## Визит в Москву - итоги\n\nТекст.\n', {
			frontmatter: { lang: 'ru' },
		});
		expect(metadata.headings).toEqual([
			{ depth: 2, slug: 'vizit-v-moskvu-itogi', text: 'Визит в\u00a0Москву\u00a0— итоги' },
		]);
	});
});
