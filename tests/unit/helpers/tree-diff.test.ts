import { describe, expect, test } from 'vitest';
import { describeChange, diffTrees } from '../../helpers/tree-diff.ts';

/** A tree of text files, as readTree returns one. */
function tree(files: Record<string, string>): Map<string, Buffer> {
	return new Map(Object.entries(files).map(([path, text]) => [path, Buffer.from(text)]));
}

describe('diffTrees', () => {
	test('finds nothing between trees with the same bytes', () => {
		const files = { 'index.html': '<p>Разбор</p>', 'og/site.png': '\u0000PNG' };

		expect(diffTrees(tree(files), tree(files))).toEqual({
			onlyInFirst: [],
			onlyInSecond: [],
			changed: [],
		});
	});

	test('names files missing from either tree and files whose bytes differ, sorted', () => {
		const first = tree({
			'b.html': 'same',
			'rss.xml': '<lastBuildDate>1</lastBuildDate>',
			'a.txt': 'x',
		});
		const second = tree({
			'b.html': 'same',
			'rss.xml': '<lastBuildDate>2</lastBuildDate>',
			'c.txt': 'y',
		});

		const difference = diffTrees(first, second);

		expect(difference.onlyInFirst).toEqual(['a.txt']);
		expect(difference.onlyInSecond).toEqual(['c.txt']);
		expect(difference.changed.map((change) => change.path)).toEqual(['rss.xml']);
	});
});

describe('describeChange', () => {
	test('shows sizes, the first differing byte and the text around it', () => {
		expect(
			describeChange(
				Buffer.from('<updated>2025</updated>'),
				Buffer.from('<updated>2026</updated>'),
			),
		).toBe(
			'23 и 23 байт, первое различие на байте 12: "<updated>2025</updated>" ≠ "<updated>2026</updated>"',
		);
	});

	test('shows binary files in hex', () => {
		expect(describeChange(Buffer.from([0, 1, 2]), Buffer.from([0, 1, 3, 4]))).toBe(
			'3 и 4 байт, первое различие на байте 2: 000102 ≠ 00010304',
		);
	});
});
