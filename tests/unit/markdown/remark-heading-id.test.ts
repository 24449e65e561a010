import { describe, expect, test } from 'vitest';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

describe('remarkHeadingId', () => {
	test('takes the id from a {#id} after the heading text and drops it from the text', async () => {
		const { html } = await renderMarkdown('## Прилёт во Внуково {#arrival}');

		expect(html).toBe('<h2 id="arrival">Прилёт во Внуково</h2>');
	});

	test('leaves a heading without the suffix alone', async () => {
		const { html } = await renderMarkdown('## Что {подписали}');

		// No id and the braces kept as text; on the site rehypeHeadingSlugs sets a Latin id.
		expect(html).toBe('<h2>Что {подписали}</h2>');
	});

	test('keeps inline markup before the suffix', async () => {
		const { html } = await renderMarkdown('## Итоги *года* {#results}');

		expect(html).toBe('<h2 id="results">Итоги <em>года</em></h2>');
	});

	test('refuses an id that is not Latin kebab-case, at the heading', async () => {
		const failure = await renderFailure('Текст.\n\n## Прилёт {#Прилёт}');

		expect(failure).toMatchObject({ line: 3, column: 1, ruleId: 'razbor:heading-id' });
		expect(failure.reason).toBe(
			'«Прилёт» — не id заголовка; нужны строчные латинские буквы, цифры и дефисы, например {#arrival}',
		);
	});
});
