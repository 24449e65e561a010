import { describe, expect, test } from 'vitest';
import { urlScheme } from '../../../src/markdown/rehype-refuse-active-content.ts';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

const RULE = 'razbor:active-content';

/** Renders through every site plugin, as the build does. */
const render = (markdown: string) => renderMarkdown(markdown, 'article.md', { rehype: true });
const failure = (markdown: string) => renderFailure(markdown, 'article.md', { rehype: true });

describe('rehypeRefuseActiveContent', () => {
	test.each([
		['script', 'Текст.\n\n<script>alert(1)</script>'],
		['iframe', 'Текст.\n\n<iframe src="https://example.org/"></iframe>'],
		['object', 'Текст.\n\n<object data="x.swf"></object>'],
		['embed', 'Текст.\n\n<embed src="x.swf">'],
		['style', 'Текст.\n\n<style>body { display: none }</style>'],
		['form', 'Текст.\n\n<form action="https://example.org/"><input name="q"></form>'],
		['svg', 'Текст.\n\n<svg><script>alert(1)</script></svg>'],
	])('refuses a raw <%s> at its line', async (tag, markdown) => {
		const refused = await failure(markdown);

		expect(refused).toMatchObject({ line: 3, ruleId: RULE });
		expect(refused.reason).toBe(
			`в статье нельзя использовать <${tag}>: скрипты, стили, фреймы, объекты и формы на сайт не попадают; уберите элемент`,
		);
	});

	test('refuses an event-handler attribute, in any case', async () => {
		const refused = await failure('Фото: <img src="/a.png" alt="" onError="alert(1)">');

		expect(refused).toMatchObject({ line: 1, ruleId: RULE });
		expect(refused.reason).toBe(
			'атрибут onerror у <img> запрещён: обработчики событий и стили в статье не допускаются; уберите атрибут',
		);
	});

	test('refuses a style attribute', async () => {
		const refused = await failure('<p style="position:fixed">Текст</p>');

		expect(refused.reason).toMatch(/^атрибут style у <p> запрещён/);
	});

	test.each([
		['a Markdown link', '[ссылка](javascript:alert(1))', 'javascript', 'href', 'a'],
		[
			'a link with a hidden scheme',
			'<a href=" java\tscript:alert(1)">x</a>',
			'javascript',
			'href',
			'a',
		],
		['a Markdown image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', 'data', 'src', 'img'],
		['a VBScript link', '<a href="vbscript:msgbox(1)">x</a>', 'vbscript', 'href', 'a'],
		[
			'a quotation source',
			'<blockquote cite="javascript:alert(1)">ц</blockquote>',
			'javascript',
			'cite',
			'blockquote',
		],
		[
			'an image candidate',
			'<img src="/a.png" srcset="/a.png 1x, data:image/png;base64,AA 2x" alt="">',
			'data',
			'srcset',
			'img',
		],
		['a ping', '<a href="/" ping="javascript:alert(1)">x</a>', 'javascript', 'ping', 'a'],
		[
			'a microdata item id',
			'<span itemscope itemid="javascript:alert(1)">x</span>',
			'javascript',
			'itemid',
			'span',
		],
		[
			'a long description',
			'<img src="/a.png" longdesc="javascript:alert(1)" alt="">',
			'javascript',
			'longdesc',
			'img',
		],
		[
			'an xlink:href outside SVG',
			'<a xlink:href="javascript:alert(1)">x</a>',
			'javascript',
			'xlink:href',
			'a',
		],
	])('refuses %s with an unsafe scheme', async (_, markdown, scheme, attribute, tag) => {
		const refused = await failure(markdown);

		expect(refused).toMatchObject({ line: 1, ruleId: RULE });
		expect(refused.reason).toBe(
			`адрес со схемой ${scheme}: в ${attribute} у <${tag}> запрещён; допустимы https:, http:, mailto:, tel: и адреса на самом сайте`,
		);
	});

	test('refuses a javascript: link inside a fact box too', async () => {
		const refused = await failure(
			':::factbox[Торговля]{#trade}\n- **1** — [раз](javascript:alert(1)) :cite{#kremlin}\n:::',
		);

		expect(refused).toMatchObject({ line: 2, ruleId: RULE });
	});

	test('leaves raw HTML in a fact box to the fact box schema, which refuses markup', async () => {
		const refused = await failure(
			':::factbox[Торговля]{#trade}\n- **1** — раз <img src=x onerror=alert(1)> :cite{#kremlin}\n:::',
		);

		expect(refused.line).toBe(2);
		expect(refused.reason).toContain('HTML-разметка в тексте не допускается');
	});

	test('lets harmless raw HTML and site, https and mailto links through', async () => {
		const { html } = await render(
			'Термин <abbr title="Союзное государство">СГ</abbr>, [кремль](https://kremlin.ru), [почта](mailto:a@b.example), [тема](/topics/trade/), [сноска](#source-x).',
		);

		expect(html).toContain('<abbr title="Союзное государство">СГ</abbr>');
		expect(html).toContain('href="https://kremlin.ru" rel="noopener noreferrer"');
		expect(html).toContain('href="mailto:a@b.example"');
		expect(html).toContain('href="/topics/trade/"');
	});
});

describe('urlScheme', () => {
	test.each([
		['https://kremlin.ru/', 'https'],
		['JavaScript:alert(1)', 'javascript'],
		[' \n java\tscript:alert(1)', 'javascript'],
		['/articles/x/', undefined],
		['#source-x', undefined],
		['page?x=a:b', undefined],
	])('reads %j as %j', (url, scheme) => {
		expect(urlScheme(url)).toBe(scheme);
	});
});
