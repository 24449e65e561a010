import { readFileSync } from 'node:fs';

/**
 * The command an npm script runs, split into what the benchmark needs to run it itself: the
 * environment it sets and the arguments after `node`. The benchmark times `npm run build` as the
 * script says (its Node flags and allocator settings, package.json), without npm's own start.
 */
export interface NodeCommand {
	env: Record<string, string>;
	args: string[];
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

/**
 * Splits a script of the form `[NAME=value …] node [flags …] file [args …]`. Throws on anything
 * else (quotes, pipes, `&&`), which this simple reading would get wrong.
 */
export function parseNodeScript(script: string): NodeCommand {
	if (/["'`|&;<>$\\]/.test(script)) throw new Error(`not a plain «node …» command: ${script}`);
	const words = script.trim().split(/\s+/);
	const env: Record<string, string> = {};
	let at = 0;
	for (
		let match = ASSIGNMENT.exec(words[at] ?? '');
		match;
		match = ASSIGNMENT.exec(words[at] ?? '')
	) {
		env[match[1]!] = match[2]!;
		at++;
	}
	if (words[at] !== 'node' || at + 1 >= words.length)
		throw new Error(`not a plain «node …» command: ${script}`);
	return { env, args: words.slice(at + 1) };
}

/** The command of `npm run <name>`, read from the package.json in `root`. */
export function npmScriptCommand(name: string, root = process.cwd()): NodeCommand {
	const manifest = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
		scripts?: Record<string, string>;
	};
	const script = manifest.scripts?.[name];
	if (script === undefined) throw new Error(`package.json has no script «${name}»`);
	return parseNodeScript(script);
}
