import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../scripts/check-content.ts';
import { createTranslation } from '../../../scripts/new-entry/create-translation.ts';
import { BASE_CONTENT, copyContent, ROOT } from '../../helpers/build-site.ts';

/** 21:30 UTC on 13 March is already 00:30 on 14 March in Moscow. */
const NOW = new Date('2025-03-14T21:30:00Z');

const copies: string[] = [];

afterAll(async () => {
	await Promise.all(copies.map((copy) => rm(copy, { recursive: true, force: true })));
});

async function freshContent(): Promise<string> {
	const contentDir = await copyContent(BASE_CONTENT);
	copies.push(dirname(contentDir));
	return contentDir;
}

describe('npm run new -- translation', () => {
	test('starts a translation of every kind that check:content passes as it is', async () => {
		const contentDir = await freshContent();
		const originals = [
			['article', 'sample-news'],
			['person', 'putin'],
			['term', 'union-state'],
			['topic', 'union-state'],
			['timeline', 'sample-visit'],
			['chart', 'sample-trade'],
			['place', 'moscow'],
			['map', 'sample-route'],
		];
		for (const [kind, id] of originals) {
			const result = await createTranslation({ kind, id, contentDir, now: NOW });
			expect(result, `${kind} ${id}`).toMatchObject({ ok: true });
		}

		const { problems, untranslated } = await checkContent({ root: ROOT, contentDir });

		expect(problems).toEqual([]);
		expect(untranslated).toEqual([
			{ folder: 'articles', ids: ['sample-draft'] },
			{ folder: 'places', ids: ['minsk'] },
		]);
	});

	test('gives an article its original’s shared fields, corrections and body, as a draft', async () => {
		const contentDir = await freshContent();

		const result = await createTranslation({
			kind: 'article',
			id: 'sample-news',
			contentDir,
			now: NOW,
		});
		const text = await readFile(join(contentDir, 'articles/en/sample-news.md'), 'utf8');

		expect(result).toMatchObject({
			ok: true,
			file: expect.stringMatching(/articles\/en\/sample-news\.md$/) as string,
		});
		expect(text).toContain('published: 2025-03-15T00:30:00+03:00');
		expect(text).toContain(
			'  - at: 2025-03-14T09:30:00+03:00\n    note: Исправлена дата в третьем абзаце.\n    correction: true',
		);
		expect(text).not.toContain('Добавлены итоги пресс-конференции.');
		expect(text).toContain('draft: true');
		expect(text).toContain(':::factbox[Торговля]{#trade}');
	});

	test('gives a data entry only the words of its original, item for item', async () => {
		const contentDir = await freshContent();

		await createTranslation({ kind: 'timeline', id: 'sample-visit', contentDir, now: NOW });
		const text = await readFile(join(contentDir, 'timelines/en/sample-visit.yaml'), 'utf8');

		expect(text).toContain(
			'  - id: landing\n    title: Посадка во Внукове\n    text: Встреча в аэропорту.',
		);
		expect(text).not.toMatch(/sources|date|qualifier|people/);
	});

	test('refuses a kind without translations, a missing original and a translation already there', async () => {
		const contentDir = await freshContent();
		await createTranslation({ kind: 'person', id: 'putin', contentDir, now: NOW });

		expect(
			await createTranslation({ kind: 'source', id: 'sample-kremlin', contentDir, now: NOW }),
		).toEqual({
			ok: false,
			message: expect.stringContaining('у источников переводов нет') as string,
		});
		expect(await createTranslation({ kind: 'person', id: 'putn', contentDir, now: NOW })).toEqual({
			ok: false,
			message: expect.stringMatching(/нет файла putn\.yaml; может быть, putin\?$/) as string,
		});
		expect(await createTranslation({ kind: 'person', id: 'putin', contentDir, now: NOW })).toEqual({
			ok: false,
			message: expect.stringContaining('people/en/putin.yaml уже есть') as string,
		});
	});
});
