import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../helpers/markdown.ts';

describe('rehypeBodyImages', () => {
	test('leaves a numbered placeholder for each image and records it in document order', async () => {
		const { html, references } = await renderMarkdown(
			'Текст ![второй][k].\n\n![Кремль зимой](./images/kremlin%20winter.jpg "Снимок")\n\n[k]: ./images/minsk.png',
			'article.md',
			{ rehype: true },
		);

		expect(html).toContain('<img data-body-image="0">');
		expect(html).toContain('<img data-body-image="1">');
		expect(html).not.toContain('src=');
		expect(references?.images).toEqual([
			{ path: './images/minsk.png', alt: 'второй', line: 1, column: 7 },
			{
				path: './images/kremlin winter.jpg',
				alt: 'Кремль зимой',
				title: 'Снимок',
				line: 3,
				column: 1,
			},
		]);
	});

	test('records nothing for a body without images', async () => {
		const { references } = await renderMarkdown('Текст.', 'article.md', { rehype: true });

		expect(references?.images).toBeUndefined();
	});
});
