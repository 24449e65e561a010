import type { BodyFactBox, BodyReferences } from '../markdown/directives.ts';
import type { ContentProblem } from '../problems/content-error.ts';
import { formatFieldPath, objectKeysAt } from '../problems/schema-problems.ts';
import type { Article, Language } from '../schemas/article.ts';
import type { z } from '../schemas/zod.ts';
import { formatDateTime } from '../format/dates.ts';

/** The rule of every difference between a translation and its original. */
export const TRANSLATION_MISMATCH = 'razbor:translation-mismatch';

/** An article as the comparison needs it: its data and what its body cites, embeds and boxes. */
export interface ComparedArticle {
	id: string;
	file: string;
	data: Article;
	body: BodyReferences;
}

/** A data entry (a person, a timeline …) or the words of its translation. */
export interface ComparedEntry {
	id: string;
	file: string;
	data: unknown;
}

/** One data collection: its originals by id, its translations, and the translation schema. */
export interface ComparedCollection {
	/** Folder of the collection, e.g. `people`, for messages. */
	folder: string;
	originals: ReadonlyMap<string, ComparedEntry>;
	translations: readonly ComparedEntry[];
	/** The schema the translations were read with (src/schemas/translation.ts): which fields are words. */
	schema: z.ZodType;
}

/** What {@link findTranslationProblems} compares. */
export interface TranslationCheckInput {
	articles: {
		originals: ReadonlyMap<string, ComparedArticle>;
		translations: readonly ComparedArticle[];
	};
	data: readonly ComparedCollection[];
	/** Line of a field in a content file, looked up only when a problem is reported. */
	lineOf(file: string, path: readonly PropertyKey[]): number | undefined;
}

/** `«a», «b»` for a message. */
const listed = (ids: Iterable<string>) => [...ids].map((id) => `«${id}»`).join(', ');

/** What one set has that the other lacks, worded for the translation: «нет …; лишние …». */
function setDifference(original: Iterable<string>, translation: Iterable<string>): string {
	const want = new Set(original);
	const have = new Set(translation);
	const missing = [...want].filter((id) => !have.has(id));
	const extra = [...have].filter((id) => !want.has(id));
	return [
		missing.length > 0 ? `в переводе нет ${listed(missing)}` : '',
		extra.length > 0 ? `в оригинале нет ${listed(extra)}` : '',
	]
		.filter(Boolean)
		.join('; ');
}

/**
 * The numbers of a fact box value as the language writes them: Russian «86,82 %», «1 000»;
 * English «86.82%», «1,000». Compared as numbers, so «$51.8 billion» equals «51,8 млрд $».
 */
export function numbersIn(text: string, lang: Language): number[] {
	const pattern =
		lang === 'ru'
			? /\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g
			: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
	return [...text.matchAll(pattern)].map(([match]) =>
		Number(
			lang === 'ru'
				? match.replace(/[\u00a0\u202f ]/g, '').replace(',', '.')
				: match.replaceAll(',', ''),
		),
	);
}

/** The same numbers, in any order. */
function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
	const sorted = (list: readonly number[]) => [...list].sort((x, y) => x - y).join(' ');
	return sorted(a) === sorted(b);
}

/** How a translation's fact box differs from the original's box with the same id, if it does. */
function factBoxDifference(
	original: BodyFactBox,
	translation: BodyFactBox,
	lang: Language,
): string | undefined {
	if ((original.verdict ?? '') !== (translation.verdict ?? ''))
		return `у справки «${original.id}» в оригинале verdict ${original.verdict ?? 'не указан'}, в переводе ${translation.verdict ?? 'не указан'}`;
	if (original.values.length !== translation.values.length)
		return `в справке «${original.id}» в оригинале пунктов: ${original.values.length}, в переводе: ${translation.values.length}`;
	const item = original.values.findIndex(
		(value, index) =>
			!sameNumbers(numbersIn(value, 'ru'), numbersIn(translation.values[index]!, lang)),
	);
	if (item === -1) return undefined;
	return `в справке «${original.id}» пункт ${item + 1}: в оригинале «${original.values[item]!}», в переводе «${translation.values[item]!}» — числа не совпадают`;
}

