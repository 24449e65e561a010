import { describe, expect, test } from 'vitest';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

describe('remarkTermLink', () => {
	test('links the text to the term in the glossary', async () => {
		const { html } = await renderMarkdown('В рамках :term[Союзного государства]{#union-state}.');

		expect(html).toBe(
			'<p>В рамках <a class="term" href="/glossary/#union-state">Союзного государства</a>.</p>',
		);
	});

	test('links an English body to the English glossary', async () => {
		const { html } = await renderMarkdown(
			'Within the :term[Union State]{#union-state}.',
			'article.md',
			{ lang: 'en' },
		);

		expect(html).toBe(
			'<p>Within the <a class="term" href="/en/glossary/#union-state">Union State</a>.</p>',
		);
	});

	test('keeps inline markup inside the link', async () => {
		const { html } = await renderMarkdown(':term[*Союзного* государства]{#union-state}');

		expect(html).toBe(
			'<p><a class="term" href="/glossary/#union-state"><em>Союзного</em> государства</a></p>',
		);
	});

	test('records the term reference at its position', async () => {
		const { references } = await renderMarkdown('Строка.\nВ рамках :term[СГ]{#union-state}.');

		expect(references).toEqual({
			citations: [],
			references: [{ kind: 'term', id: 'union-state', line: 2, column: 10 }],
		});
	});

	describe('refuses', () => {
		test('a term without an id', async () => {
			const failure = await renderFailure('В рамках :term[Союзного государства].');

			expect(failure).toMatchObject({
				line: 1,
				column: 10,
				ruleId: 'razbor:term-id',
				source: 'razbor',
			});
			expect(failure.reason).toBe('у термина нет id: напишите :term[текст]{#id-термина}');
		});

		test('an id that is not Latin kebab-case', async () => {
			const failure = await renderFailure('Текст :term[СГ]{#union_state}.');

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:term-id' });
			expect(failure.reason).toContain('«union_state» — не id термина');
		});

		test('an attribute other than the id', async () => {
			const failure = await renderFailure('Текст :term[СГ]{#union-state title="x"}.');

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:term-attribute' });
			expect(failure.reason).toContain('неизвестный атрибут title');
		});

		test('a term without text, suggesting how to write it', async () => {
			const failure = await renderFailure('Первая строка.\nТекст :term{#union-state}.');

			expect(failure).toMatchObject({ line: 2, column: 7, ruleId: 'razbor:term-label' });
			expect(failure.reason).toBe('у :term нет текста: напишите :term[текст ссылки]{#union-state}');
		});
	});
});
