import { describe, expect, test } from 'vitest';
import { renderFailure } from '../../helpers/markdown.ts';

describe('remarkFootnotes', () => {
	test('refuses a footnote at its reference and says what to use instead', async () => {
		const failure = await renderFailure('Абзац.\n\nОборот вырос[^1].\n\n[^1]: По данным ФТС.');

		expect(failure).toMatchObject({ line: 3, column: 13, ruleId: 'razbor:footnote' });
		expect(failure.reason).toBe(
			'сноски [^1] на сайте не используются: источник укажите через :cite{#id-источника}, пояснение напишите в тексте или в справке :::factbox',
		);
	});
});
