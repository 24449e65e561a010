import { describe, expect, test } from 'vitest';
import { programName } from '../../bench/process-tree.ts';

describe('programName', () => {
	test('names a program by the last part of argv[0]', () => {
		expect(programName('/usr/lib/pagefind_extended\0--service\0')).toBe('pagefind_extended');
	});

	test("names a Node process by its script too, skipping Node's flags", () => {
		expect(
			programName(
				'/work/node_modules/.bin/node\0--max-semi-space-size=2\0/work/src/integrations/share-images/draw.ts\0',
			),
		).toBe('node draw.ts');
		expect(programName('node\0scripts/build.ts\0')).toBe('node build.ts');
	});

	test('has no name for the empty command line of an exiting process', () => {
		expect(programName('')).toBeUndefined();
	});
});
