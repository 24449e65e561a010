import { describe, expect, test } from 'vitest';
import { splitArticleBody } from '../../../src/model/article-body.ts';
import { renderMarkdown } from '../../helpers/markdown.ts';

const embed = (id: string, kind = 'timeline') =>
	`<div class="embed" data-embed="${kind}" data-id="${id}"></div>`;

describe('splitArticleBody', () => {
	test('gives the whole body as one HTML piece when there is no timeline', () => {
		const html = '<p>Текст.</p>\n<p>Ещё.</p>';

		const segments = splitArticleBody(html);

		expect(segments).toEqual([{ kind: 'html', html }]);
	});

	test('splits out a chart placeholder as a chart segment', () => {
		const segments = splitArticleBody(`<p>До.</p>${embed('trade', 'chart')}`);

		expect(segments).toEqual([
			{ kind: 'html', html: '<p>До.</p>' },
			{ kind: 'chart', id: 'trade' },
		]);
	});

	test('splits the body around a timeline placeholder', () => {
		const html = `<p>До.</p>\n${embed('visit')}\n<p>После.</p>`;

		const segments = splitArticleBody(html);

		expect(segments).toEqual([
			{ kind: 'html', html: '<p>До.</p>\n' },
			{ kind: 'timeline', id: 'visit' },
			{ kind: 'html', html: '\n<p>После.</p>' },
		]);
	});

	test('gives no empty HTML pieces around placeholders at the start, end or side by side', () => {
		const html = `${embed('first')}${embed('second')}`;

		const segments = splitArticleBody(html);

		expect(segments).toEqual([
			{ kind: 'timeline', id: 'first' },
			{ kind: 'timeline', id: 'second' },
		]);
	});

	test('gives nothing for an empty body', () => {
		expect(splitArticleBody('')).toEqual([]);
	});

	test('leaves other divs with a data-timeline attribute in the HTML', () => {
		const html = '<div class="note" data-timeline="visit"></div>';

		const segments = splitArticleBody(html);

		expect(segments).toEqual([{ kind: 'html', html }]);
	});

	test('finds the placeholders the Markdown pipeline produces', async () => {
		const { html } = await renderMarkdown('Начало.\n\n::timeline{#visit-2025}\n\nКонец.\n');

		const segments = splitArticleBody(html);

		expect(segments).toEqual([
			{ kind: 'html', html: '<p>Начало.</p>\n' },
			{ kind: 'timeline', id: 'visit-2025' },
			{ kind: 'html', html: '\n<p>Конец.</p>' },
		]);
	});

	test('splits out the placeholder of an image of the body, inside its paragraph', async () => {
		const { html } = await renderMarkdown('Снимок: ![Кремль](./images/kremlin.jpg)', 'article.md', {
			rehype: true,
		});

		const segments = splitArticleBody(html);

		expect(segments).toEqual([
			{ kind: 'html', html: '<p>Снимок: ' },
			{ kind: 'image', index: 0 },
			{ kind: 'html', html: '</p>' },
		]);
	});
});
