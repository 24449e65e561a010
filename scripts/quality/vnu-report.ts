import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads the JSON the Nu Html Checker (vnu) writes with `--format json` into errors and warnings
 * per file, and prints them for people. The format: https://github.com/validator/validator/wiki/Output-»-JSON
 */

/** One message of the checker about a place in a file. */
export interface VnuMessage {
	/** 1-based line; absent for messages about the whole file (it could not be read). */
	line?: number;
	/** 1-based column where the problem starts. */
	column?: number;
	message: string;
	/** The piece of markup the message is about. */
	extract?: string;
	/** The checker's advice that came with this message («omit the attribute»). */
	hint?: string;
}

/** The checker's verdict on one file. */
export interface VnuFileReport {
	/** The file as the caller named it. */
	file: string;
	errors: VnuMessage[];
	warnings: VnuMessage[];
}

/** One entry of vnu's `messages` array, as far as we read it. */
interface RawMessage {
	type: string;
	subType?: string;
	url?: string;
	message?: string;
	extract?: string;
	firstLine?: number;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
}

/** Whether a parsed value has the shape of vnu's JSON output. */
function isVnuOutput(value: unknown): value is { messages: RawMessage[] } {
	if (value === null || typeof value !== 'object' || !('messages' in value)) return false;
	const { messages } = value;
	return (
		Array.isArray(messages) &&
		messages.every(
			(message: unknown) =>
				message !== null &&
				typeof message === 'object' &&
				'type' in message &&
				typeof message.type === 'string',
		)
	);
}

/** The path a vnu `url` (`file:/site/x%20y/index.html`) names. */
function pathOfUrl(url: string): string {
	return url.startsWith('file:') ? fileURLToPath(new URL(url)) : url;
}

/** The message in our shape, with the place where it starts. */
function toMessage(raw: RawMessage): VnuMessage {
	const line = raw.firstLine ?? raw.lastLine;
	const column = raw.firstColumn ?? raw.lastColumn;
	return {
		...(line === undefined ? {} : { line }),
		...(column === undefined ? {} : { column }),
		message: raw.message ?? raw.type,
		...(raw.extract === undefined ? {} : { extract: raw.extract }),
	};
}

/** Whether two raw messages point at the same place of the same file. */
function samePlace(a: RawMessage, b: RawMessage): boolean {
	return (
		a.url === b.url &&
		a.lastLine === b.lastLine &&
		a.lastColumn === b.lastColumn &&
		a.firstColumn === b.firstColumn
	);
}

/**
 * Sorts vnu's JSON output into a report per file, in the order of `files` (every file gets one,
 * clean or not). `error` and `non-document-error` (a file that could not be read) are errors;
 * `info` with `subType: "warning"` is a warning; a plain `info` at the place of the message just
 * before it is that message's hint, and any other plain `info` is dropped, as vnu's own text
 * output treats them as notes. Throws when the text is not vnu's JSON.
 */
export function parseVnuJson(json: string, files: readonly string[]): VnuFileReport[] {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		throw new Error(`Nu Html Checker вернул не JSON: ${json.slice(0, 200)}`);
	}
	if (!isVnuOutput(data))
		throw new Error(`Nu Html Checker вернул JSON без messages: ${json.slice(0, 200)}`);
	const reports = new Map<string, VnuFileReport>();
	for (const file of files) reports.set(resolve(file), { file, errors: [], warnings: [] });
	const reportFor = (url: string | undefined): VnuFileReport => {
		const path = url === undefined ? '(vnu)' : pathOfUrl(url);
		const key = url === undefined ? path : resolve(path);
		const report = reports.get(key) ?? { file: path, errors: [], warnings: [] };
		reports.set(key, report);
		return report;
	};
	let previous: { raw: RawMessage; message: VnuMessage } | undefined;
	for (const raw of data.messages) {
		if (raw.type === 'info' && raw.subType !== 'warning') {
			if (previous && samePlace(previous.raw, raw) && raw.message)
				previous.message.hint = raw.message;
			continue;
		}
		const message = toMessage(raw);
		const report = reportFor(raw.url);
		if (raw.type === 'info') report.warnings.push(message);
		else report.errors.push(message);
		previous = { raw, message };
	}
	return [...reports.values()];
}

/** Errors and warnings over all files. */
export function countVnuMessages(reports: readonly VnuFileReport[]): {
	errors: number;
	warnings: number;
} {
	let errors = 0;
	let warnings = 0;
	for (const report of reports) {
		errors += report.errors.length;
		warnings += report.warnings.length;
	}
	return { errors, warnings };
}

/** `12:5` or nothing for a message about the whole file. */
function place(message: VnuMessage): string {
	if (message.line === undefined) return '';
	return message.column === undefined ? `${message.line}: ` : `${message.line}:${message.column}: `;
}

/**
 * A readable report: each file with messages, then one line per message
 * (`  12:5: ошибка: Bad value…` and, indented, the markup and the hint). Clean files are left out;
 * `severity` limits it to errors or to warnings.
 */
export function formatVnuReport(
	reports: readonly VnuFileReport[],
	severity: 'all' | 'errors' | 'warnings' = 'all',
): string {
	const blocks: string[] = [];
	for (const { file, errors, warnings } of reports) {
		const messages = [
			...(severity === 'warnings' ? [] : errors.map((message) => ({ label: 'ошибка', message }))),
			...(severity === 'errors'
				? []
				: warnings.map((message) => ({ label: 'предупреждение', message }))),
		];
		if (messages.length === 0) continue;
		const lines = [file];
		for (const { label, message } of messages) {
			lines.push(`  ${place(message)}${label}: ${message.message}`);
			if (message.extract) lines.push(`      ${message.extract.replace(/\s+/g, ' ').trim()}`);
			if (message.hint) lines.push(`      совет: ${message.hint}`);
		}
		blocks.push(lines.join('\n'));
	}
	return blocks.join('\n');
}
