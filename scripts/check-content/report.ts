import { formatProblem, type ContentProblem } from '../../src/problems/content-error.ts';
import { wordFor } from '../../src/format/plural.ts';
import type { CheckContentResult } from './check-content.ts';

/** «Проверено 212 файлов, найдено 3 проблемы», or «…, проблем нет». */
export function summaryLine(files: number, problems: number): string {
	const checked = `${wordFor(files, ['Проверен', 'Проверено', 'Проверено'])} ${files} ${wordFor(files, ['файл', 'файла', 'файлов'])}`;
	if (problems === 0) return `${checked}, проблем нет`;
	const found = `${wordFor(problems, ['найдена', 'найдено', 'найдено'])} ${problems} ${wordFor(problems, ['проблема', 'проблемы', 'проблем'])}`;
	return `${checked}, ${found}`;
}

/**
 * The notice of the entries that exist in Russian only (issue 20), one line per collection:
 * «Без перевода на английский в content/people/en/: putin, lukashenko». Not a problem:
 * a translation is written when the editors get to it, and the pages say there is none.
 */
export function untranslatedLines(untranslated: CheckContentResult['untranslated']): string[] {
	return untranslated.map(
		({ folder, ids }) => `Без перевода на английский в content/${folder}/en/: ${ids.join(', ')}`,
	);
}

/**
 * What `npm run check:content` prints: one line per problem (as the build words it), the entries
 * in one language only, then the summary.
 */
export function formatReport({ files, problems, untranslated }: CheckContentResult): string {
	const lines = problems.map((problem: ContentProblem) => formatProblem(problem));
	return [...lines, ...untranslatedLines(untranslated), summaryLine(files, problems.length)].join(
		'\n',
	);
}
