import { describe, expect, test } from 'vitest';
import {
	ARTICLE_KIND_LABELS,
	articleKindLabel,
	SOURCE_KIND_LABELS,
	sourceKindLabel,
} from '../../../src/model/labels.ts';
import { VERDICT_LABELS, VERDICTS, verdictLabel } from '../../../src/format/verdicts.ts';
import { ARTICLE_KINDS } from '../../../src/schemas/article.ts';
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

describe('labels in English', () => {
	test('names every kind of source, article and verdict in English, each its own', () => {
		const sources = SOURCE_KINDS.map((kind) => sourceKindLabel({ kind }, 'en'));
		const kinds = ARTICLE_KINDS.map((kind) => articleKindLabel(kind, 'en'));
		const verdicts = VERDICTS.map((verdict) => verdictLabel(verdict, 'en'));

		for (const labels of [sources, kinds, verdicts]) {
			expect(new Set(labels).size).toBe(labels.length);
			for (const label of labels) expect(label).toMatch(/^[A-Za-z ()]+$/);
		}
	});

	test('names the original publisher of a copy in English', () => {
		expect(sourceKindLabel({ kind: 'aggregator', originalPublisher: 'RIA Novosti' }, 'en')).toBe(
			'copy (aggregator), original: RIA Novosti',
		);
	});

	test('Russian stays the default, as the Russian tables say', () => {
		expect(articleKindLabel('numbers')).toBe(ARTICLE_KIND_LABELS.numbers);
		expect(verdictLabel('inaccurate')).toBe(VERDICT_LABELS.inaccurate);
		expect(articleKindLabel('factcheck', 'en')).toBe('Fact check');
		expect(verdictLabel('partly-confirmed', 'en')).toBe('Partly confirmed');
	});
});
