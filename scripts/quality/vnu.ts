import { spawn } from 'node:child_process';
import { access, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { parseVnuJson, type VnuFileReport } from './vnu-report.ts';

/**
 * Runs the Nu Html Checker (the W3C validator, `vnu.jar` from the `vnu-jar` package) on local
 * files, once for all of them: the JVM takes seconds to start, the checking itself milliseconds
 * a page.
 */

/** Options of {@link validateHtml}. */
export interface ValidateHtmlOptions {
	/** The `java` to run; `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` from PATH. */
	java?: string;
}

/** Path of `vnu.jar`: the `vnu-jar` package's main module exports it (as a String object). */
export function vnuJarPath(): string {
	return String(createRequire(import.meta.url)('vnu-jar'));
}

/** The `java` command: the one in JAVA_HOME when set, so a machine with several picks the intended one. */
function defaultJava(): string {
	const home = process.env['JAVA_HOME'];
	return home ? join(home, 'bin', 'java') : 'java';
}

/** Runs a command and collects its output; rejects if it cannot start. */
function run(
	command: string,
	args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		const stdout: Buffer[] = [];
		const stderr: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			resolvePromise({
				code: code ?? 1,
				stdout: Buffer.concat(stdout).toString('utf8'),
				stderr: Buffer.concat(stderr).toString('utf8'),
			});
		});
	});
}

/**
 * Checks HTML files with vnu in one Java process and returns errors and warnings per file, in
 * the order given. Throws when a file is missing (vnu would skip it without a word), when Java
 * cannot start, or when vnu does not answer with its JSON.
 */
export async function validateHtml(
	files: readonly string[],
	options: ValidateHtmlOptions = {},
): Promise<VnuFileReport[]> {
	if (files.length === 0) return [];
	for (const file of files) {
		try {
			await access(file);
		} catch {
			throw new Error(`Нет файла для проверки HTML: ${file}`);
		}
	}
	const java = options.java ?? defaultJava();
	const args = [
		// vnu needs at least 512k of stack for its schemas (it says so on a StackOverflowError);
		// C1-only compilation starts the JVM faster and suits one short run.
		'-Xss4m',
		'-XX:TieredStopAtLevel=1',
		'-jar',
		vnuJarPath(),
		'--format',
		'json',
		'--exit-zero-always',
		// The report goes to stderr by default, mixed with any JVM warnings.
		'--stdout',
		...files.map((file) => resolve(file)),
	];
	let result: Awaited<ReturnType<typeof run>>;
	try {
		result = await run(java, args);
	} catch (error) {
		throw new Error(
			`Не удалось запустить Java (${java}) для Nu Html Checker: ${(error as Error).message}. ` +
				'Нужна Java 11 или новее в PATH или в JAVA_HOME.',
			{ cause: error },
		);
	}
	// With --exit-zero-always a non-zero code means vnu itself failed (a stack overflow, a bad jar).
	if (result.code !== 0)
		throw new Error(`Nu Html Checker завершился с кодом ${result.code}:\n${result.stderr}`);
	return parseVnuJson(result.stdout, files);
}

/** Every `.html` file under a folder, as paths relative to it, sorted. */
export async function findHtmlFiles(directory: string): Promise<string[]> {
	const entries = await readdir(directory, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(directory, join(entry.parentPath, entry.name)))
		.sort();
}

/** Checks every page of a built site; reports name the files relative to the site's folder. */
export async function validateHtmlFolder(
	directory: string,
	options: ValidateHtmlOptions = {},
): Promise<VnuFileReport[]> {
	const pages = new Map(
		(await findHtmlFiles(directory)).map((page) => [join(directory, page), page]),
	);
	const reports = await validateHtml([...pages.keys()], options);
	return reports.map((report) => ({ ...report, file: pages.get(report.file) ?? report.file }));
}
