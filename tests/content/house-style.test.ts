import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const EDITORIAL = fileURLToPath(new URL('editorial/', import.meta.url));

/**
 * The text we write ourselves: articles and the YAML data. content/sources/ is left out: its
 * titles and publishers are quoted as published («Президент Республики Беларусь», «СБ. Беларусь
 * сегодня»).
 */
const OWN_TEXT = ['articles', 'timelines', 'people', 'glossary', 'topics', 'charts'].flatMap(
	(folder) =>
		readdirSync(`${CONTENT}${folder}`)
			.filter((name) => /\.(md|yaml)$/.test(name))
			.sort()
			.map((name) => ({
				file: `${folder}/${name}`,
				text: readFileSync(`${CONTENT}${folder}/${name}`, 'utf8').replaceAll('\u00a0', ' '),
			})),
);

/**
 * Official names that keep «Беларусь»: the republic, its election commission, the treaties of
 * 1997 and the Union State in their official wording, and the agency Sputnik Беларусь.
 */
const OFFICIAL_NAMES = [
	/Республик[аиеуой]+ Беларусь/g,
	/ЦИК Беларуси/g,
	/Центральн\S* избирательн\S* комисси\S* Беларуси/g,
	/Союз[аеу]? Беларуси и России/g,
	/Союзного государства Беларуси и России/g,
	/Sputnik Беларусь/g,
];

/** Words the editors took out, with the reason a reader gets if one comes back. */
const BANNED: [words: string, pattern: RegExp, reason: string][] = [
	['«широко разошедшийся»', /широко\s+разош/i, 'how widely the report spread is not in the sources'],
	['«отчёт дня»', /отч[её]т\S*\s+дня/i, 'a calque of «report of the day»: «отчёт о переговорах»'],
	['«в записи»', /в\s+записи|с\s+записью/i, 'a calque of «the record»: «в источниках»'],
	[
		'«дать вопросы»',
		/дать\s+(?:\S+\s+){0,3}вопрос|планировал\S*\s+дать/i,
		'a calque of «give questions»: «задать», «предусмотрено по три вопроса»',
	],
	['«следующая очная»', /следующ\S*\s+очн/i, 'the fact sheet does not say which meeting came next'],
];

/** Sentences, roughly: enough to keep a hedge and its claim together. */
function sentences(text: string): string[] {
	return text.split(/(?<=[.!?])\s+|\n+/);
}

/** A quotation compared as wording: spaces, case and ё/е do not count. */
function wording(text: string): string {
	return text.replace(/\s+/g, '').replaceAll('ё', 'е').replaceAll('Ё', 'Е').toLowerCase();
}

describe('the house style of content/', () => {
	test('reads every folder of our own text', () => {
		expect(OWN_TEXT.length).toBeGreaterThan(30);
		expect(OWN_TEXT.filter(({ file }) => file.startsWith('articles/')).length).toBe(6);
	});

	test('writes «Белоруссия» in running text, keeping official names such as «ЦИК Беларуси»', () => {
		const found = OWN_TEXT.flatMap(({ file, text }) => {
			const running = OFFICIAL_NAMES.reduce((rest, name) => rest.replace(name, ''), text);
			return [...running.matchAll(/\S*Беларус\S*/g)].map(([word]) => `${file}: ${word}`);
		});

		expect(found).toEqual([]);
	});

	test('nests quotes as „…“ inside «…», never «…«…»…»', () => {
		const nested = OWN_TEXT.flatMap(({ file, text }) =>
			text.split('\n').flatMap((line, index) => {
				let depth = 0;
				for (const character of line) {
					if (character === '«') depth += 1;
					if (character === '»') depth = Math.max(0, depth - 1);
					if (depth > 1) return [`${file}:${index + 1}: ${line.trim()}`];
				}
				return [];
			}),
		);

		expect(nested).toEqual([]);
	});

	test.each(BANNED)('has no %s', (_words, pattern, reason) => {
		const found = OWN_TEXT.flatMap(({ file, text }) =>
			sentences(text)
				.filter((sentence) => pattern.test(sentence))
				.map((sentence) => `${file}: ${sentence.trim()} (${reason})`),
		);

		expect(found).toEqual([]);
	});

	test('keeps the fact sheet’s hedge on the 2,000-km front line: as reported', () => {
		const bare = OWN_TEXT.flatMap(({ file, text }) =>
			sentences(text)
				.filter((sentence) => /2\s?000\s?км/.test(sentence))
				.filter((sentence) => !/по (его )?словам|по сообщениям|в пересказе/.test(sentence))
				.map((sentence) => `${file}: ${sentence.trim()}`),
		);

		expect(OWN_TEXT.some(({ text }) => /2\s?000\s?км/.test(text))).toBe(true);
		expect(bare).toEqual([]);
	});

	test('puts a figure in «quotes» only as the report or the fact sheet words it in Russian', () => {
		const report = wording(readFileSync(`${EDITORIAL}report-2025-03-13.ru.txt`, 'utf8'));
		const factSheetQuotes = new Set(
			[...readFileSync(`${EDITORIAL}factsheet.md`, 'utf8').matchAll(/«([^«»]+)»/g)].map(
				([, quote]) => wording(quote!),
			),
		);
		// Names, not quotations: a TV channel, and our own timeline and article titles.
		const titles = new Set(
			OWN_TEXT.flatMap(({ text }) => [...text.matchAll(/^title: "?(.+?)"?$/gm)]).map(
				([, title]) => wording(title!),
			),
		);
		const names = /^росси[яи]-1$/;

		const unsourced = OWN_TEXT.flatMap(({ file, text }) =>
			[...text.matchAll(/«([^«»]*\d[^«»]*)»/g)]
				.map(([, quote]) => quote!)
				.filter((quote) => {
					const words = wording(quote);
					return (
						!report.includes(words) &&
						!factSheetQuotes.has(words) &&
						!titles.has(words) &&
						!names.test(words)
					);
				})
				.map((quote) => `${file}: «${quote}»`),
		);

		expect(unsourced).toEqual([]);
	});
});