/** Ids of the embeds of a body of one kind. */
const embeds = (body: BodyReferences, kind: 'timeline' | 'chart' | 'map') =>
	new Set(body.references.filter((reference) => reference.kind === kind).map(({ id }) => id));

/** Times of the corrections in an article's updates log. */
const corrections = (data: Article) =>
	data.updates.filter((entry) => entry.correction).map((entry) => formatDateTime(entry.at));

/** How an English article differs from its Russian original, as located problems. */
function compareArticle(
	original: ComparedArticle,
	translation: ComparedArticle,
	lineOf: TranslationCheckInput['lineOf'],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const { file } = translation;
	const lang = translation.data.lang;
	const atField = (path: PropertyKey[], message: string) => {
		problems.push({
			file,
			line: lineOf(file, path),
			field: formatFieldPath(path),
			message: `${message}: перевод должен совпадать с оригиналом ${original.file}`,
			rule: TRANSLATION_MISMATCH,
		});
	};
	const inBody = (message: string, line?: number) => {
		problems.push({
			file,
			line,
			message: `${message}: перевод должен совпадать с оригиналом ${original.file}`,
			rule: TRANSLATION_MISMATCH,
		});
	};
	const a = original.data;
	const b = translation.data;
	if (a.kind !== b.kind) atField(['kind'], `в оригинале kind: ${a.kind}, в переводе ${b.kind}`);
	for (const field of ['topics', 'people', 'sources'] as const) {
		const difference = setDifference(a[field], b[field]);
		if (difference) atField([field], difference);
	}
	const cited = setDifference(original.body.citations, translation.body.citations);
	if (cited) inBody(`ссылки :cite на источники: ${cited}`);
	const kinds = { timeline: 'хроники ::timeline', chart: 'диаграммы ::chart', map: 'карты ::map' };
	for (const [kind, name] of Object.entries(kinds) as [keyof typeof kinds, string][]) {
		const difference = setDifference(embeds(original.body, kind), embeds(translation.body, kind));
		if (difference) inBody(`${name}: ${difference}`);
	}
	const boxes = new Map((translation.body.factBoxes ?? []).map((box) => [box.id, box]));
	const boxIds = setDifference(
		(original.body.factBoxes ?? []).map((box) => box.id),
		boxes.keys(),
	);
	if (boxIds) inBody(`справки :::factbox: ${boxIds}`);
	for (const box of original.body.factBoxes ?? []) {
		const own = boxes.get(box.id);
		const difference = own && factBoxDifference(box, own, lang);
		if (difference) inBody(difference, own.line);
	}
	if ((a.factCheck?.reviewed ?? '') !== (b.factCheck?.reviewed ?? ''))
		atField(
			['factCheck', 'reviewed'],
			`в оригинале проверяется ${a.factCheck?.reviewed ?? 'ничего'}, в переводе ${b.factCheck?.reviewed ?? 'ничего'}`,
		);
	const claims = a.factCheck?.claims ?? [];
	const ownClaims = b.factCheck?.claims ?? [];
	if (claims.length !== ownClaims.length) {
		atField(
			['factCheck', 'claims'],
			`в оригинале утверждений: ${claims.length}, в переводе: ${ownClaims.length}`,
		);
	} else {
		claims.forEach((claim, index) => {
			if (claim.verdict !== ownClaims[index]!.verdict)
				atField(
					['factCheck', 'claims', index, 'verdict'],
					`в оригинале verdict ${claim.verdict}, в переводе ${ownClaims[index]!.verdict}`,
				);
		});
	}
	const fixes = setDifference(corrections(a), corrections(b));
	if (fixes)
		atField(
			['updates'],
			`исправления (correction: true) с теми же датами at, что в оригинале: ${fixes}`,
		);
	return problems;
}

