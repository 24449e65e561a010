import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** Parses a built page (`articles/x/index.html`) with a real HTML parser. */
export async function readPage(outDir: string, path: string): Promise<Root> {
	return fromHtml(await readFile(join(outDir, path), 'utf8'));
}

/** The first element matching `selector`; fails the test when there is none. */
export function one(tree: Root | Element, selector: string): Element {
	const element = select(selector, tree);
	if (!element) throw new Error(`no element matches ${selector}`);
	return element;
}

/** Every element matching `selector`. */
export function all(tree: Root | Element, selector: string): Element[] {
	return selectAll(selector, tree);
}

/** Text content with whitespace collapsed. */
export function text(node: Root | Element): string {
	// Word joiners (U+2060, which hold a citation to its word and a range together) are invisible.
	return toText(node)
		.replace(/\u2060/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** An attribute's value as a string (class lists joined by spaces). */
export function attr(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	return Array.isArray(value) ? value.join(' ') : String(value);
}
