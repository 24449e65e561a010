/**
 * `npm run check:links [folder]`: checks every link of a built site (default `dist`) without
 * going online: pages, feeds, the sitemap and robots.txt. Prints broken links by file and exits
 * with 1 when there are any; `--external` also lists the links to other sites with their pages.
 * The site's own origin is `RAZBOR_SITE_URL` (as for the build) or https://razbor.example.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { checkLinks, formatLinkProblems } from './quality/link-check.ts';
import { SITE } from '../src/site.ts';

/** Every file of the folder with its bytes, keyed by its path in the site (`/`-separated). */
async function readSite(folder: string): Promise<Map<string, Uint8Array>> {
	const files = new Map<string, Uint8Array>();
	for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files.set(relative(folder, path).split(sep).join('/'), await readFile(path));
	}
	return files;
}

async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const listExternal = args.includes('--external');
	const folder = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
	if (!existsSync(folder)) {
		console.error(`Нет папки ${folder}: сначала соберите сайт (npm run build).`);
		return 2;
	}
	const report = checkLinks(await readSite(folder), { siteUrl: SITE.url });
	if (listExternal)
		for (const { url, files } of report.external) console.log(`${url}\n  ${files.join('\n  ')}`);
	if (report.problems.length > 0) console.log(formatLinkProblems(report.problems));
	const checked = [...report.counts.values()].reduce((sum, count) => sum + count, 0);
	console.log(
		`Проверено ссылок: ${checked} в ${report.counts.size} файлах; ` +
			`внешних адресов: ${report.external.length}; ошибок: ${report.problems.length}.`,
	);
	return report.problems.length > 0 ? 1 : 0;
}

process.exitCode = await main();
