import { describe, expect, test } from 'vitest';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

describe('remarkCitation', () => {
	test('turns a citation into a numbered note linking to the sources list', async () => {
		const { html } = await renderMarkdown('Переговоры прошли в Кремле :cite{#kremlin-talks}.');

		expect(html).toBe(
			'<p>Переговоры прошли в Кремле <sup class="cite"><a href="#source-kremlin-talks" id="cite-kremlin-talks-1">[1]</a></sup>.</p>',
		);
	});

	test('numbers sources by first citation and gives each citation its own anchor', async () => {
		const markdown =
			'А :cite{#tass}, Б :cite{#kremlin}.\n\nВ :cite{#tass}, Г :cite{#belta}, Д :cite{#kremlin}.';

		const { html, references } = await renderMarkdown(markdown);

		const notes = [
			...html.matchAll(/<a href="#source-([a-z-]+)" id="(cite-[a-z]+-\d)">\[(\d)\]<\/a>/g),
		].map(([, source, anchor, number]) => `${source} ${anchor} ${number}`);
		expect(notes).toEqual([
			'tass cite-tass-1 1',
			'kremlin cite-kremlin-1 2',
			'tass cite-tass-2 1',
			'belta cite-belta-1 3',
			'kremlin cite-kremlin-2 2',
		]);
		expect(references?.citations).toEqual(['tass', 'kremlin', 'belta']);
	});

	test('records every citation with its line and column', async () => {
		const { references } = await renderMarkdown('Первый :cite{#tass}.\n\nВторой :cite{#tass}.');

		expect(references?.references).toEqual([
			{ kind: 'source', id: 'tass', line: 1, column: 8 },
			{ kind: 'source', id: 'tass', line: 3, column: 8 },
		]);
	});

	test('accepts empty brackets', async () => {
		const { references } = await renderMarkdown('Текст :cite[]{#tass}.');

		expect(references?.citations).toEqual(['tass']);
	});

	describe('refuses', () => {
		test('a citation without an id', async () => {
			const failure = await renderFailure('Текст.\n\nЕщё :cite.');

			expect(failure).toMatchObject({
				line: 3,
				column: 5,
				ruleId: 'razbor:cite-id',
				source: 'razbor',
			});
			expect(failure.reason).toBe('у ссылки на источник нет id: напишите :cite{#id-источника}');
		});

		test('an id that is not Latin kebab-case', async () => {
			const failure = await renderFailure('Текст :cite{#ТАСС}.');

			expect(failure).toMatchObject({ line: 1, column: 7, ruleId: 'razbor:cite-id' });
			expect(failure.reason).toContain('«ТАСС» — не id источника');
		});

		test('an attribute other than the id', async () => {
			const failure = await renderFailure('Текст :cite{#tass page=3}.');

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:cite-attribute' });
			expect(failure.reason).toContain('неизвестный атрибут page');
		});

		test('text in brackets', async () => {
			const failure = await renderFailure('Текст :cite[ТАСС]{#tass}.');

			expect(failure).toMatchObject({ line: 1, column: 7, ruleId: 'razbor:cite-label' });
			expect(failure.reason).toBe('у :cite не бывает текста в [скобках]: номер ставится сам');
		});
	});
});
