import { describe, expect, test } from 'vitest';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

describe('remarkImages', () => {
	test("lets through an image of the articles' folder of images with alt text", async () => {
		const { html } = await renderMarkdown(
			'Текст.\n\nСнимок: ![Кремль зимой](./images/kremlin.jpg)',
		);

		// Without the site's rehype plugins it stays a plain image (on the site rehypeBodyImages
		// turns it into a placeholder for the page's picture).
		expect(html).toContain('<img src="./images/kremlin.jpg" alt="Кремль зимой">');
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
		expect(failure.reason).toContain('content/articles/images/');
	});

	test('refuses a reference-style remote image too', async () => {
		const failure = await renderFailure('Текст ![пиксель][p].\n\n[p]: https://example.org/p.png');

		expect(failure).toMatchObject({ line: 1, column: 7, ruleId: 'razbor:image-remote' });
	});

	test('refuses an image from public/, which would go out unoptimised, naming the path to write', async () => {
		const failure = await renderFailure('![Кремль](/images/kremlin.jpg)');

		expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:image-path' });
		expect(failure.reason).toBe(
			'картинка «/images/kremlin.jpg» взята из public/, а там сборка её не сжимает: положите файл в content/articles/images/ и напишите ![что на ней изображено](./images/kremlin.jpg)',
		);
	});

	test.each([
		['images/kremlin.jpg'],
		['../kremlin.jpg'],
		['./kremlin.jpg'],
		['./images/../../src/site.ts'],
		['./images/old/kremlin.jpg'],
		['./images/kremlin.jpg?v=2'],
	])("refuses a path that leads anywhere but the articles' images: %s", async (path) => {
		const failure = await renderFailure(`![Кремль](${path})`);

		expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:image-path' });
		expect(failure.reason).toContain(
			`путь к картинке «${path}» ведёт не в content/articles/images/`,
		);
	});

	test('refuses a file astro:assets cannot optimise', async () => {
		const failure = await renderFailure('![Схема](./images/scheme.gif)');

		expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:image-path' });
		expect(failure.reason).toContain('— не .jpg, .jpeg, .png, .webp, .avif');
	});

	test.each([['![](./images/a.jpg)'], ['![   ](./images/a.jpg)']])(
		'refuses an image without alt text: %s',
		async (markdown) => {
			const failure = await renderFailure(`Абзац.\n\n${markdown}`);

			expect(failure).toMatchObject({ line: 3, ruleId: 'razbor:image-alt' });
			expect(failure.reason).toMatch(/^у картинки \.\/images\/a\.jpg нет описания/);
		},
	);
});
