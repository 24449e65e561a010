import { describe, expect, test } from 'vitest';
import { nearestName } from '../../../src/format/nearest-name.ts';

describe('nearestName', () => {
	test.each([
		['keypoints', ['title', 'keyPoints', 'kind'], 'keyPoints'],
		['cit', ['cite', 'term'], 'cite'],
		['trem', ['cite', 'term'], 'term'],
		['publisehd', ['published', 'updated'], 'published'],
		['kynd', ['kind', 'lang'], 'kind'],
	])('suggests %j for %j', (written, known, expected) => {
		expect(nearestName(written, known)).toBe(expected);
	});

	test.each([
		['note', ['cite', 'term']],
		['abbr', ['cite', 'term']],
		['x', ['cite', 'term']],
		['summary', ['title', 'dek']],
	])('suggests nothing for %j, which is far from every name', (written, known) => {
		expect(nearestName(written, known)).toBeUndefined();
	});
});
