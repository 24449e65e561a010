import { describe, expect, test } from 'vitest';
import { ClaimCheckSchema } from '../../../src/schemas/article.ts';
import { FactBoxSchema } from '../../../src/schemas/fact-box.ts';
import { VERDICTS, VerdictSchema } from '../../../src/schemas/verdict.ts';

const BOX = { id: 'check', title: 'Проверка', items: [{ value: 'а', text: 'б', sources: [] }] };
const CLAIM = { claim: 'Переговоры начались с задержкой.', section: 'zaderzhka' };

describe('VerdictSchema', () => {
	test('is the one vocabulary of fact boxes and fact-check claims', () => {
		for (const verdict of VERDICTS) {
			expect(FactBoxSchema.parse({ ...BOX, verdict }).verdict).toBe(verdict);
			expect(ClaimCheckSchema.parse({ ...CLAIM, verdict }).verdict).toBe(verdict);
		}
	});

	test.each([
		[
			'partly',
			'«partly» — не вердикт; допустимы confirmed, partly-confirmed, inaccurate, unconfirmed, refuted; может быть, partly-confirmed?',
		],
		['refutd', '; может быть, refuted?'],
		[
			'ложь',
			'«ложь» — не вердикт; допустимы confirmed, partly-confirmed, inaccurate, unconfirmed, refuted',
		],
	])('refuses %s with the words there are and the nearest one', (verdict, message) => {
		const box = FactBoxSchema.safeParse({ ...BOX, verdict });
		const claim = ClaimCheckSchema.safeParse({ ...CLAIM, verdict });

		expect(box.error?.issues[0]?.message).toContain(message);
		expect(claim.error?.issues[0]?.message).toBe(box.error?.issues[0]?.message);
		expect(VerdictSchema.safeParse(verdict).success).toBe(false);
	});
});
