import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../helpers/markdown.ts';

describe('rehypeSiteLinks', () => {
	test('records links to the site from Markdown and raw HTML with their positions', async () => {
		const { references } = await renderMarkdown(
			'См. [разбор](/articles/net-takoi/) и [хронику](/timelines/visit/#talks).\n\nИ <a href="/people/x/">человек</a>.',
			'a.md',
			{ rehype: true },
		);

		expect(references?.links).toEqual([
			{ path: '/articles/net-takoi/', line: 1, column: 5 },
			{ path: '/timelines/visit/#talks', line: 1, column: 38 },
			{ path: '/people/x/', line: 3, column: 3 },
		]);
	});

	test('leaves out other sites, e-mail, and the term links and citation markers the directives check', async () => {
		const { references } = await renderMarkdown(
			'[a](https://kremlin.ru/) [b](//cdn.example/) [d](mailto:a@b.example) :term[СГ]{#union-state} и :cite{#kremlin}',
			'a.md',
			{ rehype: true },
		);

		expect(references?.links).toBeUndefined();
	});

	test('records a link to an anchor of the same page, from Markdown and raw HTML', async () => {
		const { references } = await renderMarkdown(
			'См. [выше](#itogi) и <a href="#trade">справку</a>.',
			'a.md',
			{ rehype: true },
		);

		expect(references?.links).toEqual([
			{ path: '#itogi', line: 1, column: 5 },
			{ path: '#trade', line: 1, column: 22 },
		]);
	});
});
