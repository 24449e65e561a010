import { describe, expect, test } from 'vitest';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

describe('remarkCitation', () => {
	test('turns a citation into a numbered note linking to the sources list', async () => {
		const { html } = await renderMarkdown('Переговоры прошли в Кремле :cite{#kremlin-talks}.');

		expect(html).toBe(
			'<p>Переговоры прошли в Кремле<sup class="cite">\u2060<a href="#source-kremlin-talks" id="cite-kremlin-talks-1">[1]</a></sup>.</p>',
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

	test('glues the marker to the word before it with a word joiner', async () => {
		const { html } = await renderMarkdown('В Кремле :cite{#tass}, а **в Минске** :cite{#belta}.');

		expect(html).toContain('В Кремле<sup class="cite">\u2060<a');
		expect(html).toContain('</strong><sup class="cite">\u2060<a');
		expect(html).not.toMatch(/\s<sup/);
	});

	test('joins citations next to each other into one group [1, 2]', async () => {
		const markdown = 'Сказано :cite{#tass} :cite{#belta}:cite{#kremlin}. Ещё :cite{#belta}.';

		const { html, references } = await renderMarkdown(markdown);

		expect(html).toBe(
			'<p>Сказано<sup class="cite">\u2060[<a href="#source-tass" id="cite-tass-1">1</a>, <a href="#source-belta" id="cite-belta-1">2</a>, <a href="#source-kremlin" id="cite-kremlin-1">3</a>]</sup>. Ещё<sup class="cite">\u2060<a href="#source-belta" id="cite-belta-2">[2]</a></sup>.</p>',
		);
		expect(references?.citations).toEqual(['tass', 'belta', 'kremlin']);
	});

	test('numbers citations in document order across nested text', async () => {
		const { references } = await renderMarkdown(
			'# Заголовок :cite{#a}\n\n*курсив :cite{#b}* и :cite{#c}\n\n| x |\n|---|\n| ячейка :cite{#d} |',
		);

		expect(references?.citations).toEqual(['a', 'b', 'c', 'd']);
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
