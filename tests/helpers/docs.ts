import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import ts from 'typescript';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ROOT } from './build-site.ts';

/**
 * Reading README.md and docs/ the way their tests need: the shell commands they show, the npm
 * commands they mention, their links and headings, and the repository paths they name; and the
 * string literals of a test file, to see which commands it runs.
 */

/** A Markdown file of the documentation. */
export interface DocFile {
	/** Path from the repository root, `/`-separated: `README.md`, `docs/architecture.md`. */
	path: string;
	text: string;
	tree: Root;
}

/** Parses Markdown (CommonMark: a GFM table stays a paragraph, with its inline code and links). */
export function parseMarkdown(text: string): Root {
	return unified().use(remarkParse).parse(text);
}

/** README.md and every Markdown file of docs/, in name order. */
export async function readDocs(root: string = ROOT): Promise<DocFile[]> {
	const docs = existsSync(join(root, 'docs'))
		? (await readdir(join(root, 'docs')))
				.filter((name) => name.endsWith('.md'))
				.sort()
				.map((name) => `docs/${name}`)
		: [];
	return Promise.all(
		['README.md', ...docs].map(async (path) => {
			const text = await readFile(join(root, path), 'utf8');
			return { path, text, tree: parseMarkdown(text) };
		}),
	);
}

/** A command as a reader would type it into a shell. */
export interface ShellCommand {
	/** Assignments before the program: `RAZBOR_SITE_URL=https://example.org`. */
	env: string[];
	/** The program and its arguments. */
	words: string[];
}

/** Languages of fenced blocks that hold shell commands. */
const SHELL_LANGUAGES: ReadonlySet<string> = new Set(['sh', 'bash', 'shell', 'zsh']);

/** `NAME=value` before a program. */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** One command of a line: leading assignments apart from the words. */
function parseCommand(text: string): ShellCommand | undefined {
	const tokens = text.trim().split(/\s+/).filter(Boolean);
	const program = tokens.findIndex((token) => !ASSIGNMENT.test(token));
	if (program === -1) return undefined;
	return { env: tokens.slice(0, program), words: tokens.slice(program) };
}

/**
 * The commands of one shell line, without its comment: `npm ci && npm run dev  # note` gives
 * `npm ci` and `npm run dev`. Quotes are not interpreted; the documentation needs none.
 */
export function splitShellLine(line: string): ShellCommand[] {
	const code = line.replace(/(^|\s)#.*$/, '');
	return code
		.split(/&&|\|\||;|\|/)
		.map(parseCommand)
		.filter((command) => command !== undefined);
}

/** Every command of a document's fenced shell blocks (`sh`, `bash` …), continued lines joined. */
export function shellBlockCommands(tree: Root): ShellCommand[] {
	const commands: ShellCommand[] = [];
	visit(tree, 'code', (node) => {
		if (!SHELL_LANGUAGES.has(node.lang ?? '')) return;
		for (const line of node.value.replace(/\\\n/g, ' ').split('\n'))
			commands.push(...splitShellLine(line));
	});
	return commands;
}

/**
 * Every npm command a document mentions outside its shell blocks: inline code that is an npm
 * command (`npm test`, `RAZBOR_… npm run dev`), and `npm run <script>` anywhere in the text,
 * prose and other code blocks included.
 */
export function mentionedNpmCommands(doc: Pick<DocFile, 'text' | 'tree'>): ShellCommand[] {
	const commands: ShellCommand[] = [];
	visit(doc.tree, 'inlineCode', (node) => {
		for (const command of splitShellLine(node.value))
			if (command.words[0] === 'npm') commands.push(command);
	});
	for (const [, script] of doc.text.matchAll(/\bnpm run ([\w:-]+)/g))
		commands.push({ env: [], words: ['npm', 'run', script!] });
	return commands;
}

/** npm's own shorthands for `npm run <script>`. */
const NPM_SCRIPT_SHORTHANDS: ReadonlySet<string> = new Set(['test', 'start', 'stop', 'restart']);

/**
 * The package.json script an npm command runs: `build` for `npm run build`, `test` for `npm test`;
 * `undefined` for npm's own commands (`npm ci`) and for other programs.
 */
export function npmScript({ words }: ShellCommand): string | undefined {
	if (words[0] !== 'npm') return undefined;
	if (words[1] === 'run' || words[1] === 'run-script') return words[2];
	return words[1] !== undefined && NPM_SCRIPT_SHORTHANDS.has(words[1]) ? words[1] : undefined;
}

/**
 * What names a command in the list of where commands run: `npm run build`, `npm test`, `npm ci`
 * (arguments after them do not matter), or the whole command line for any other program.
 */
export function commandKey(command: ShellCommand): string {
	const { words } = command;
	if (words[0] !== 'npm') return words.join(' ');
	return words[1] === 'run' || words[1] === 'run-script'
		? `npm run ${words[2] ?? ''}`.trim()
		: `npm ${words[1] ?? ''}`.trim();
}

/** The name of each assignment: `RAZBOR_SITE_URL` for `RAZBOR_SITE_URL=https://example.org`. */
export function assignedNames(command: ShellCommand): string[] {
	return command.env.map((assignment) => assignment.slice(0, assignment.indexOf('=')));
}

/**
 * The anchor GitHub gives a heading: its text in lower case, without punctuation and symbols
 * (letters, marks, digits, `_`, `-` and spaces stay), spaces turned into hyphens.
 */
export function headingSlug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
		.replace(/ /g, '-');
}

