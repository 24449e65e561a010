/**
 * `npm run validate:html [folder]`: checks every page of a built site (default `dist`) with the
 * Nu Html Checker, prints errors and warnings by file and line, and exits with 1 when there are
 * errors. Warnings are advice and do not fail.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { countVnuMessages, formatVnuReport } from './quality/vnu-report.ts';
import { validateHtmlFolder } from './quality/vnu.ts';

async function main(): Promise<number> {
	const folder = resolve(process.argv[2] ?? 'dist');
	if (!existsSync(folder)) {
		console.error(`Нет папки ${folder}: сначала соберите сайт (npm run build).`);
		return 2;
	}
	const reports = await validateHtmlFolder(folder);
	const report = formatVnuReport(reports);
	if (report !== '') console.log(report);
	const { errors, warnings } = countVnuMessages(reports);
	console.log(
		`Проверено страниц: ${reports.length}; ошибок: ${errors}, предупреждений: ${warnings}.`,
	);
	return errors > 0 ? 1 : 0;
}

process.exitCode = await main();
