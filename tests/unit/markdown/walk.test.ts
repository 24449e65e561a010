import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { forEachNode, SKIP_CHILDREN, someNode, type TreeNode } from '../../../src/markdown/walk.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/markdown/', import.meta.url));

function mdast(markdown: string): MdastRoot {
	return unified().use(remarkParse).use(remarkDirective).parse(markdown);
}

function hast(markdown: string): HastRoot {
	return unified().use(remarkRehype).runSync(mdast(markdown));
}

describe('forEachNode', () => {
	test('visits the nodes of one type in document order, each with its parent', () => {
		const tree = mdast('# Заголовок\n\nТекст со *словом* и **ещё одним**.\n\n- пункт *с курсивом*');
		const seen: string[] = [];

		forEachNode<TreeNode & { value?: string }>(tree, 'text', (node, parent) => {
			seen.push(`${parent?.type}: ${node.value}`);
		});

		expect(seen).toEqual([
			'heading: Заголовок',
			'paragraph: Текст со ',
			'emphasis: словом',
			'paragraph:  и ',
			'strong: ещё одним',
			'paragraph: .',
			'paragraph: пункт ',
			'emphasis: с курсивом',
		]);
	});

	test('goes into the children the visitor gave a node', () => {
		const tree = hast('Абзац.');
		const seen: string[] = [];

		forEachNode<Element>(tree, 'element', (element) => {
			seen.push(element.tagName);
			if (element.tagName === 'p')
				element.children = [{ type: 'element', tagName: 'em', properties: {}, children: [] }];
		});

		expect(seen).toEqual(['p', 'em']);
	});

	test('gives each node its index in its parent', () => {
		const tree = hast('Первый.\n\nВторой.');
		const seen: string[] = [];

		forEachNode<Element>(tree, 'element', (element, parent, index) => {
			seen.push(`${element.tagName} ${parent?.type} ${index}`);
		});

		// remark-rehype puts a line break (a text node) between the paragraphs.
		expect(seen).toEqual(['p root 0', 'p root 2']);
	});

	test('keeps out of the children of a node whose visitor says so, also of a node put in its place', () => {
		const tree = hast('Абзац со *словом*.\n\nЕщё *одно*.');
		const seen: string[] = [];

		forEachNode<Element>(tree, 'element', (element, parent, index) => {
			seen.push(element.tagName);
			if (element.tagName !== 'p' || index === undefined) return undefined;
			if (index === 0) return SKIP_CHILDREN;
			(parent as TreeNode & { children: Element[] }).children[index] = {
				type: 'element',
				tagName: 'div',
				properties: {},
				children: [element],
			};
			return SKIP_CHILDREN;
		});

		expect(seen).toEqual(['p', 'p']);
		expect(tree.children.map((child) => (child as Element).tagName)).toEqual([
			'p',
			undefined,
			'div',
		]);
	});

	test('visits the same nodes in the same order as unist-util-visit, on every Markdown fixture', async () => {
		const cases = (await readdir(FIXTURES, { withFileTypes: true })).filter((entry) =>
			entry.isDirectory(),
		);
		expect(cases.length).toBeGreaterThan(0);
		const seen = new Map<string, number>();

		for (const { name } of cases) {
			const markdown = await readFile(join(FIXTURES, name, 'input.md'), 'utf8');
			for (const [tree, type] of [
				[mdast(markdown), 'textDirective'],
				[mdast(markdown), 'containerDirective'],
				[mdast(markdown), 'heading'],
				[hast(markdown), 'element'],
			] as const) {
				const ours: [unknown, unknown][] = [];
				const theirs: [unknown, unknown][] = [];
				forEachNode(tree, type, (node, parent) => ours.push([node, parent]));
				visit(tree, type, (node, _index, parent) => {
					theirs.push([node, parent]);
				});
				expect(ours.length, `${name} ${type}`).toBe(theirs.length);
				seen.set(type, (seen.get(type) ?? 0) + ours.length);
				// The very same node objects and parents, not look-alikes.
				ours.forEach(([node, parent], index) => {
					expect(node, `${name} ${type} #${index}`).toBe(theirs[index]![0]);
					expect(parent, `${name} ${type} #${index}`).toBe(theirs[index]![1]);
				});
			}
		}
		// The fixtures hold every kind of node compared, so the comparison is not empty.
		expect([...seen.values()].every((count) => count > 0)).toBe(true);
		expect(seen.size).toBe(4);
	});
});

describe('someNode', () => {
	test('finds a node that passes the test, and says so when there is none', () => {
		const tree = mdast('Текст со *словом* и **ещё одним**.');
		const text = (value: string) => (node: TreeNode & { value?: string }) =>
			node.type === 'text' && node.value === value;

		expect(someNode(tree, text('ещё одним'))).toBe(true);
		expect(someNode(tree, text('нет'))).toBe(false);
		expect(someNode(tree, (node) => node.type === 'heading')).toBe(false);
		expect(someNode(tree, (node) => node.type === 'root')).toBe(true);
	});
});
