import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	acquireBuildLock,
	BuildLocked,
	processIsRunning,
} from '../../../../scripts/build/build-lock.ts';

let dir: string;
let lockFile: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'razbor-build-lock-'));
	lockFile = join(dir, '.dist.lock');
});

afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('acquireBuildLock', () => {
	test('writes this process id into the lock and removes the lock when released', async () => {
		const release = await acquireBuildLock(lockFile, 'dist/');

		expect(await readFile(lockFile, 'utf8')).toBe(`${process.pid}\n`);
		expect(await readdir(dir)).toEqual(['.dist.lock']);
		await release();
		expect(await readdir(dir)).toEqual([]);
	});

	test('makes the folder the site goes into on a first build (RAZBOR_OUT_DIR=new/dist)', async () => {
		const nested = join(dir, 'new', '.dist.lock');

		const release = await acquireBuildLock(nested, 'new/dist/');

		expect(await readdir(join(dir, 'new'))).toEqual(['.dist.lock']);
		await release();
	});

	test('refuses while a running build holds the lock, naming the folder and the process', async () => {
		await writeFile(lockFile, '4242\n');

		const refused = acquireBuildLock(lockFile, 'dist/', (pid) => pid === 4242);

		await expect(refused).rejects.toBeInstanceOf(BuildLocked);
		await expect(refused).rejects.toThrow(
			'В dist/ уже идёт другая сборка (процесс 4242): дождитесь её окончания или остановите её',
		);
		expect(await readFile(lockFile, 'utf8')).toBe('4242\n');
		expect(await readdir(dir)).toEqual(['.dist.lock']);
	});

	test('takes over a lock whose build no longer runs', async () => {
		await writeFile(lockFile, '4242\n');

		const release = await acquireBuildLock(lockFile, 'dist/', () => false);

		expect(await readFile(lockFile, 'utf8')).toBe(`${process.pid}\n`);
		await release();
	});

	test('takes over a lock that names no process', async () => {
		await writeFile(lockFile, '');

		const release = await acquireBuildLock(lockFile, 'dist/', () => true);

		expect(await readFile(lockFile, 'utf8')).toBe(`${process.pid}\n`);
		await release();
	});

	test('refuses a second lock in the same process', async () => {
		const release = await acquireBuildLock(lockFile, 'dist/');

		await expect(acquireBuildLock(lockFile, 'dist/')).rejects.toBeInstanceOf(BuildLocked);
		await release();
	});
});

describe('processIsRunning', () => {
	test('is true for this process and false for an id no process has', () => {
		expect(processIsRunning(process.pid)).toBe(true);
		expect(processIsRunning(2 ** 22 + 1)).toBe(false);
	});
});
