import { describe, expect, test } from 'vitest';
import { EN } from '../../../src/i18n/en.ts';
import { renderFailure, renderMarkdown } from '../../helpers/markdown.ts';

/** A fact box around the given list lines. */
const box = (items: string[], head = ':::factbox[Торговля]{#trade}') =>
	[head, ...items, ':::', ''].join('\n');

describe('remarkFactBox', () => {
	test('turns the box into an aside labelled by its title, with one dt/dd pair per item', async () => {
		const { html } = await renderMarkdown(box(['- **рекорд** — так это назвали в отчёте']));

		expect(html).toBe(
			[
				'<aside class="fact-box" id="fact-trade" aria-labelledby="fact-trade-title"><h2 class="fact-box__title" id="fact-trade-title">Торговля</h2><dl>',
				'<div class="fact-box__item">',
				'<dt>рекорд</dt>',
				'<dd>так это назвали в отчёте</dd>',
				'</div>',
				'</dl></aside>',
			].join('\n'),
		);
	});

	test.each([
		['an em dash', '- **рекорд** — пояснение'],
		['an en dash', '- **рекорд** – пояснение'],
		['a hyphen', '- **рекорд** - пояснение'],
		['a colon', '- **рекорд**: пояснение'],
	])('drops %s between the value and the explanation', async (_case, item) => {
		const { html } = await renderMarkdown(box([item]));

		expect(html).toContain('<dt>рекорд</dt>\n<dd>пояснение</dd>');
	});

	test('keeps inline markup in the value and the explanation', async () => {
		const { html } = await renderMarkdown(
			box(['- **_рекорд_** — по словам *главы* [МИД](https://mid.ru)']),
		);

		expect(html).toContain(
			'<dt><em>рекорд</em></dt>\n<dd>по словам <em>главы</em> <a href="https://mid.ru">МИД</a></dd>',
		);
	});

	test.each([
		['confirmed', 'confirmed', 'Подтверждено'],
		['partly-confirmed', 'partly', 'Подтверждено частично'],
		['inaccurate', 'partly', 'Сказано неточно или\u00A0неполно'],
		['unconfirmed', 'unconfirmed', 'Не\u00A0подтверждено'],
		['refuted', 'refuted', 'Опровергнуто'],
	])(
		'shows the verdict %s as a badge with its word and colour (%s), after the title',
		async (verdict, tone, word) => {
			const { html } = await renderMarkdown(
				box(['- **рекорд** — так это назвали'], `:::factbox[Проверка]{#check verdict=${verdict}}`),
			);

			expect(html).toContain(`Проверка</h2><p class="verdict verdict--${tone}">${word}</p><dl>`);
		},
	);

	test.each([
		['confirmed', 'confirmed'],
		['partly-confirmed', 'partly'],
		['inaccurate', 'partly'],
		['unconfirmed', 'unconfirmed'],
		['refuted', 'refuted'],
	] as const)(
		'shows the verdict %s of an English body in the English dictionary’s word',
		async (verdict, tone) => {
			const { html } = await renderMarkdown(
				box(
					['- **record** — so the report called it'],
					`:::factbox[Check]{#check verdict=${verdict}}`,
				),
				'article.md',
				{ lang: 'en' },
			);

			expect(html).toContain(
				`Check</h2><p class="verdict verdict--${tone}">${EN.verdicts[verdict]}</p><dl>`,
			);
			expect(html).not.toMatch(/[А-Яа-яЁё]/);
		},
	);

	test('records the first value with a digit as the body’s key number, typeset', async () => {
		const { references } = await renderMarkdown(
			[
				':::factbox[Что подписали]{#signed}',
				'- **Совместное заявление** — итог переговоров',
				':::',
				'',
				':::factbox[Визит в цифрах]{#numbers}',
				'- **Переговоры** — в Кремле',
				'- **2 дня** — 13–14 марта :cite{#belta}',
				'- **1 час** — беседа один на один :cite{#belta}',
				':::',
				'',
			].join('\n'),
		);

		expect(references?.keyNumber).toEqual({ value: '2\u00A0дня', text: '13–\u206014\u00A0марта' });
	});

	test('records no key number when no value has a digit', async () => {
		const { references } = await renderMarkdown(
			':::factbox[Итоги]{#result}\n- **Заявление** — подписано\n:::\n',
		);

		expect(references?.keyNumber).toBeUndefined();
	});

	test('accepts a figure when its item cites a source', async () => {
		const { html, references } = await renderMarkdown(
			box(['- **50 млрд $** — товарооборот :cite{#kremlin}']),
		);

		expect(html).toContain('<dt>50 млрд $</dt>');
		expect(references?.citations).toEqual(['kremlin']);
	});

	describe('refuses', () => {
		test('a box without an id', async () => {
			const failure = await renderFailure(
				'Текст.\n\n' + box(['- **а** — б'], ':::factbox[Торговля]'),
			);

			expect(failure).toMatchObject({
				line: 3,
				column: 1,
				ruleId: 'razbor:factbox-id',
				source: 'razbor',
			});
			expect(failure.reason).toContain('у справки нет id');
		});

		test("a verdict that is not one of the fact-checks' five", async () => {
			const failure = await renderFailure(
				box(['- **рекорд** — так'], ':::factbox[Проверка]{#check verdict=maybe}'),
			);

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:factbox-schema' });
			expect(failure.reason).toContain(
				'«maybe» — не вердикт; допустимы confirmed, partly-confirmed, inaccurate, unconfirmed, refuted',
			);
		});

		test('the old short word partly, suggesting partly-confirmed', async () => {
			const failure = await renderFailure(
				box(['- **рекорд** — так'], ':::factbox[Проверка]{#check verdict=partly}'),
			);

			expect(failure.reason).toContain('«partly» — не вердикт');
			expect(failure.reason).toContain('может быть, partly-confirmed?');
		});

		test('an attribute other than the id', async () => {
			const failure = await renderFailure(
				box(['- **а** — б'], ':::factbox[Торговля]{#trade open}'),
			);

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:factbox-attribute' });
			expect(failure.reason).toContain('неизвестный атрибут open');
		});

		test('a paragraph instead of a list', async () => {
			const failure = await renderFailure(box(['Просто абзац.']));

			expect(failure).toMatchObject({ line: 2, ruleId: 'razbor:factbox-structure' });
			expect(failure.reason).toContain('только маркированный список');
		});

		test('anything after the list, at the first extra block', async () => {
			const failure = await renderFailure(box(['- **а** — б', '', 'Лишний абзац.']));

			expect(failure).toMatchObject({ line: 4, ruleId: 'razbor:factbox-structure' });
		});

		test('an empty box', async () => {
			const failure = await renderFailure(box([]));

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:factbox-structure' });
		});

		test('an item that does not start with a bold value', async () => {
			const failure = await renderFailure(box(['- **а** — б', '- просто **в** — г']));

			expect(failure).toMatchObject({ line: 3, column: 1, ruleId: 'razbor:factbox-item' });
			expect(failure.reason).toContain('должен начинаться со значения в **звёздочках**');
		});

		test('an item with a nested list', async () => {
			const failure = await renderFailure(box(['- **а** — б', '  - вложенный пункт']));

			expect(failure).toMatchObject({ line: 2, ruleId: 'razbor:factbox-item' });
		});

		test('a figure without a source, at its item', async () => {
			const failure = await renderFailure(
				box(['- **рекорд** — так назвали', '- **5 млн** — туристов']),
			);

			expect(failure).toMatchObject({ line: 3, column: 1, ruleId: 'razbor:factbox-schema' });
			expect(failure.reason).toBe(
				'справка: items[1].sources — у числа в справке нет источника: добавьте :cite{#id-источника} в этот пункт',
			);
		});

		test('an item with a value and no explanation', async () => {
			const failure = await renderFailure(box(['- **рекорд**']));

			expect(failure).toMatchObject({ line: 2, ruleId: 'razbor:factbox-schema' });
			expect(failure.reason).toBe('справка: items[0].text — пустое значение; нужен текст');
		});

		test('a box without a title', async () => {
			const failure = await renderFailure(box(['- **а** — б'], ':::factbox{#trade}'));

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:factbox-schema' });
			expect(failure.reason).toBe('справка: title — пустое значение; нужен текст');
		});

		test('a title longer than 100 characters, at the title', async () => {
			const failure = await renderFailure(
				box(['- **а** — б'], `:::factbox[${'Т'.repeat(101)}]{#trade}`),
			);

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:factbox-schema' });
			expect(failure.reason).toContain('заголовок справки длиннее 100 знаков');
		});

		test('an id that is not Latin kebab-case', async () => {
			const failure = await renderFailure(
				box(['- **а** — б'], ':::factbox[Торговля]{#Trade_2024}'),
			);

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:factbox-schema' });
			expect(failure.reason).toContain('«Trade_2024» — не идентификатор');
		});

		test('more than 12 items', async () => {
			const items = Array.from(
				{ length: 13 },
				(_, index) => `- **пункт** — пояснение ${'I'.repeat(index + 1)}`,
			);

			const failure = await renderFailure(box(items));

			expect(failure).toMatchObject({ line: 1, ruleId: 'razbor:factbox-schema' });
			expect(failure.reason).toBe('справка: items — в справке больше 12 пунктов');
		});

		test('a second box with an id already used in the article, since anchors must be unique', async () => {
			const markdown = box(['- **а** — б']) + '\n' + box(['- **в** — г']);

			const failure = await renderFailure(markdown);

			expect(failure.line).toBe(5);
			expect(failure.reason).toContain('trade');
		});
	});
});
