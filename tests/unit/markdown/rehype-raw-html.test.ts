import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeRawHtml } from '../../../src/markdown/rehype-raw-html.ts';
import { renderFailure } from '../../helpers/markdown.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/markdown/', import.meta.url));

/** Markdown → HTML with only `rawPlugin` between remark-rehype and rehype-stringify. */
async function renderWith(rawPlugin: Plugin<[], Root>, markdown: string): Promise<string> {
	const processor = unified()
		.use(remarkParse)
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rawPlugin)
		.use(rehypeStringify, { allowDangerousHtml: true });
	return String(await processor.process(markdown));
}

describe('rehypeRawHtml', () => {
	test('parses raw HTML into elements, as rehype-raw does', async () => {
		const markdown = 'Визит <abbr title="Российская Федерация">РФ</abbr><br>и Беларуси';
		const html = await renderWith(rehypeRawHtml, markdown);

		expect(html).toBe(await renderWith(rehypeRaw as Plugin<[], Root>, markdown));
		expect(html).toBe('<p>Визит <abbr title="Российская Федерация">РФ</abbr><br>и Беларуси</p>');
	});

	test("drops HTML comments: an editor's note never reaches the page", async () => {
		const html = await renderWith(
			rehypeRawHtml,
			'Визит <!-- проверить цифру -->и Беларуси\n\n<!-- весь абзац -->\n\nКонец.',
		);

		expect(html).toBe('<p>Визит и Беларуси</p>\n\n<p>Конец.</p>');
	});

	test('finds raw HTML however deep it is', () => {
		const markdown = '- пункт\n  - вложенный **с <mark>меткой</mark>**';
		const tree = unified()
			.use(remarkParse)
			.use(remarkRehype, { allowDangerousHtml: true })
			.runSync(unified().use(remarkParse).parse(markdown));
		const parsed = unified().use(rehypeRawHtml).runSync(tree);

		expect(JSON.stringify(parsed)).not.toContain('"type":"raw"');
		expect(JSON.stringify(parsed)).toContain('"tagName":"mark"');
	});

	test('leaves a tree without raw HTML as it is: the same object, not a re-parsed copy', () => {
		const tree: Root = {
			type: 'root',
			children: [{ type: 'element', tagName: 'p', properties: {}, children: [] }],
		};

		expect(unified().use(rehypeRawHtml).runSync(tree)).toBe(tree);
	});

	test('gives every Markdown fixture the HTML rehype-raw gives it', async () => {
		const cases = (await readdir(FIXTURES, { withFileTypes: true })).filter((entry) =>
			entry.isDirectory(),
		);
		expect(cases.length).toBeGreaterThan(0);

		for (const { name } of cases) {
			const markdown = await readFile(join(FIXTURES, name, 'input.md'), 'utf8');
			expect(await renderWith(rehypeRawHtml, markdown), name).toBe(
				await renderWith(rehypeRaw as Plugin<[], Root>, markdown),
			);
		}
	});

	test('still lets the guard after it refuse a script written as raw HTML', async () => {
		const failure = await renderFailure('Текст\n\n<script>alert(1)</script>', 'article.md', {
			rehype: true,
		});

		expect(failure.ruleId).toBe('razbor:html-element');
		expect(failure.reason).toContain('<script>');
	});
});
