import type { Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import {
	rehypeTypograf,
	type RehypeTypografOptions,
} from '../../../src/markdown/rehype-typograf.ts';
import { renderMarkdown as render } from '../../helpers/markdown.ts';

/** Renders Markdown through the site's remark and rehype plugins. */
const renderMarkdown = (markdown: string) => render(markdown, 'article.md', { rehype: true });

// In expectations «⍽» stands for a non-breaking space (U+00A0), so the strings stay readable.
const nb = (text: string): string => text.replaceAll('⍽', '\u00A0');

/** Runs rehypeTypograf alone on a hast tree and gives the HTML. */
function typograph(tree: Root, options: RehypeTypografOptions = {}): string {
	const processor = unified().use(rehypeTypograf, options).use(rehypeStringify);
	return processor.stringify(processor.runSync(tree));
}

describe('rehypeTypograf', () => {
	test('typographs the text of paragraphs, list items and headings', async () => {
		const { html } = await renderMarkdown(
			[
				'## Что говорили до начала встречи',
				'',
				'Лукашенко ещё до переговоров ответил на вопросы журналистов.',
				'',
				'- Итог - одна из четырёх оценок',
			].join('\n'),
		);

		expect(html).toBe(
			nb(
				[
					'<div class="heading"><h2 id="chto-govorili-do-nachala-vstrechi">Что говорили до⍽начала встречи</h2><a class="anchor" href="#chto-govorili-do-nachala-vstrechi" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="visually-hidden">Ссылка на раздел: Что говорили до⍽начала встречи</span></a></div>',
					'<p>Лукашенко ещё до⍽переговоров ответил на⍽вопросы журналистов.</p>',
					'<ul>',
					'<li>Итог⍽— одна из⍽четырёх оценок</li>',
					'</ul>',
				].join('\n'),
			),
		);
	});

	test('binds a short word at the end of a text to the element after it', async () => {
		const { html } = await renderMarkdown(
			'14 марта Лукашенко выступил в :term[Совете Федерации]{#federation-council}.',
		);

		expect(html).toBe(
			nb(
				'<p>14⍽марта Лукашенко выступил в⍽<a class="term" href="/glossary/#federation-council">Совете Федерации</a>.</p>',
			),
		);
	});

	test('matches straight quotes around emphasis', async () => {
		const { html } = await renderMarkdown('Лукашенко ответил: "*Ещё нет*", и добавил: "Работаем".');

		expect(html).toBe(nb('<p>Лукашенко ответил: «<em>Ещё нет</em>», и⍽добавил: «Работаем».</p>'));
	});

	test('keeps elements, their nesting and their attributes', async () => {
		const { html } = await renderMarkdown(
			'По данным [**БелТА** в *пересказе* APP](https://www.belta.by/ "БелТА") - около 10:00 :cite{#r05-belta-app-arrival}.',
		);

		expect(html).toBe(
			nb(
				'<p>По⍽данным <a href="https://www.belta.by/" title="БелТА" rel="noopener noreferrer"><strong>БелТА</strong> в⍽<em>пересказе</em> APP</a>⍽— около 10:00<sup class="cite">\u2060<a href="#source-r05-belta-app-arrival" id="cite-r05-belta-app-arrival-1">[1]</a></sup>.</p>',
			),
		);
	});

	test('leaves citation markers, inline code and code blocks as written', async () => {
		const { html } = await renderMarkdown(
			[
				'Код `в - "кавычках"...` и ссылка :cite{#tass}.',
				'',
				'```',
				'в Кремле - "цитата"...',
				'```',
			].join('\n'),
		);

		expect(html).toBe(
			nb(
				[
					'<p>Код <code>в - "кавычках"...</code> и⍽ссылка<sup class="cite">\u2060<a href="#source-tass" id="cite-tass-1">[1]</a></sup>.</p>',
					'<pre><code>в Кремле - "цитата"...',
					'</code></pre>',
				].join('\n'),
			),
		);
	});

	test('leaves times, ranges, durations and URLs as written', async () => {
		const { html } = await renderMarkdown(
			'Около 11:40–12:00 самолёт снижался, запись длится 1:30:11, стенограмма — <https://www.kremlin.ru/events/president/news/76444>.',
		);

		expect(html).toBe(
			nb(
				'<p>Около 11:40–\u206012:00 самолёт снижался, запись длится 1:30:11, стенограмма⍽— <a href="https://www.kremlin.ru/events/president/news/76444" rel="noopener noreferrer">https://www.kremlin.ru/events/president/news/76444</a>.</p>',
			),
		);
	});

	test('keeps heading ids made from the text the editor wrote, without its non-breaking spaces', async () => {
		const { html } = await renderMarkdown('## Прилёт во Внуково');

		expect(html).toContain(nb('<h2 id="prilyot-vo-vnukovo">Прилёт во⍽Внуково</h2>'));
	});

	test('typographs neighbouring text nodes as one text', () => {
		const tree: Root = { type: 'root', children: [h('p', ['Переговоры прошли в ', 'Кремле'])] };

		expect(typograph(tree)).toBe(nb('<p>Переговоры прошли в⍽Кремле</p>'));
	});

	test('typographs a fact box: its title, values and explanations', async () => {
		const { html } = await renderMarkdown(
			[
				':::factbox[Торговля в 2024 году]{#trade-2024}',
				'- **50 млрд $** — товарооборот по данным России :cite{#kremlin-talks}',
				':::',
			].join('\n'),
		);

		expect(html).toContain(nb('>Торговля в⍽2024⍽году</h2>'));
		expect(html).toContain(nb('<dt>50⍽млрд⍽$</dt>'));
		expect(html).toContain(nb('<dd>товарооборот по⍽данным России<sup class="cite">\u2060'));
	});

	test('leaves elements of the given tags and classes as written', () => {
		const tree = (): Root => ({
			type: 'root',
			children: [
				h('p', ['Итог - ', h('kbd', 'в - "кавычках"'), ' и ', h('span.raw', 'в - "кавычках"')]),
			],
		});

		expect(typograph(tree())).toBe(
			nb('<p>Итог⍽— <kbd>в - "кавычках"</kbd> и⍽<span class="raw">в⍽— «кавычках»</span></p>'),
		);
		expect(typograph(tree(), { skipTags: [], skipClasses: ['raw'] })).toBe(
			nb('<p>Итог⍽— <kbd>в⍽— «кавычках»</kbd> и⍽<span class="raw">в - "кавычках"</span></p>'),
		);
	});
});

describe('rehypeTypograf in English (issue 20)', () => {
	test('sets the English rules when the file is rendered as English', () => {
		const tree: Root = { type: 'root', children: [h('p', 'A "joint" project - in a year')] };
		const processor = unified().use(rehypeTypograf).use(rehypeStringify);
		const file = new VFile({ data: { astro: { frontmatter: { lang: 'en' } } } });

		const html = processor.stringify(processor.runSync(tree, file));

		expect(html).toBe(nb('<p>A “joint” project⍽— in a year</p>'));
	});

	test('takes the language from its options before the file', () => {
		expect(
			typograph({ type: 'root', children: [h('p', 'В "Кремле" - встреча')] }, { lang: 'en' }),
		).toBe(nb('<p>В “Кремле”⍽— встреча</p>'));
	});

	test('stays Russian for a file without a language', () => {
		expect(typograph({ type: 'root', children: [h('p', 'В "Кремле"')] })).toBe(
			nb('<p>В⍽«Кремле»</p>'),
		);
	});
});
