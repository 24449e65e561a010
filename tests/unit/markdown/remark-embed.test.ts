import { describe, expect, test } from 'vitest';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

describe('remarkTimelineEmbed', () => {
	test('leaves an empty placeholder naming the timeline', async () => {
		const { html } = await renderMarkdown('::timeline{#visit-schedule}\n');

		expect(html).toBe('<div class="embed" data-embed="timeline" data-id="visit-schedule"></div>');
	});

	test('records the timeline reference at its position', async () => {
		const { references } = await renderMarkdown('Текст.\n\n::timeline{#visit-schedule}\n');

		expect(references).toEqual({
			citations: [],
			references: [{ kind: 'timeline', id: 'visit-schedule', line: 3, column: 1 }],
		});
	});

	test('records the embed the body opens with, and none for an embed after text', async () => {
		const opening = await renderMarkdown('::map{#visit-route}\n\nТекст.\n\n::chart{#trade}\n');
		const later = await renderMarkdown('Текст.\n\n::map{#visit-route}\n');

		expect(opening.references?.opening).toEqual({ kind: 'map', id: 'visit-route' });
		expect(later.references?.opening).toBeUndefined();
	});

	test('accepts the id written as an attribute', async () => {
		const { html } = await renderMarkdown('::timeline{id="visit-schedule"}\n');

		expect(html).toBe('<div class="embed" data-embed="timeline" data-id="visit-schedule"></div>');
	});

	describe('refuses', () => {
		test.each([
			['no id', '::timeline', 'у хроники нет id: напишите ::timeline{#id-хроники}'],
			['an id that is not Latin kebab-case', '::timeline{#Визит}', '«Визит» — не id хроники'],
		])('an embed with %s', async (_case, line, reason) => {
			const failure = await renderFailure(`Текст.\n\n${line}\n`);

			expect(failure).toMatchObject({
				line: 3,
				column: 1,
				ruleId: 'razbor:timeline-id',
				source: 'razbor',
			});
			expect(failure.reason).toContain(reason);
		});

		test('an attribute other than the id', async () => {
			const failure = await renderFailure('::timeline{#visit .wide}\n');

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:timeline-attribute' });
			expect(failure.reason).toContain('неизвестный атрибут class');
		});

		test('a label in brackets', async () => {
			const failure = await renderFailure('::timeline[Хроника визита]{#visit}\n');

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:timeline-label' });
			expect(failure.reason).toContain('не бывает подписи в [скобках]');
		});

		test.each([
			['a list item', '- Пункт.\n\n  ::timeline{#visit}\n', 3, 3],
			['a quote', 'Текст.\n\n> ::timeline{#visit}\n', 3, 3],
			['an unknown container', ':::note\n::timeline{#visit}\n:::\n', 2, 1],
		])('an embed inside %s', async (_case, markdown, line, column) => {
			const failure = await renderFailure(markdown);

			expect(failure).toMatchObject({ line, column, ruleId: 'razbor:timeline-nesting' });
			expect(failure.reason).toContain('только отдельной строкой на верхнем уровне');
		});
	});
});

describe('remarkChartEmbed', () => {
	test('leaves a placeholder naming the chart and records the reference', async () => {
		const { html, references } = await renderMarkdown('Текст.\n\n::chart{#trade-2024}\n');

		expect(html).toContain('<div class="embed" data-embed="chart" data-id="trade-2024"></div>');
		expect(references?.references).toEqual([
			{ kind: 'chart', id: 'trade-2024', line: 3, column: 1 },
		]);
	});

	test('refuses a chart without an id, naming the chart in the message', async () => {
		const failure = await renderFailure('::chart\n');

		expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:chart-id' });
		expect(failure.reason).toBe('у диаграммы нет id: напишите ::chart{#id-диаграммы}');
	});

	test('refuses a chart inside a list', async () => {
		const failure = await renderFailure('- Пункт.\n\n  ::chart{#trade}\n');

		expect(failure).toMatchObject({ line: 3, ruleId: 'razbor:chart-nesting' });
		expect(failure.reason).toContain('диаграмму можно вставить только отдельной строкой');
	});
});
