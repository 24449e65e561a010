import type { ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/**
 * What a child process prints on stdout and stderr, as plain text. Astro and Vite colour their
 * log wherever they guess a terminal or the variable CI is set (as on the CI machine), so the
 * escape codes are taken out before tests match a line; they are stripped from the whole text
 * on each read, since a chunk may end inside one.
 */
export function collectOutput(child: ChildProcess): () => string {
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return () => stripVTControlCharacters(output);
}
