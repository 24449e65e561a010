import { describe, expect, inject, it } from 'vitest';
import { runNpm } from '../helpers/npm.ts';

/**
 * The documented command that needs Chromium and nginx, run as a reader types it, once, on the
 * site the e2e suite built: tests/unit/docs/commands.test.ts checks that it is run here.
 */

describe('commands of the documentation', () => {
	it('npm run bench:pages: measures a page of a built site with Lighthouse', async () => {
		const run = await runNpm('npm run bench:pages', {
			args: ['--', '--dir', inject('siteDir'), '--pages', '/', '--runs', '1'],
		});

		// 1 is a budget the page missed: Lighthouse's scores move with the machine's load, and
		// this test is about the command, not the figures. 2 would be a failure to measure.
		expect([0, 1], run.output).toContain(run.exitCode);
		expect(run.output).toContain('Lighthouse 1/1 /:');
		expect(run.output).toMatch(/^\/ \* +\|/m);
	});
});