/** The `id` of a list item that has one (a timeline's event). */
const idOf = (item: unknown): unknown =>
	item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;

/** How the words of a translated data entry differ in shape from the original's, as located problems. */
function compareEntry(
	collection: ComparedCollection,
	original: ComparedEntry,
	translation: ComparedEntry,
	lineOf: TranslationCheckInput['lineOf'],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const { file } = translation;
	const report = (path: PropertyKey[], message: string) => {
		problems.push({
			file,
			line: lineOf(file, path),
			field: formatFieldPath(path) || undefined,
			message: `${message} (оригинал — ${original.file})`,
			rule: TRANSLATION_MISMATCH,
		});
	};
	const walk = (a: unknown, b: unknown, path: PropertyKey[]) => {
		if (Array.isArray(b)) {
			if (!Array.isArray(a)) return;
			if (a.length !== b.length) {
				report(
					path,
					`в оригинале элементов: ${a.length}, в переводе: ${b.length}; в переводе те же элементы в том же порядке`,
				);
				return;
			}
			// Items are matched by position; a list in another order is one mistake, said once.
			const moved = b.findIndex((item: unknown, index) => idOf(item) !== idOf(a[index]));
			if (moved !== -1) {
				report(
					[...path, moved, 'id'],
					`на этом месте в оригинале «${String(idOf(a[moved]))}», в переводе «${String(idOf(b[moved]))}»; в переводе те же элементы в том же порядке`,
				);
				return;
			}
			b.forEach((item, index) => {
				walk(a[index], item, [...path, index]);
			});
			return;
		}
		if (b === null || typeof b !== 'object' || a === null || typeof a !== 'object') return;
		const own = a as Record<string, unknown>;
		const words = b as Record<string, unknown>;
		for (const key of objectKeysAt(collection.schema, path)) {
			const here = [...path, key];
			if (own[key] === undefined && words[key] !== undefined)
				report(here, `в оригинале нет поля ${key}: переводить нечего — уберите его`);
			else if (own[key] !== undefined && words[key] === undefined)
				report(here.slice(0, -1), `нет перевода поля ${key}, которое есть в оригинале`);
			else walk(own[key], words[key], here);
		}
	};
	walk(original.data, translation.data, []);
	return problems;
}

/** What each kind of embed is: its folder, and its name in a message (accusative). */
const EMBEDS = {
	timeline: { folder: 'timelines', name: 'хронику' },
	chart: { folder: 'charts', name: 'диаграмму' },
	map: { folder: 'maps', name: 'карту' },
} as const;

/**
 * The timelines, charts and maps an English article embeds that have no English words, as one
 * problem at the first of them: its page would show them in Russian. Only checked for the
 * collections the input has.
 */
function untranslatedEmbeds(
	article: ComparedArticle,
	translated: ReadonlyMap<string, ReadonlySet<string>>,
): ContentProblem[] {
	const missing = article.body.references.filter((reference) => {
		if (!(reference.kind in EMBEDS)) return false;
		const ids = translated.get(EMBEDS[reference.kind as keyof typeof EMBEDS].folder);
		return ids !== undefined && !ids.has(reference.id);
	});
	const [first] = missing;
	if (!first) return [];
	const named = missing.map(
		(reference) => `${EMBEDS[reference.kind as keyof typeof EMBEDS].name} ${reference.id}`,
	);
	const commands = missing.map(
		(reference) => `npm run new -- translation ${reference.kind} ${reference.id}`,
	);
	return [
		{
			file: article.file,
			line: first.line,
			column: first.column,
			message: `статья вставляет ещё не переведённое: ${named.join(', ')} — на английской странице это было бы по-русски; сначала переведите: ${commands.join('; ')}`,
			rule: 'razbor:untranslated-embed',
		},
	];
}

/**
 * The glossary terms an English article links to that have no English words, as one problem at
 * the first link: `:term` leads to the English glossary, where such a term would be in Russian.
 * Only checked when the input has the glossary.
 */
