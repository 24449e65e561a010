/**
 * `npm run check:content`: checks every file of `content/` (or `RAZBOR_CONTENT_DIR`) as the
 * build does — file names, YAML, schemas, directives, heading ids, dates, references between
 * files — without rendering a page, prints every problem as the build words it
 * (`file:line field: message [rule]`) and a one-line summary, and exits with 1 when there is
 * a problem. `--watch` checks again on every change in the content folder. Also the pre-commit
 * hook in .githooks/.
 */
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentRoot } from '../src/loaders/content-files.ts';
import { checkContent } from './check-content/check-content.ts';
import { formatReport } from './check-content/report.ts';
import { watchFolderTree } from './check-content/watch.ts';

export {
	checkContent,
	type CheckContentOptions,
	type CheckContentResult,
} from './check-content/check-content.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const USAGE = 'Проверка материалов: npm run check:content [-- --watch]';

/** Checks once and prints the report; true when there is no problem. */
async function checkAndReport(contentDir: string): Promise<boolean> {
	const result = await checkContent({ root, contentDir });
	console.log(formatReport(result));
	return result.problems.length === 0;
}

async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const watching = args.includes('--watch');
	if (args.some((arg) => arg !== '--watch')) {
		console.error(USAGE);
		return 1;
	}
	let contentDir: string;
	try {
		contentDir = contentRoot(pathToFileURL(root));
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		return 1;
	}
	if (!watching) return (await checkAndReport(contentDir)) ? 0 : 1;
	const folder = relative(process.cwd(), contentDir) || '.';
	const check = async () => {
		console.clear();
		await checkAndReport(contentDir);
		console.log(`Слежу за изменениями в ${folder}/ (выход — Ctrl+C)`);
	};
	await check();
	watchFolderTree(contentDir, check);
	// Watching until the editor stops it; the watcher keeps the process alive.
	return new Promise<number>(() => undefined);
}

if (import.meta.main) process.exitCode = await main();
