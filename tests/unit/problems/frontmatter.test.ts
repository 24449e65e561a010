import { describe, expect, test } from 'vitest';
import { fenceAfterBlankLines, splitFrontmatter } from '../../../src/problems/frontmatter.ts';

describe('splitFrontmatter', () => {
	test('separates the YAML between the fences from the body', () => {
		const text = '---\ntitle: Визит\nkind: news\n---\n\nТекст статьи.\n';

		const split = splitFrontmatter(text);

		expect(split).toEqual({
			yaml: 'title: Визит\nkind: news',
			yamlFirstLine: 2,
			body: '\n\n\n\n\nТекст статьи.\n',
			closingLine: 4,
		});
	});

	test('keeps every body line on its line number in the file', () => {
		const text = '---\ntitle: Визит\n---\nПервая строка.\n\nТретья :cite{#x}.\n';

		const split = splitFrontmatter(text);

		const fileLines = text.split('\n');
		const bodyLines = split!.body.split('\n');
		expect(bodyLines).toHaveLength(fileLines.length);
		expect(bodyLines.slice(0, 3)).toEqual(['', '', '']);
		expect(bodyLines.slice(3)).toEqual(fileLines.slice(3));
	});

	test('keeps lines aligned in a file with Windows line endings', () => {
		const text = '---\r\ntitle: Визит\r\n---\r\nТекст.\r\n';

		const split = splitFrontmatter(text);

		expect(split?.yaml).toBe('title: Визит');
		expect(split?.body.split('\n').indexOf('Текст.')).toBe(3);
	});

	test('ignores a byte order mark before the first fence', () => {
		const split = splitFrontmatter('\uFEFF---\ntitle: Визит\n---\nТекст.');

		expect(split?.yaml).toBe('title: Визит');
	});

	test('accepts spaces after a fence', () => {
		const split = splitFrontmatter('---  \ntitle: Визит\n--- \nТекст.');

		expect(split?.yaml).toBe('title: Визит');
		expect(split?.body).toBe('\n\n\nТекст.');
	});

	test('closes at the first fence, leaving later rules in the body', () => {
		const split = splitFrontmatter('---\na: 1\n---\nДо.\n\n---\n\nПосле.');

		expect(split?.yaml).toBe('a: 1');
		expect(split?.body).toBe('\n\n\nДо.\n\n---\n\nПосле.');
	});

	test('gives empty YAML for fences with nothing between them', () => {
		const split = splitFrontmatter('---\n---\nТекст.');

		expect(split).toEqual({ yaml: '', yamlFirstLine: 2, body: '\n\nТекст.', closingLine: 2 });
	});

	test.each([
		['Текст без шапки.', 'no fences at all'],
		['\n---\ntitle: Визит\n---\nТекст.', 'the fence not on the first line'],
		['---\ntitle: Визит\nТекст.', 'no closing fence'],
		['----\ntitle: Визит\n----\nТекст.', 'four dashes instead of three'],
		['', 'an empty file'],
	])('gives null for %j (%s)', (text) => {
		expect(splitFrontmatter(text)).toBeNull();
	});
});

describe('fenceAfterBlankLines', () => {
	test('finds an opening --- after blank lines', () => {
		expect(fenceAfterBlankLines('\n  \n---\ntitle: x\n---\n')).toBe(3);
	});

	test.each([['---\ntitle: x\n---\n'], ['Текст\n---\n'], ['']])('finds nothing in %j', (text) => {
		expect(fenceAfterBlankLines(text)).toBeUndefined();
	});
});
