import { describe, expect, test } from 'vitest';
import {
	countVnuMessages,
	formatVnuReport,
	parseVnuJson,
} from '../../../../scripts/quality/vnu-report.ts';

/** vnu's JSON for three files, shaped like `java -jar vnu.jar --format json` prints it. */
const OUTPUT = JSON.stringify({
	version: '26.9.27',
	messages: [
		{
			type: 'error',
			url: 'file:/site/search/index.html',
			lastLine: 3,
			firstColumn: 12,
			lastColumn: 70,
			message: 'Bad value “” for attribute “action” on element “form”: Must be non-empty.',
			extract: '<form class="search"\n action="" method="get">',
		},
		{
			type: 'info',
			url: 'file:/site/search/index.html',
			lastLine: 3,
			firstColumn: 12,
			lastColumn: 70,
			message:
				'To set the document’s location as the action for a form, omit the “action” attribute.',
		},
		{
			type: 'info',
			subType: 'warning',
			url: 'file:/site/articles/x%20y/index.html',
			firstLine: 7,
			lastLine: 9,
			firstColumn: 1,
			lastColumn: 4,
			message: 'Section lacks heading.',
		},
		{
			type: 'info',
			url: 'file:/site/articles/x%20y/index.html',
			lastLine: 20,
			lastColumn: 3,
			message: 'Trailing slash on void elements has no effect.',
		},
		{
			type: 'non-document-error',
			subType: 'io',
			url: 'file:/site/%D1%82%D0%B5%D1%81%D1%82/index.html',
			message: 'Could not read the file.',
		},
	],
});

const FILES = [
	'/site/index.html',
	'/site/search/index.html',
	'/site/articles/x y/index.html',
	'/site/тест/index.html',
];

describe('parseVnuJson', () => {
	test('gives every file a report in the order given, clean ones included', () => {
		const reports = parseVnuJson(OUTPUT, FILES);

		expect(reports.map((report) => report.file)).toEqual(FILES);
		expect(reports[0]).toEqual({ file: '/site/index.html', errors: [], warnings: [] });
	});

	test('reads an error with its line and starting column and attaches the info that follows as its hint', () => {
		const [, search] = parseVnuJson(OUTPUT, FILES);

		expect(search!.errors).toEqual([
			{
				line: 3,
				column: 12,
				message: 'Bad value “” for attribute “action” on element “form”: Must be non-empty.',
				extract: '<form class="search"\n action="" method="get">',
				hint: 'To set the document’s location as the action for a form, omit the “action” attribute.',
			},
		]);
		expect(search!.warnings).toEqual([]);
	});

	test('reads a warning from its first line and drops a plain info elsewhere', () => {
		const [, , article] = parseVnuJson(OUTPUT, FILES);

		expect(article!.warnings).toEqual([{ line: 7, column: 1, message: 'Section lacks heading.' }]);
		expect(article!.errors).toEqual([]);
	});

	test('counts a file the checker could not read as an error without a place, matching a percent-encoded Cyrillic URL', () => {
		const [, , , cyrillic] = parseVnuJson(OUTPUT, FILES);

		expect(cyrillic!.errors).toEqual([{ message: 'Could not read the file.' }]);
	});

	test('keeps a message about a file nobody asked for rather than losing it', () => {
		const reports = parseVnuJson(OUTPUT, ['/site/index.html']);

		expect(reports.map((report) => report.file)).toEqual([
			'/site/index.html',
			'/site/search/index.html',
			'/site/articles/x y/index.html',
			'/site/тест/index.html',
		]);
	});

	test.each([
		['text that is not JSON', 'Exception in thread "main"', /не JSON/],
		['JSON without messages', '{"version":"1"}', /без messages/],
		['a message without a type', '{"messages":[{"message":"x"}]}', /без messages/],
	])('refuses %s', (_, json, expected) => {
		expect(() => parseVnuJson(json, [])).toThrow(expected);
	});
});

describe('countVnuMessages', () => {
	test('adds up errors and warnings over all files', () => {
		expect(countVnuMessages(parseVnuJson(OUTPUT, FILES))).toEqual({ errors: 2, warnings: 1 });
	});
});

describe('formatVnuReport', () => {
	const reports = parseVnuJson(OUTPUT, FILES);

	test('prints each file with messages, then its messages with place, markup and hint', () => {
		expect(formatVnuReport(reports).split('\n')).toEqual([
			'/site/search/index.html',
			'  3:12: ошибка: Bad value “” for attribute “action” on element “form”: Must be non-empty.',
			'      <form class="search" action="" method="get">',
			'      совет: To set the document’s location as the action for a form, omit the “action” attribute.',
			'/site/articles/x y/index.html',
			'  7:1: предупреждение: Section lacks heading.',
			'/site/тест/index.html',
			'  ошибка: Could not read the file.',
		]);
	});

	test('prints only warnings, or only errors, when asked', () => {
		expect(formatVnuReport(reports, 'warnings')).toBe(
			'/site/articles/x y/index.html\n  7:1: предупреждение: Section lacks heading.',
		);
		expect(formatVnuReport(reports, 'errors')).not.toContain('предупреждение');
	});

	test('prints nothing for clean files', () => {
		expect(formatVnuReport([{ file: 'index.html', errors: [], warnings: [] }])).toBe('');
	});
});
