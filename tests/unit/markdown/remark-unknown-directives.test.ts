import { describe, expect, test } from 'vitest';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

describe('remarkUnknownDirectives', () => {
	test.each([
		['Время встречи: 10:30, повестка:важное.', '<p>Время встречи: 10:30, повестка:важное.</p>'],
		['Счёт 2:0 в пользу хозяев.', '<p>Счёт 2:0 в пользу хозяев.</p>'],
		['Смотрите see:note и a:b.', '<p>Смотрите see:note и a:b.</p>'],
		['Метка :note и :note[с текстом] подряд.', '<p>Метка :note и :note[с текстом] подряд.</p>'],
		[
			'Выделено **жирным:курсив** и `код:cite{#x}`.',
			'<p>Выделено <strong>жирным:курсив</strong> и <code>код:cite{#x}</code>.</p>',
		],
	])('keeps the text directive in %j as written', async (markdown, expected) => {
		const { html } = await renderMarkdown(markdown);

		expect(html).toBe(expected);
	});

	test('keeps a colon-word without treating it as a reference', async () => {
		const { references } = await renderMarkdown('Повестка:важное и see:note.');

		expect(references).toEqual({ citations: [], references: [] });
	});

	test('refuses an unknown block directive and lists the known ones', async () => {
		const failure = await renderFailure('Текст.\n\n::note{#x}\n');

		expect(failure).toMatchObject({
			line: 3,
			column: 1,
			ruleId: 'razbor:unknown-directive',
			source: 'razbor',
		});
		expect(failure.reason).toBe(
			'неизвестная директива ::note; доступны: :::factbox, ::timeline, ::chart, :cite, :term',
		);
	});

	test('refuses an unknown container directive', async () => {
		const failure = await renderFailure('Текст.\n\n:::warning\nОсторожно.\n:::\n');

		expect(failure).toMatchObject({ line: 3, ruleId: 'razbor:unknown-directive' });
		expect(failure.reason).toContain('неизвестная директива :::warning');
	});

	test.each([
		['::cite{#tass}', '::cite'],
		['::term[СГ]{#union-state}', '::term'],
		[':::timeline{#visit}\n:::', ':::timeline'],
		['::factbox[Т]{#t}', '::factbox'],
	])(
		'refuses a known directive written with the wrong number of colons: %j',
		async (markdown, marker) => {
			const failure = await renderFailure(markdown);

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:unknown-directive' });
			expect(failure.reason).toContain(`неизвестная директива ${marker};`);
		},
	);

	test('never records a citation that the page does not show', async () => {
		const { html, references } = await renderMarkdown(
			'Смотрите :note[подробнее :cite{#tass}] здесь.',
		);

		const shown = references?.citations.filter((id) => html.includes(`href="#source-${id}"`));
		expect(shown).toEqual(references?.citations);
	});
});
