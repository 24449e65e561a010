import { describe, expect, test } from 'vitest';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

describe('remarkMapEmbed', () => {
	test('leaves an empty placeholder naming the map, which the page draws', async () => {
		const { html } = await renderMarkdown('::map{#visit-route}\n');

		expect(html).toBe('<div class="embed" data-embed="map" data-id="visit-route"></div>');
	});

	test('records the map reference at its position, for the reference check', async () => {
		const { references } = await renderMarkdown('Текст.\n\n::map{#visit-route}\n');

		expect(references).toEqual({
			citations: [],
			references: [{ kind: 'map', id: 'visit-route', line: 3, column: 1 }],
		});
	});

	test.each([
		['no id', '::map', 'razbor:map-id', 'у карты нет id: напишите ::map{#id-карты}'],
		[
			'a list of places instead of an id',
			'::map{#route places="minsk"}',
			'razbor:map-attribute',
			'неизвестный атрибут places',
		],
		[
			'a caption in brackets',
			'::map[Маршрут]{#route}',
			'razbor:map-label',
			'заголовок берётся из файла карты',
		],
	])('refuses an embed with %s, at its line', async (_case, line, ruleId, reason) => {
		const failure = await renderFailure(`Текст.\n\n${line}\n`);

		expect(failure).toMatchObject({ line: 3, column: 1, ruleId, source: 'razbor' });
		expect(failure.reason).toContain(reason);
	});

	test('refuses a map inside a list', async () => {
		const failure = await renderFailure('- Пункт.\n\n  ::map{#route}\n');

		expect(failure).toMatchObject({ line: 3, ruleId: 'razbor:map-nesting' });
		expect(failure.reason).toContain('карту можно вставить только отдельной строкой');
	});
});
