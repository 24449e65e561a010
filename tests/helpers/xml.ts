import { SyntaxValidator } from 'fast-xml-validator';

/** Why a document is not well-formed XML, and where. */
export interface XmlProblem {
	message: string;
	line: number;
	column: number;
}

/**
 * `true` for well-formed XML, otherwise the first problem with its line, so that
 * `expect(validateXml(xml)).toBe(true)` shows what is wrong when it fails.
 */
export function validateXml(xml: string): true | XmlProblem {
	try {
		return SyntaxValidator.validate(xml);
	} catch (error) {
		const { message, line, col } = error as Error & { line?: number; col?: number };
		return { message, line: line ?? 0, column: col ?? 0 };
	}
}
