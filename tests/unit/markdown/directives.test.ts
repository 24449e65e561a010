import type { Node } from 'unist';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import {
	bodyReferences,
	failAt,
	recordReference,
	setElement,
	unknownAttributes,
} from '../../../src/markdown/directives.ts';

const AT_LINE_4: Node = {
	type: 'textDirective',
	position: { start: { line: 4, column: 7, offset: 40 }, end: { line: 4, column: 20, offset: 53 } },
};

describe('bodyReferences', () => {
	test('creates empty lists in the frontmatter Astro hands to the page', () => {
		const file = new VFile();

		const references = bodyReferences(file);

		expect(references).toEqual({ citations: [], references: [] });
		expect(file.data).toEqual({ astro: { frontmatter: { razbor: references } } });
	});

	test('gives the same object on every call, so plugins share it', () => {
		const file = new VFile();

		const first = bodyReferences(file);
		first.citations.push('tass');
		const second = bodyReferences(file);

		expect(second).toBe(first);
		expect(second.citations).toEqual(['tass']);
	});

	test('leaves other frontmatter values alone', () => {
		const file = new VFile();
		file.data = { astro: { frontmatter: { readingTime: 3 } } };

		bodyReferences(file);

		expect(file.data).toEqual({
			astro: { frontmatter: { readingTime: 3, razbor: { citations: [], references: [] } } },
		});
	});
});

describe('recordReference', () => {
	test('records the kind, the id and where the node starts', () => {
		const file = new VFile();

		recordReference(file, 'term', 'union-state', AT_LINE_4);

		expect(bodyReferences(file).references).toEqual([
			{ kind: 'term', id: 'union-state', line: 4, column: 7 },
		]);
	});

	test('records a node without a position with no line or column', () => {
		const file = new VFile();

		recordReference(file, 'source', 'tass', { type: 'textDirective' });

		expect(bodyReferences(file).references).toEqual([
			{ kind: 'source', id: 'tass', line: undefined, column: undefined },
		]);
	});
});

describe('failAt', () => {
	test('throws a fatal message at the node, with the rule and the razbor source', () => {
		const file = new VFile({ path: 'content/articles/visit.md' });

		const act = () => failAt(file, AT_LINE_4, 'что-то не так', 'razbor:test-rule');

		expect(act).toThrow(
			expect.objectContaining({
				reason: 'что-то не так',
				line: 4,
				column: 7,
				ruleId: 'razbor:test-rule',
				source: 'razbor',
				fatal: true,
				file: 'content/articles/visit.md',
			}) as Error,
		);
		expect(file.messages).toHaveLength(1);
	});
});

describe('setElement', () => {
	test('tells remark-rehype the element and its properties, keeping other data', () => {
		const node: Node = { type: 'paragraph', data: { directiveLabel: true } };

		setElement(node, 'h2', { id: 'title' });

		expect(node.data).toEqual({ directiveLabel: true, hName: 'h2', hProperties: { id: 'title' } });
	});

	test('gives no properties by default', () => {
		const node: Node = { type: 'list' };

		setElement(node, 'dl');

		expect(node.data).toEqual({ hName: 'dl', hProperties: {} });
	});
});

describe('unknownAttributes', () => {
	test('lists the attributes that are not allowed', () => {
		expect(unknownAttributes({ id: 'x', class: 'wide', title: 't' }, ['id'])).toEqual([
			'class',
			'title',
		]);
	});

	test.each([null, undefined, {}])('finds none in %j', (attributes) => {
		expect(unknownAttributes(attributes, ['id'])).toEqual([]);
	});
});
