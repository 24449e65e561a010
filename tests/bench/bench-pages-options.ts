import { parseArgs } from 'node:util';
import { normalizePagePath } from './bench-pages-selection.ts';

/** Command-line options of `npm run bench:pages`. */
export interface BenchPagesOptions {
	/** A built site to measure; without it the edition in content/ is built first. */
	dir: string | undefined;
	/** Lighthouse runs per page; the median is reported. */
	runs: number;
	/** Only these pages (URL paths); without it every page's weight and one page per type. */
	pages: string[] | undefined;
	/** Keep the build under `.build/bench/` instead of removing it at the end. */
	keep: boolean;
}

/** Reads `--dir <site> --runs 3 --pages /a/,/b/ --keep`; throws on anything else. */
export function parseBenchPagesOptions(args: readonly string[]): BenchPagesOptions {
	const { values } = parseArgs({
		args: [...args],
		strict: true,
		allowPositionals: false,
		options: {
			dir: { type: 'string' },
			runs: { type: 'string', default: '3' },
			pages: { type: 'string' },
			keep: { type: 'boolean', default: false },
		},
	});
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1)
		throw new Error(`--runs needs a positive integer, not «${values.runs}»`);
	const pages = values.pages
		?.split(',')
		.filter((entry) => entry.trim() !== '')
		.map(normalizePagePath);
	if (pages?.length === 0) throw new Error('--pages needs at least one path, e.g. /search/');
	return { dir: values.dir, runs, pages: pages && [...new Set(pages)], keep: values.keep };
}
