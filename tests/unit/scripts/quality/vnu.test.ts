import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateHtml, vnuJarPath } from '../../../../scripts/quality/vnu.ts';

/** Any file that exists; the tests below stop before Java would read it. */
const SOME_FILE = fileURLToPath(import.meta.url);

describe('vnuJarPath', () => {
	test('finds vnu.jar through the vnu-jar package', () => {
		const jar = vnuJarPath();

		expect(jar).toMatch(/vnu-jar[/\\]build[/\\]dist[/\\]vnu\.jar$/);
		expect(existsSync(jar)).toBe(true);
	});
});

describe('validateHtml', () => {
	test('checks nothing, and starts no Java, for no files', async () => {
		await expect(validateHtml([], { java: '/nonexistent/java' })).resolves.toEqual([]);
	});

	test('refuses a missing file, which vnu itself would skip without a word', async () => {
		await expect(validateHtml([SOME_FILE, '/nonexistent/page.html'])).rejects.toThrow(
			'Нет файла для проверки HTML: /nonexistent/page.html',
		);
	});

	test('says so when Java cannot be started', async () => {
		await expect(validateHtml([SOME_FILE], { java: '/nonexistent/java' })).rejects.toThrow(
			/^Не удалось запустить Java \(\/nonexistent\/java\) для Nu Html Checker: .*ENOENT/,
		);
	});
});
