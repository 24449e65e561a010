import { describe, expect, test } from 'vitest';
import { aboutPage } from '../../../src/view/about-page.ts';
import { correctionsPage } from '../../../src/view/corrections-page.ts';
import { SOURCE_KINDS } from '../../../src/schemas/source.ts';
import { siteFixture } from './site-fixture.ts';

describe('aboutPage', () => {
	test('gives the editors’ address from the site’s constants as a mailto link', () => {
		const page = aboutPage({ contactEmail: 'desk@news.example.org' });

		expect(page.contact).toEqual({
			email: 'desk@news.example.org',
			href: 'mailto:desk@news.example.org',
		});
	});

	test('names every label a source can carry, and the sections other pages link to', () => {
		const page = aboutPage({ contactEmail: 'desk@news.example.org' });

		expect(page.sourceLabels).toHaveLength(SOURCE_KINDS.length);
		expect(page.sourceLabels).toContain(page.copyLabel);
		expect(page.sections.corrections).toBe('corrections');
		expect(page.correctionsHref).toBe('/corrections/');
	});
});

describe('correctionsPage', () => {
	test('lists every correction, newest first, linking to the piece and to its entry in «Что изменилось»', () => {
		const page = correctionsPage(
			siteFixture([
				{
					id: 'early',
					fields: {
						title: 'Ранняя',
						published: '2025-03-13T12:00:00+03:00',
						updates: [
							{ at: '2025-03-13T13:00:00+03:00', note: 'Первое.', correction: true },
							{ at: '2025-03-13T14:00:00+03:00', note: 'Дополнено.' },
							{ at: '2025-03-15T10:00:00+03:00', note: 'Третье.', correction: true },
						],
					},
				},
				{
					id: 'late',
					fields: {
						title: 'Поздняя',
						published: '2025-03-14T12:00:00+03:00',
						updates: [{ at: '2025-03-14T15:00:00+03:00', note: 'Второе.', correction: true }],
					},
				},
			]),
		);

		expect(page.corrections.map(({ note, href }) => [note, href])).toEqual([
			['Третье.', '/articles/early/#update-3'],
			['Второе.', '/articles/late/#update-1'],
			['Первое.', '/articles/early/#update-1'],
		]);
		expect(page.corrections[1]!.article).toEqual({ href: '/articles/late/', title: 'Поздняя' });
	});

	test('leaves out updates that add news rather than correct an error', () => {
		const site = siteFixture();
		const all = site.articles.flatMap((article) => article.data.updates);

		const page = correctionsPage(site);

		expect(page.corrections).toHaveLength(all.filter((update) => update.correction).length);
		expect(all.length).toBeGreaterThan(page.corrections.length);
	});
});
