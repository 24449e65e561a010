import { describe, expect, test } from 'vitest';
import { PersonSchema } from '../../../src/schemas/person.ts';

const VALID = {
	name: 'Александр Лукашенко',
	role: 'президент Белоруссии',
	description: 'Президент Белоруссии с 1994 года.',
};

describe('PersonSchema', () => {
	test('accepts name, role and description, set in Russian typography', () => {
		expect(PersonSchema.parse(VALID)).toEqual({
			...VALID,
			description: 'Президент Белоруссии с\u00A01994\u00A0года.',
		});
	});

	test.each(['name', 'role', 'description'] as const)('requires %s', (field) => {
		const rest = Object.fromEntries(Object.entries(VALID).filter(([key]) => key !== field));

		const result = PersonSchema.safeParse(rest);

		expect(result.error?.issues.map(({ code, path }) => ({ code, path }))).toEqual([
			{ code: 'invalid_type', path: [field] },
		]);
	});

	test('rejects an empty role', () => {
		const result = PersonSchema.safeParse({ ...VALID, role: ' ' });

		expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
			{ path: ['role'], message: 'пустое значение; нужен текст' },
		]);
	});

	test('rejects an unknown field', () => {
		const result = PersonSchema.safeParse({ ...VALID, born: 1954 });

		expect(result.error?.issues.map(({ code, path }) => ({ code, path }))).toEqual([
			{ code: 'unrecognized_keys', path: [] },
		]);
	});
});
