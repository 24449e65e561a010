import type { Element } from 'hast';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { headingText } from '../../../src/markdown/rehype-heading-slugs.ts';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

const render = async (markdown: string) =>
	(await renderMarkdown(markdown, 'article.md', { rehype: true })).html;

/** The ids of the headings in rendered HTML, in order. */
const headingIds = (html: string) =>
	[...html.matchAll(/<h[1-6][^>]* id="([^"]+)"/g)].map((match) => match[1]);

describe('rehypeHeadingSlugs', () => {
	test('transliterates a Russian heading into a Latin id', async () => {
		expect(headingIds(await render('## Прилёт во Внуково'))).toEqual(['prilyot-vo-vnukovo']);
	});

	test('keeps digits and drops punctuation, quotes and signs', async () => {
		const html = await render('### Итоги выборов: 86,82 %, а не «более 87 %»');

		expect(headingIds(html)).toEqual(['itogi-vyborov-86-82-a-ne-bolee-87']);
	});

	test('numbers repeated headings in order', async () => {
		const html = await render('## Итоги\n\n## Итоги\n\n## Итоги');

		expect(headingIds(html)).toEqual(['itogi', 'itogi-2', 'itogi-3']);
	});

	test('never reuses an explicit id or a fact box id', async () => {
		const html = await render(
			'## Справка {#trade}\n\n## Trade\n\n## Fact trade title\n\n:::factbox[Торговля]{#trade}\n- **1** — раз :cite{#kremlin}\n:::',
		);

		expect(headingIds(html)).toEqual([
			'trade',
			'trade-2',
			'fact-trade-title-2',
			'fact-trade-title',
		]);
	});

	test('does not put the citation number into the id', async () => {
		expect(headingIds(await render('## Переговоры :cite{#kremlin}'))).toEqual(['peregovory']);
	});

	test('gives a heading without letters or digits a fallback id', async () => {
		expect(headingIds(await render('## —'))).toEqual(['section']);
	});

	test('refuses two headings with the same explicit id', async () => {
		const failure = await renderFailure('## Один {#same}\n\n## Другой {#same}', 'article.md', {
			rehype: true,
		});

		expect(failure).toMatchObject({ line: 3, ruleId: 'razbor:duplicate-id' });
		expect(failure.reason).toBe('id «same» уже есть у другого места в статье');
	});

	test('refuses a heading id that a fact box already has', async () => {
		const failure = await renderFailure(
			'## Справка {#fact-trade}\n\n:::factbox[Торговля]{#trade}\n- **1** — раз :cite{#kremlin}\n:::',
			'article.md',
			{ rehype: true },
		);

		expect(failure).toMatchObject({ line: 3, ruleId: 'razbor:duplicate-id' });
	});
});

describe('headingText', () => {
	test('reads the words of a heading without its citation markers', () => {
		const heading: Element = h('h2', [
			'Переговоры ',
			h('em', 'в Кремле'),
			h('sup', { className: ['cite'] }, h('a', { href: '#source-x' }, '[1]')),
		]);

		expect(headingText(heading)).toBe('Переговоры в Кремле');
	});
});
