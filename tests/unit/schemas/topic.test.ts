import { describe, expect, test } from 'vitest';
import { TopicSchema } from '../../../src/schemas/topic.ts';

const VALID = { title: 'Союзное государство', description: 'Всё об интеграции двух стран.' };

describe('TopicSchema', () => {
	test('accepts a title and a description, set in Russian typography', () => {
		expect(TopicSchema.parse(VALID)).toEqual({
			...VALID,
			description: 'Всё об\u00A0интеграции двух стран.',
		});
	});

	test('rejects a title that is not text', () => {
		const result = TopicSchema.safeParse({ ...VALID, title: 5 });

		expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
			{ path: ['title'], message: 'нужен текст' },
		]);
	});

	test('requires the description', () => {
		const result = TopicSchema.safeParse({ title: VALID.title });

		expect(result.error?.issues.map(({ code, path }) => ({ code, path }))).toEqual([
			{ code: 'invalid_type', path: ['description'] },
		]);
	});

	test('rejects an unknown field', () => {
		const result = TopicSchema.safeParse({ ...VALID, slug: 'x' });

		expect(result.error?.issues.map(({ code }) => code)).toEqual(['unrecognized_keys']);
	});
});
