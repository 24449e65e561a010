import { readFileSync } from 'node:fs';
import { splitFrontmatter } from './frontmatter.ts';
import { parseYaml } from './yaml-document.ts';

/**
 * Line of a field in a content file (the frontmatter of a `.md` file, or a whole YAML file),
 * read again from disk only when a problem must be reported. The build's reference check and
 * `npm run check:content` both locate problems with it.
 */
export function lineOfField(file: string, path: readonly PropertyKey[]): number | undefined {
	const text = readFileSync(file, 'utf8');
	const split = file.endsWith('.md') ? splitFrontmatter(text) : null;
	return split
		? parseYaml(split.yaml, split.yamlFirstLine).lineOf(path)
		: parseYaml(text).lineOf(path);
}
