import { describe, expect, test } from 'vitest';
import { urlScheme } from '../../../src/markdown/rehype-allowed-html.ts';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

const RULE = 'razbor:url-scheme';

/** Renders through every site plugin, as the build does. */
const render = (markdown: string) => renderMarkdown(markdown, 'article.md', { rehype: true });
const failure = (markdown: string) => renderFailure(markdown, 'article.md', { rehype: true });

describe('rehypeAllowedHtml', () => {
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

		expect(refused).toMatchObject({ line: 3, column: 1, ruleId: 'razbor:html-element' });
		expect(refused.reason).toBe(
			`элемент <${tag}> в статье недопустим: скрипты, стили, фреймы, объекты и формы на сайт не попадают; уберите его`,
		);
	});

	test('refuses an event-handler attribute, in any case', async () => {
		const refused = await failure('Вот <abbr title="x" onMouseOver="alert(1)">РФ</abbr>');

		expect(refused).toMatchObject({ line: 1, column: 5, ruleId: 'razbor:html-attribute' });
		expect(refused.reason).toBe(
			'атрибут onmouseover у <abbr> недопустим: обработчики событий и стили в статье не допускаются; уберите атрибут',
		);
	});

	test('refuses a style attribute', async () => {
		const refused = await failure('<p style="position:fixed">Текст</p>');

		expect(refused.reason).toMatch(/^атрибут style у <p> недопустим/);
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
		['a VBScript link', '<a href="vbscript:msgbox(1)">x</a>', 'vbscript', 'href', 'a'],
		[
			'a quotation source',
			'<blockquote cite="javascript:alert(1)">ц</blockquote>',
			'javascript',
			'cite',
			'blockquote',
		],
	])('refuses %s with an unsafe scheme', async (_, markdown, scheme, attribute, tag) => {
		const refused = await failure(markdown);

		expect(refused).toMatchObject({ line: 1, ruleId: RULE });
		expect(refused.reason).toBe(
			`адрес со схемой ${scheme}: в ${attribute} у <${tag}> запрещён; допустимы https:, http:, mailto:, tel: и адреса на самом сайте`,
		);
	});

	test.each([
		['srcset', '<span srcset="/a.png 1x, data:image/png;base64,AA 2x">x</span>', 'span'],
		['ping', '<a href="/" ping="javascript:alert(1)">x</a>', 'a'],
		['itemid', '<span itemid="javascript:alert(1)">x</span>', 'span'],
		['longdesc', '<abbr longdesc="javascript:alert(1)">x</abbr>', 'abbr'],
		['xlink:href', '<a xlink:href="javascript:alert(1)">x</a>', 'a'],
		['dir', '<span dir="rtl">x</span>', 'span'],
	])(
		'refuses the attribute %s, which is not on the list, at its line',
		async (name, markdown, tag) => {
			const refused = await failure(`Текст.\n\n${markdown}`);

			expect(refused).toMatchObject({ line: 3, column: 1, ruleId: 'razbor:html-attribute' });
			expect(refused.reason).toMatch(
				new RegExp(`^атрибут ${name} у <${tag}> недопустим: у <${tag}> `),
			);
		},
	);

	test.each([
		'plaintext',
		'xmp',
		'noembed',
		'noframes',
		'listing',
		'marquee',
		'title',
		'video',
		'audio',
		'dialog',
		'details',
		'font',
		'center',
	])('refuses <%s>, which is on no list, at its line and column', async (tag) => {
		const refused = await failure(`Текст.\n\nЕщё <${tag}>x</${tag}> и всё.`);

		expect(refused).toMatchObject({ line: 3, column: 5, ruleId: 'razbor:html-element' });
		expect(refused.reason).toMatch(
			new RegExp(
				`^элемент <${tag}> в статье недопустим: в HTML статьи можно писать только <a>, <abbr>`,
			),
		);
	});

	test('refuses <plaintext> on a line of its own, before it can swallow the rest of the page', async () => {
		const refused = await failure('Текст.\n\n<plaintext>\n\nДальше текст.');

		expect(refused).toMatchObject({ line: 3, ruleId: 'razbor:html-element' });
	});

	test('refuses an <img> written as HTML and says how to write it in Markdown', async () => {
		const refused = await failure('Фото: <img src="/a.png" alt="Кремль">');

		expect(refused).toMatchObject({ line: 1, column: 7, ruleId: 'razbor:html-element' });
		expect(refused.reason).toContain('content/articles/images/');
		expect(refused.reason).toContain('![что на ней изображено](./images/файл.jpg)');
	});

	test.each([
		[
			'the embed placeholder',
			'<div class="embed" data-embed="timeline" data-id="visit"></div>',
			'div',
		],
		[
			'a placeholder in a list item',
			'- пункт <span class="embed" data-embed="timeline" data-id="visit"></span>',
			'span',
		],
		['an id', '<span id="source-kremlin">x</span>', 'span'],
		['a data attribute', '<span data-pagefind-ignore>x</span>', 'span'],
		['an aria attribute', '<span aria-hidden="true">x</span>', 'span'],
		['a role', '<span role="button">x</span>', 'span'],
	])("refuses %s in raw HTML: the build's markers cannot be forged", async (_, markdown, tag) => {
		const refused = await failure(`Текст.\n\n${markdown}`);

		expect(refused).toMatchObject({ line: 3, ruleId: 'razbor:html-marker' });
		expect(refused.reason).toMatch(
			new RegExp(
				`у <${tag}> в HTML статьи недопустим: классы, id, роли, data- и aria-атрибуты ставит сборка`,
			),
		);
	});

	test("lets the placeholder that ::timeline makes through: markers are the pipeline's own", async () => {
		const { html } = await render('Текст.\n\n::timeline{#visit}\n\nЕщё <abbr title="т">Т</abbr>.');

		expect(html).toContain('<div class="embed" data-embed="timeline" data-id="visit"></div>');
	});

	test("drops editors' HTML comments, inline and on lines of their own", async () => {
		const { html } = await render(
			'Текст <!-- проверить цифру --> дальше.\n\n<!--\nпроверить\nвсё\n-->\n\nКонец <abbr title="т">Т</abbr>.',
		);

		expect(html).not.toContain('<!--');
		expect(html).not.toContain('проверить');
		expect(html).toContain('<abbr title="т">Т</abbr>');
	});

	test("lets the plugins' own elements through beside raw HTML: a citation next to a comment", async () => {
		const { html } = await render(
			'Оборот вырос <!-- проверить --> на 5 % :cite{#kremlin}, <abbr title="т">Т</abbr>.',
		);

		expect(html).toContain(
			'<sup class="cite">\u2060<a href="#source-kremlin" id="cite-kremlin-1">[1]</a></sup>',
		);
		expect(html).not.toContain('проверить');
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
