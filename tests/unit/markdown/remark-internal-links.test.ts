import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../helpers/markdown.ts';

describe('remarkInternalLinks', () => {
	test('records a link to the page of an entry as a reference to it, at its position', async () => {
		const { references } = await renderMarkdown(
			[
				'Подробнее — в [хронике](/timelines/visit-schedule/) и [статье](/articles/visit/#itogi).',
				'О [Путине](/people/putin/), [теме](/topics/union-state), [термине](/glossary/#union-state) и [источнике](/sources/#kremlin).',
			].join('\n'),
		);

		expect(references?.references).toEqual([
			{ kind: 'timeline', id: 'visit-schedule', line: 1, column: 15 },
			{ kind: 'article', id: 'visit', line: 1, column: 55 },
			{ kind: 'person', id: 'putin', line: 2, column: 3 },
			{ kind: 'topic', id: 'union-state', line: 2, column: 29 },
			{ kind: 'term', id: 'union-state', line: 2, column: 58 },
			{ kind: 'source', id: 'kremlin', line: 2, column: 94 },
		]);
	});

	test('reads the address of a reference-style link from its definition', async () => {
		const { references } = await renderMarkdown('См. [итоги][1].\n\n[1]: /articles/visit/');

		expect(references?.references).toEqual([{ kind: 'article', id: 'visit', line: 3, column: 1 }]);
	});

	test('leaves links to lists, other sites and other pages alone, and the HTML unchanged', async () => {
		const markdown =
			'[Архив](/archive/), [темы](/topics/), [ТАСС](https://tass.ru/articles/1/), [сайт](//example.org/articles/x/), [якорь](#itogi)';

		const { html, references } = await renderMarkdown(markdown);

		expect(references?.references ?? []).toEqual([]);
		expect(html).toContain('<a href="/archive/">Архив</a>');
	});
});
