import { describe, expect, it } from 'vitest';
import { npmScriptCommand, parseNodeScript } from '../../bench/npm-script.ts';

describe('parseNodeScript', () => {
	it('splits the environment it sets from the arguments after node', () => {
		expect(parseNodeScript('A_B=1 C=x node --flag=2 --other scripts/build.ts')).toEqual({
			env: { A_B: '1', C: 'x' },
			args: ['--flag=2', '--other', 'scripts/build.ts'],
		});
		expect(parseNodeScript('node scripts/build.ts')).toEqual({
			env: {},
			args: ['scripts/build.ts'],
		});
	});

	it('refuses what it would read wrongly', () => {
		for (const script of [
			'astro build',
			'node',
			'A=1 node a.ts && rm -rf x',
			'node "a b.ts"',
			'A=$B node a.ts',
		])
			expect(() => parseNodeScript(script), script).toThrow(/not a plain/);
	});
});

describe('npmScriptCommand', () => {
	it('reads the build script of the repository, which runs scripts/build.ts', () => {
		const { args } = npmScriptCommand('build');
		expect(args.at(-1)).toBe('scripts/build.ts');
	});

	it('names a missing script', () => {
		expect(() => npmScriptCommand('no-such-script')).toThrow(/no-such-script/);
	});
});
