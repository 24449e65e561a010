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

/** What `npm run check:content` prints: one line per problem (as the build words it), then the summary. */
export function formatReport({ files, problems }: CheckContentResult): string {
	const lines = problems.map((problem: ContentProblem) => formatProblem(problem));
	return [...lines, summaryLine(files, problems.length)].join('\n');
}
