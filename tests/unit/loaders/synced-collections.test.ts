import { afterEach, describe, expect, test } from 'vitest';
import {
	announceCollectionProblems,
	onProblemsChanged,
} from '../../../src/loaders/synced-collections.ts';
import type { ContentProblem } from '../../../src/problems/content-error.ts';
import { outstandingProblems } from '../../../src/problems/outstanding-problems.ts';

const PROBLEM: ContentProblem = {
	file: 'content/people/putin.yaml',
	line: 2,
	field: 'name',
	message: 'обязательное поле не заполнено',
	rule: 'razbor:schema',
};

const stops: (() => void)[] = [];

afterEach(() => {
	for (const stop of stops.splice(0)) stop();
	announceCollectionProblems('test-people', []);
});

/** Counts the calls of a problems listener until the test ends. */
function countChanges(): { count: number } {
	const counter = { count: 0 };
	stops.push(onProblemsChanged(() => (counter.count += 1)));
	return counter;
}

describe('announceCollectionProblems', () => {
	test('records the problems of a sync, where the pages read them', () => {
		announceCollectionProblems('test-people', [PROBLEM]);

		expect(outstandingProblems()).toContainEqual(PROBLEM);
	});

	test('tells the listeners when a file breaks and when it is fixed, not on every sync', () => {
		const changes = countChanges();

		announceCollectionProblems('test-people', []);
		announceCollectionProblems('test-people', [PROBLEM]);
		announceCollectionProblems('test-people', [PROBLEM]);
		announceCollectionProblems('test-people', []);

		expect(changes.count).toBe(2);
	});

	test('stops telling a listener that stopped', () => {
		const changes = countChanges();
		stops.pop()?.();

		announceCollectionProblems('test-people', [PROBLEM]);

		expect(changes.count).toBe(0);
	});
});