function untranslatedTerms(
	article: ComparedArticle,
	translated: ReadonlyMap<string, ReadonlySet<string>>,
): ContentProblem[] {
	const terms = translated.get('glossary');
	if (terms === undefined) return [];
	const missing = article.body.references.filter(
		(reference) => reference.kind === 'term' && !terms.has(reference.id),
	);
	const [first] = missing;
	if (!first) return [];
	const ids = [...new Set(missing.map(({ id }) => id))];
	const commands = ids.map((id) => `npm run new -- translation term ${id}`);
	return [
		{
			file: article.file,
			line: first.line,
			column: first.column,
			message: `статья ссылается на термины, ещё не переведённые для английского глоссария: ${ids.join(', ')} — там они были бы по-русски; сначала переведите: ${commands.join('; ')}`,
			rule: 'razbor:untranslated-term',
		},
	];
}

/**
 * Every difference between a translation and its original that a reader must not see (issue 20):
 * an article's kind, topics, people and sources, the sources its body cites, the timelines,
 * charts and maps it embeds, its fact boxes with their figures and verdicts, its fact-check's
 * claims and verdicts and the times of its corrections; a data entry's lists (same length, same
 * ids in the same order) and which texts it has; and an English article's timelines, charts,
 * maps and glossary terms without English words. A translation without an original is refused where the files are
 * read (src/loaders/content-files.ts).
 */
export function findTranslationProblems(input: TranslationCheckInput): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const lineOf = (file: string, path: readonly PropertyKey[]) => input.lineOf(file, path);
	const translated = new Map(
		input.data.map((collection) => [
			collection.folder,
			new Set(collection.translations.map(({ id }) => id)),
		]),
	);
	for (const translation of input.articles.translations) {
		const original = input.articles.originals.get(translation.id);
		if (original) problems.push(...compareArticle(original, translation, lineOf));
		problems.push(...untranslatedEmbeds(translation, translated));
		problems.push(...untranslatedTerms(translation, translated));
	}
	for (const collection of input.data) {
		for (const translation of collection.translations) {
			const original = collection.originals.get(translation.id);
			if (original) problems.push(...compareEntry(collection, original, translation, lineOf));
		}
	}
	return problems;
}

/**
 * An entry in a translation's language: the original's data with its words replaced by the
 * translation's, field by field and item by item; ids, dates, numbers and sources stay the
 * original's, written once (issue 20).
 */
export function mergeTranslation<T>(original: T, words: unknown): T {
	if (words === undefined) return original;
	if (Array.isArray(original) && Array.isArray(words))
		return original.map((item: unknown, index) => mergeTranslation(item, words[index])) as T;
	if (
		original !== null &&
		typeof original === 'object' &&
		!(original instanceof Date) &&
		words !== null &&
		typeof words === 'object'
	) {
		const merged: Record<string, unknown> = { ...(original as Record<string, unknown>) };
		for (const [key, value] of Object.entries(words as Record<string, unknown>))
			merged[key] = mergeTranslation(merged[key], value);
		return merged as T;
	}
	return typeof original === typeof words ? (words as T) : original;
}

/** The entries of one collection that exist in one language only: the originals without a translation. */
export interface UntranslatedEntries {
	/** Folder of the collection, e.g. `people`. */
	folder: string;
	/** Ids with no translation into `lang`, in the order given. */
	ids: string[];
}

/**
 * For each collection, the originals with no translation, in the order given (collections where
 * every entry is translated are left out): what `npm run check:content` lists as a notice.
 */
export function findUntranslated(
	collections: readonly {
		folder: string;
		originals: Iterable<string>;
		translated: Iterable<string>;
	}[],
): UntranslatedEntries[] {
	return collections.flatMap(({ folder, originals, translated }) => {
		const done = new Set(translated);
		const ids = [...originals].filter((id) => !done.has(id));
		return ids.length > 0 ? [{ folder, ids }] : [];
	});
}
