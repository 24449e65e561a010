import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../helpers/markdown.ts';

describe('rehypeTaskList', () => {
	test('turns GFM task list checkboxes into ballot-box marks: no form control reaches the page', async () => {
		const { html } = await renderMarkdown(
			'- [x] сделано\n- [ ] не сделано\n- обычный пункт',
			'a.md',
			{
				rehype: true,
			},
		);

		expect(html).not.toContain('<input');
		expect(html).toContain('☑\u00a0сделано');
		expect(html).toMatch(/☐\u00a0не.сделано/);
		expect(html).toContain('обычный пункт');
	});

	test('handles loose task lists, where the text is in a paragraph', async () => {
		const { html } = await renderMarkdown('- [x] первый\n\n- [ ] второй', 'a.md', { rehype: true });

		expect(html).not.toContain('<input');
		expect(html).toMatch(/<p>☑\u00a0первый<\/p>/);
	});

	test('leaves a raw <input> to the guard, which refuses it', async () => {
		await expect(
			renderMarkdown('- пункт <input type="checkbox" checked>', 'a.md', { rehype: true }),
		).rejects.toMatchObject({ ruleId: 'razbor:html-element', line: 1 });
	});
});
