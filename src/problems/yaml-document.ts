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

/** How many `*alias` expansions a file may need: ours need none, a bomb needs millions. */
const MAX_ALIAS_COUNT = 100;

/** Parses YAML with positions, so a problem in a field can be reported with its line. */
export function parseYaml(text: string, firstLine = 1): YamlDocument {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const shift = firstLine - 1;
	const lineAt = (offset: number): number => lineCounter.linePos(offset).line + shift;
	// Only the first syntax error: the ones after it are usually echoes of the same mistake.
	const errors = document.errors.slice(0, 1).map((error) => {
		const explained = explainYamlError(error.code, error.message);
		const offset = explained.quote
			? openingQuoteOffset(text, explained.quote, error.pos[0])
			: error.pos[0];
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + shift, column: col, message: explained.message };
	});
	let data: unknown;
	if (errors.length === 0) {
		try {
			data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
		} catch (error) {
			// The yaml package stops expanding aliases past the count (a «billion laughs» bomb);
			// anything else it throws here is a bug, not a content mistake.
			if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
			const alias = /(^|[\s[{,])\*[^\s,\]}]+/m.exec(text);
			const { line, col } = lineCounter.linePos(alias ? alias.index + alias[1]!.length : 0);
			errors.push({
				line: line + shift,
				column: col,
				message: `слишком много ссылок на якоря (*имя) — больше ${MAX_ALIAS_COUNT}: такой файл раздувается при чтении; напишите значения прямо, без &якорей и *ссылок`,
			});
		}
	}
	return {
		data,
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

/** Russian wording for the YAML syntax errors editors meet most, in place of the parser's English. */
function explainYamlError(code: string, message: string): { message: string; quote?: string } {
	const quote = /Missing closing (["'])quote/.exec(message)?.[1];
	if (quote) return { message: `не закрыта кавычка ${quote}: допишите её в конце значения`, quote };
	if (code === 'DUPLICATE_KEY') return { message: 'поле указано дважды' };
	if (code === 'TAB_AS_INDENT' || message.startsWith('Tabs are not allowed')) {
		return {
			message:
				'отступ сделан табуляцией: YAML понимает только пробелы; замените табуляцию пробелами (по два на уровень)',
		};
	}
	if (message.startsWith('Nested mappings are not allowed in compact mappings')) {
		return {
			message:
				'в значении есть двоеточие с пробелом: возьмите всё значение в кавычки, например title: "Итоги визита: что подписали"',
		};
	}
	if (
		message.startsWith('Implicit keys need to be on a single line') ||
		message.startsWith('Implicit map keys need to be followed by map values')
	) {
		return {
			message:
				'строка без двоеточия: после имени поля нужны двоеточие и пробел, например dek: Кратко',
		};
	}
	if (message.startsWith('Flow sequence') || message.startsWith('Flow map')) {
		return { message: 'список в [квадратных скобках] не закрыт: закройте его на той же строке' };
	}
	if (
		code === 'BAD_INDENT' ||
		code === 'BLOCK_AS_IMPLICIT_KEY' ||
		code === 'MULTILINE_IMPLICIT_KEY'
	) {
		return {
			message:
				'неверный отступ: поля одного уровня и пункты списка «- …» должны начинаться с одинакового отступа',
		};
	}
	return { message: 'ошибка в разметке YAML: проверьте отступы, двоеточия и кавычки' };
}

/**
 * Where an unclosed quote was opened: the parser only notices at the end of the text, but the
 * editor needs the line where the quoted value starts — the last line before the error with an
 * odd number of that quote character.
 */
function openingQuoteOffset(text: string, quote: string, errorOffset: number): number {
	let lineStart = 0;
	let opening = errorOffset;
	for (const line of text.slice(0, errorOffset).split('\n')) {
		if (line.split(quote).length % 2 === 0) opening = lineStart + line.indexOf(quote);
		lineStart += line.length + 1;
	}
	return opening;
}