/** The anchors of a document's headings; a repeated one gets `-1`, `-2` … as on GitHub. */
export function headingAnchors(tree: Root): Set<string> {
	const anchors = new Set<string>();
	visit(tree, 'heading', (node) => {
		const slug = headingSlug(toString(node));
		let anchor = slug;
		for (let n = 1; anchors.has(anchor); n += 1) anchor = `${slug}-${n}`;
		anchors.add(anchor);
	});
	return anchors;
}

/** Link and image URLs of a document that point into the repository: no scheme, not absolute. */
export function relativeLinks(tree: Root): string[] {
	const urls: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
			urls.push(node.url);
	});
	return urls.filter((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/'));
}

/**
 * Repository paths a text names: anything starting with `src/`, `scripts/`, `tests/`, `deploy/`,
 * `docs/` or `.ci/`, up to a space, quote, parenthesis, brace or comma, a final `.` or `:` left
 * out (square brackets stay: `src/pages/og/[image].png.ts`). Paths inside URLs and relative links
 * (`../src/…`) are not taken.
 */
export function repositoryPaths(text: string): string[] {
	const found = text.matchAll(
		/(?<![\w./@:-])(?:src|scripts|tests|deploy|docs|\.ci)\/[^\s`'"(){},;#»]*/g,
	);
	return [...new Set([...found].map(([path]) => path.replace(/[.:]+$/, '')))];
}

/** A pattern segment as a regular expression: `<case>`, `*` and `…` stand for any name part. */
function segmentPattern(segment: string): RegExp {
	const parts = segment.split(/(<[^>]*>|\*|…)/);
	const source = parts
		.map((part, index) =>
			index % 2 === 1 ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`),
		)
		.join('');
	return new RegExp(`^${source}$`);
}

/** Every folder under `folder`, itself included. */
async function foldersWithin(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return [
		folder,
		...entries
			.filter((entry) => entry.isDirectory())
			.map((entry) => join(entry.parentPath, entry.name)),
	];
}

/**
 * Whether a repository path exists under `root`. Placeholders match any name: `<case>`, `*`
 * and `…` within a segment (`tests/fixtures/content/broken/active-*`), `**` any depth of folders.
 */
export async function repositoryPathExists(root: string, path: string): Promise<boolean> {
	let candidates = [root];
	for (const segment of path.split('/').filter(Boolean)) {
		const next: string[] = [];
		for (const folder of candidates) {
			if (segment === '**') {
				next.push(...(await foldersWithin(folder)));
				continue;
			}
			if (!/[<*…]/.test(segment)) {
				if (existsSync(join(folder, segment))) next.push(join(folder, segment));
				continue;
			}
			const pattern = segmentPattern(segment);
			const names = await readdir(folder).catch(() => []);
			next.push(...names.filter((name) => pattern.test(name)).map((name) => join(folder, name)));
		}
		if (next.length === 0) return false;
		candidates = next;
	}
	return true;
}

/** The string literals of a TypeScript source, without the text of its comments. */
export function stringLiterals(source: string, fileName = 'file.ts'): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
	const literals: string[] = [];
	const walk = (node: ts.Node): void => {
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
			literals.push(node.text);
		ts.forEachChild(node, walk);
	};
	walk(file);
	return literals;
}
