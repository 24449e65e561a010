import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../helpers/markdown.ts';

describe('rehypeBodyAnchors', () => {
	test('records every id of the body: headings, fixed ids, fact boxes and citation markers', async () => {
		const { references } = await renderMarkdown(
			'## Что подписали\n\n## Итоги {#itogi}\n\nТекст :cite{#kremlin}.\n\n:::factbox[Торговля]{#trade}\n- **1** — раз :cite{#kremlin}\n:::',
			'a.md',
			{ rehype: true },
		);

		expect(references?.anchors).toEqual(
			expect.arrayContaining(['chto-podpisali', 'itogi', 'cite-kremlin-1', 'fact-trade']),
		);
		expect(references?.anchors).not.toContain('net-takogo');
	});

	test('records nothing for a body without ids', async () => {
		const { references } = await renderMarkdown('Текст.', 'a.md', { rehype: true });

		expect(references?.anchors).toBeUndefined();
	});
});
