import { describe, expect, test } from 'vitest';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

describe('remarkImages', () => {
	test('records a local image with alt text and its position, for the loader to find on disk', async () => {
		const { html, references } = await renderMarkdown(
			'Текст.\n\nСнимок: ![Кремль зимой](/images/kremlin%20winter.jpg)',
		);

		expect(html).toContain('<img src="/images/kremlin%20winter.jpg" alt="Кремль зимой">');
		expect(references?.images).toEqual([
			{ path: '/images/kremlin winter.jpg', line: 3, column: 9 },
		]);
	});

	test.each([
		['https://example.org/pixel.png'],
		['http://tracker.example/p.gif?u=1'],
		['//cdn.example/p.png'],
		['data:image/png;base64,AAAA'],
	])('refuses an image that is not a file of the site: %s', async (url) => {
		const failure = await renderFailure(`Текст.\n\n![Пиксель](${url})`);

		expect(failure).toMatchObject({ line: 3, column: 1, ruleId: 'razbor:image-remote' });
		expect(failure.reason).toContain('сайт ничего не загружает со сторонних серверов');
		expect(failure.reason).toContain('public/images/');
	});

	test('refuses a reference-style remote image too', async () => {
		const failure = await renderFailure('Текст ![пиксель][p].\n\n[p]: https://example.org/p.png');

		expect(failure).toMatchObject({ line: 1, column: 7, ruleId: 'razbor:image-remote' });
	});

	test('refuses a path that does not start at the site root', async () => {
		const failure = await renderFailure('![Кремль](images/kremlin.jpg)');

		expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:image-path' });
		expect(failure.reason).toBe(
			'путь к картинке «images/kremlin.jpg» должен начинаться с /: положите файл в public/images/ и напишите ![что на ней изображено](/images/файл.jpg)',
		);
	});

	test.each([['![](/images/a.jpg)'], ['![   ](/images/a.jpg)']])(
		'refuses an image without alt text: %s',
		async (markdown) => {
			const failure = await renderFailure(`Абзац.\n\n${markdown}`);

			expect(failure).toMatchObject({ line: 3, ruleId: 'razbor:image-alt' });
			expect(failure.reason).toMatch(/^у картинки \/images\/a\.jpg нет описания/);
		},
	);
});
