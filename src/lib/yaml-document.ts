import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A parsed YAML text that can say on which line a value stands. */
export interface YamlDocument {
	/** Plain JavaScript value of the document (the YAML 1.2 core schema: dates stay strings). */
	data: unknown;
	/** Syntax errors, 1-based lines. */
	errors: { line: number; column: number; message: string }[];
	/** 1-based line of the value at `path`, or of its nearest existing parent. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Parses YAML with positions, so a problem in a field can be reported with its line. */
export function parseYaml(text: string, firstLine = 1): YamlDocument {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const shift = firstLine - 1;
	const lineAt = (offset: number): number => lineCounter.linePos(offset).line + shift;
	const errors = document.errors.map((error) => {
		const { line, col } = lineCounter.linePos(error.pos[0]);
		return {
			line: line + shift,
			column: col,
			message: describeYamlError(error.code, error.message),
		};
	});
	return {
		data: errors.length > 0 ? undefined : document.toJS(),
		errors,
		lineOf(path) {
			let node: unknown = document.contents;
			let line = isMap(node) || isSeq(node) ? lineAt((node as Node).range![0]) : undefined;
			for (const key of path) {
				if (isMap(node)) {
					const pair = node.items.find(
						(item) => (item.key as { value?: unknown } | null)?.value === key,
					);
					if (!pair) break;
					const keyNode = pair.key as Node | null;
					if (keyNode?.range) line = lineAt(keyNode.range[0]);
					node = pair.value;
				} else if (isSeq(node) && typeof key === 'number') {
					const item = node.items[key] as Node | undefined;
					if (!item?.range) break;
					line = lineAt(item.range[0]);
					node = item;
				} else {
					break;
				}
			}
			return line;
		},
	};
}

/** Russian wording for the YAML syntax errors editors meet most. */
function describeYamlError(code: string, fallback: string): string {
	switch (code) {
		case 'DUPLICATE_KEY':
			return 'поле указано дважды';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
		case 'UNEXPECTED_TOKEN':
			return `ошибка в разметке YAML (проверьте отступы, двоеточия и кавычки): ${fallback.split('\n')[0]}`;
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return `ошибка в разметке YAML: вероятно, пропущено двоеточие или закрывающая кавычка: ${fallback.split('\n')[0]}`;
		default:
			return `ошибка в разметке YAML: ${fallback.split('\n')[0]}`;
	}
}
