import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../helpers/markdown.ts';

const render = async (markdown: string) =>
	(await renderMarkdown(markdown, 'article.md', { rehype: true })).html;

describe('rehypeAnchorLinks', () => {
	test('puts a «#» link to the heading right after it, in one group', async () => {
		expect(await render('## Что подписали')).toBe(
			'<div class="heading"><h2 id="chto-podpisali">Что подписали</h2>' +
				'<a class="anchor" href="#chto-podpisali" data-pagefind-ignore=""><span aria-hidden="true">#</span>' +
				'<span class="visually-hidden">Ссылка на раздел: Что подписали</span></a></div>',
		);
	});

	test('links a fact box as a whole, once', async () => {
		const html = await render(':::factbox[Торговля]{#trade}\n- **1** — раз :cite{#kremlin}\n:::');

		expect(html).toContain(
			'<aside class="fact-box" id="fact-trade" aria-labelledby="fact-trade-title">' +
				'<div class="heading"><h2 class="fact-box__title" id="fact-trade-title">Торговля</h2>' +
				'<a class="anchor" href="#fact-trade" data-pagefind-ignore=""><span aria-hidden="true">#</span>' +
				'<span class="visually-hidden">Ссылка на справку: Торговля</span></a></div>',
		);
		expect(html.match(/class="anchor"/g)).toHaveLength(1);
	});

	test('labels the link with the typographed heading, without citation numbers', async () => {
		const html = await render('## Визит в Москву :cite{#kremlin}');

		expect(html).toContain(
			'<span class="visually-hidden">Ссылка на раздел: Визит в\u00a0Москву</span>',
		);
	});

	test('links every heading level', async () => {
		const html = await render('## Два\n\n### Три\n\n#### Четыре');

		expect(html.match(/<a class="anchor" href="#[a-z-]+" data-pagefind-ignore="">/g)).toEqual([
			'<a class="anchor" href="#dva" data-pagefind-ignore="">',
			'<a class="anchor" href="#tri" data-pagefind-ignore="">',
			'<a class="anchor" href="#chetyre" data-pagefind-ignore="">',
		]);
	});
});

describe('rehypeAnchorLinks in an English body', () => {
	test('labels the links in English, from the dictionary', async () => {
		const { html } = await renderMarkdown(
			'## What was signed\n\n:::factbox[Trade in 2024]{#trade}\n- **1** — one :cite{#kremlin}\n:::',
			'article.md',
			{ rehype: true, lang: 'en' },
		);

		expect(html).toContain(
			'<span class="visually-hidden">Link to the section: What was signed</span>',
		);
		expect(html).toContain(
			'<span class="visually-hidden">Link to the fact box: Trade in 2024</span>',
		);
		expect(html).not.toMatch(/[А-Яа-яЁё]/);
	});
});
