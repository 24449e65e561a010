import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { trackingParameters } from '../../src/format/tracking-parameters.ts';
import { SourceSchema } from '../../src/schemas/source.ts';

const SOURCES_DIR = fileURLToPath(new URL('../../content/sources/', import.meta.url));
const FACT_SHEET = fileURLToPath(new URL('editorial/factsheet.md', import.meta.url));

/** The fields these checks read, as written in the file (the schema is checked separately). */
interface SourceFile {
	title: string;
	titleIsDescription?: boolean;
	url?: string;
}

/** Every file of `content/sources/` by id, as YAML gives it. */
const SOURCES: [id: string, source: SourceFile][] = readdirSync(SOURCES_DIR)
	.filter((name) => name.endsWith('.yaml'))
	.sort()
	.map((name) => [
		name.replace(/\.yaml$/, ''),
		parse(readFileSync(`${SOURCES_DIR}${name}`, 'utf8')) as SourceFile,
	]);

/**
 * The addresses of each entry of the fact sheet's reference list (section 7), by code:
 * `- R11 President of Russia … — http://en.kremlin.ru/…`. An entry may give two addresses.
 */
function factSheetUrls(markdown: string): Map<string, string[]> {
	const references = markdown.slice(markdown.indexOf('## 7. References'));
	const urls = new Map<string, string[]>();
	for (const line of references.split('\n')) {
		const code = /^- (R\d+) /.exec(line)?.[1];
		if (!code) continue;
		const found = [...line.matchAll(/https?:\/\/\S+/g)].map(([url]) => trimProse(url));
		urls.set(code, found);
	}
	return urls;
}

/** Drops what the prose around an address adds to it: `;` or `,` after it, `)` closing a remark. */
function trimProse(url: string): string {
	let trimmed = url.replace(/[;,]+$/, '');
	while (trimmed.endsWith(')') && count(trimmed, ')') > count(trimmed, '(')) {
		trimmed = trimmed.slice(0, -1);
	}
	return trimmed;
}

function count(text: string, character: string): number {
	return text.split(character).length - 1;
}

/**
 * The page an address opens, for comparing a source with the fact sheet: the scheme, tracking
 * parameters (which the schema refuses) and a stray dot after the host name (`iz.ru./…`) do not
 * change the page.
 */
function samePage(address: string): string {
	const url = new URL(address);
	for (const name of trackingParameters(url)) url.searchParams.delete(name);
	return `${url.hostname.replace(/\.$/, '')}${url.port ? `:${url.port}` : ''}${url.pathname}${url.search}`;
}

/** The fact-sheet code of a source file: `r06-izvestia-nuances` → `R06`. */
function codeOf(id: string): string {
	return `R${/^r(\d+)-/.exec(id)![1]}`;
}

describe('the sources in content/sources/', () => {
	const fromFactSheet = factSheetUrls(readFileSync(FACT_SHEET, 'utf8'));

	test('reads the fact sheet’s reference list, both addresses of an entry included', () => {
		expect(fromFactSheet.size).toBeGreaterThan(90);
		expect(fromFactSheet.get('R11')).toEqual([
			'http://en.kremlin.ru/events/president/news/76450/print',
		]);
		expect(fromFactSheet.get('R77')).toEqual([
			'https://en.wikipedia.org/wiki/Federation_Council_(Russia)',
			'http://council.gov.ru/en/structure/council/',
		]);
		expect(fromFactSheet.get('R19')).toHaveLength(2);
	});

	test('passes the source schema, file by file', () => {
		const invalid = SOURCES.filter(([, source]) => !SourceSchema.safeParse(source).success).map(
			([id]) => id,
		);

		expect(invalid).toEqual([]);
	});

	test('names every source by its fact-sheet code', () => {
		const unknown = SOURCES.map(([id]) => id).filter((id) => !fromFactSheet.has(codeOf(id)));

		expect(unknown).toEqual([]);
	});

	test('gives every source a title as published or a Russian description, never a [placeholder]', () => {
		const problems: string[] = [];
		for (const [id, { title, titleIsDescription }] of SOURCES) {
			if (/[[\]]/.test(title)) problems.push(`${id}: square brackets in «${title}»`);
			// A description is ours, so it is in Russian; a title stays in the language it was published in.
			if (titleIsDescription && !/^[А-ЯЁ]/.test(title))
				problems.push(`${id}: a description should be Russian: «${title}»`);
		}

		expect(problems).toEqual([]);
	});

	test('links every source to the address its fact-sheet entry gives, https where the fact sheet has it', () => {
		const problems: string[] = [];
		for (const [id, source] of SOURCES) {
			const listed = fromFactSheet.get(codeOf(id)) ?? [];
			if (listed.length === 0) continue;
			if (!source.url) {
				problems.push(`${id}: no url; the fact sheet gives ${listed.join(' or ')}`);
				continue;
			}
			const match = listed.find((url) => samePage(url) === samePage(source.url!));
			if (!match) problems.push(`${id}: ${source.url} is none of ${listed.join(', ')}`);
			else if (match.startsWith('https:') && !source.url.startsWith('https:'))
				problems.push(`${id}: ${source.url} should be https, as in the fact sheet`);
		}

		expect(problems).toEqual([]);
	});
});
