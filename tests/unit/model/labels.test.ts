import { describe, expect, test } from 'vitest';
import { SOURCE_KIND_LABELS, sourceKindLabel } from '../../../src/model/labels.ts';
import { SOURCE_KINDS } from '../../../src/schemas/source.ts';

describe('sourceKindLabel', () => {
	test('gives every kind of source its own Russian label', () => {
		const labels = SOURCE_KINDS.map((kind) => SOURCE_KIND_LABELS[kind]);

		expect(new Set(labels).size).toBe(SOURCE_KINDS.length);
		for (const label of labels) expect(label).toMatch(/^[а-яёА-ЯЁ (),]+$/);
	});

	test('names the kind of a source', () => {
		expect(sourceKindLabel({ kind: 'official' })).toBe('официальный источник');
		expect(sourceKindLabel({ kind: 'state-media' })).toBe('государственное СМИ');
	});

	test('names the original publisher of a copy where it is known', () => {
		expect(sourceKindLabel({ kind: 'aggregator', originalPublisher: 'РИА Новости' })).toBe(
			'копия (агрегатор), оригинал: РИА Новости',
		);
		expect(sourceKindLabel({ kind: 'aggregator' })).toBe('копия (агрегатор)');
	});
});
