import { describe, expect, test } from 'vitest';
import { TermSchema } from '../../../src/schemas/term.ts';

const VALID = {
	term: 'Союзное государство',
	definition: 'Интеграционное объединение России и Белоруссии.',
};

describe('TermSchema', () => {
	test('accepts a term and its definition, trimmed and set in Russian typography', () => {
		expect(
			TermSchema.parse({ term: ' Союзное государство ', definition: VALID.definition }),
		).toEqual({ ...VALID, definition: 'Интеграционное объединение России и\u00A0Белоруссии.' });
	});

	test('rejects an empty definition', () => {
		const result = TermSchema.safeParse({ ...VALID, definition: '' });

		expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
			{ path: ['definition'], message: 'пустое значение; нужен текст' },
		]);
	});

	test('requires the term', () => {
		const result = TermSchema.safeParse({ definition: VALID.definition });

		expect(result.error?.issues.map(({ code, path }) => ({ code, path }))).toEqual([
			{ code: 'invalid_type', path: ['term'] },
		]);
	});

	test('rejects an unknown field', () => {
		const result = TermSchema.safeParse({ ...VALID, title: 'x' });

		expect(result.error?.issues.map(({ code }) => code)).toEqual(['unrecognized_keys']);
	});
});
