import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../../.ci/run', import.meta.url));

/** Real programs the script needs to find its way; everything else it calls is a stub. */
const REAL = ['/usr/bin/dirname'];

let folder: string | undefined;

afterEach(() => {
	if (folder) rmSync(folder, { recursive: true, force: true });
	folder = undefined;
});

/**
 * Runs .ci/run on a machine of stubs: a PATH with only `dirname` and one script per command in
 * `stubs`, each writing its command line to a log instead of installing anything. nginx is
 * always there, so the script never writes a policy-rc.d. Returns the logged commands.
 */
function runOnMachineWith(stubs: readonly string[]): { status: number | null; commands: string[] } {
	folder = mkdtempSync(join(tmpdir(), 'razbor-ci-'));
	const bin = join(folder, 'bin');
	const log = join(folder, 'commands.log');
	mkdirSync(bin);
	for (const program of REAL) symlinkSync(program, join(bin, program.split('/').pop()!));
	for (const name of ['apt-get', 'apt-cache', 'npm', 'mkdir', 'nginx', ...stubs]) {
		const stub = join(bin, name);
		writeFileSync(stub, `#!/bin/bash\necho "${name} $*" >>"$CI_LOG"\n`);
		chmodSync(stub, 0o755);
	}
	writeFileSync(log, '');

	const result = spawnSync('/bin/bash', [SCRIPT], {
		env: { PATH: bin, CI_LOG: log },
		encoding: 'utf8',
	});

	return { status: result.status, commands: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

describe('.ci/run', () => {
	test('installs Chromium and a Java runtime with apt on a machine without them, then runs the tests', () => {
		const { status, commands } = runOnMachineWith([]);

		expect(status).toBe(0);
		expect(commands).toEqual([
			'apt-get update',
			'apt-get install -y --no-install-recommends chromium',
			'mkdir -p /usr/share/man/man1',
			'apt-get update',
			'apt-get install -y --no-install-recommends default-jre-headless',
			'npm ci --no-audit --no-fund',
			'npm test',
		]);
	});

	test('installs nothing on a machine that has Chromium, Java and nginx', () => {
		const { status, commands } = runOnMachineWith(['chromium', 'java']);

		expect(status).toBe(0);
		expect(commands).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
	});
});
