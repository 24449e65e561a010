/**
 * Synthetic articles for `npm run bench:build`: valid Russian news pieces that use every feature
 * of the edition (fact boxes with cited figures, timelines, charts, citations, term links, people,
 * topics, listed sources, an updates log with corrections), generated from a fixed vocabulary
 * with a seeded generator. The same count and options always give the same files, and article
 * `i` does not depend on how many articles are generated.
 */
import { ARTICLE_KINDS } from '../../src/schemas/article.ts';
import { itemSeed, seededRandom, type Random } from './seeded-random.ts';
import * as words from './vocabulary.ts';

/** The ids an article may refer to, read from the content folders it will be built with. */
export interface ContentCatalog {
	sources: readonly string[];
	people: readonly string[];
	topics: readonly string[];
	timelines: readonly string[];
	charts: readonly string[];
	/** Glossary ids with the term as written in the glossary, used as the link text. */
	terms: readonly { id: string; term: string }[];
}

/** Options of {@link generateArticles}. */
export interface SyntheticOptions {
	/** Where the ids come from; every reference is drawn from these lists. */
	catalog: ContentCatalog;
	/** Target number of words in each body, 1200 by default. */
	words?: number;
	/** Seed of the whole set; 1 by default. */
	seed?: number;
}

/** One generated file of `articles/`: `name` is `<slug>.md`. */
export interface GeneratedArticle {
	name: string;
	text: string;
}

/** Defaults of {@link SyntheticOptions}. */
export const SYNTHETIC_DEFAULTS = Object.freeze({ words: 1200, seed: 1 });

// Limits of src/schemas/article.ts, kept with a margin so a long draw is redrawn, not cut.
const TITLE_MAX = 120;
const DEK_MAX = 300;
const KEY_POINT_MAX = 240;

/** The first article's publication (UTC); the rest follow about every six hours. */
const FIRST_PUBLISHED = Date.UTC(2025, 2, 15, 6, 0);
const HOUR = 3_600_000;

/** Words a reader reads in a line of prose: tokens with a letter or digit. */
function wordCount(text: string): number {
	return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A Russian decimal such as «6,3» or «12». */
function decimal(random: Random, min: number, max: number): string {
	const value = random.int(min * 10, max * 10) / 10;
	return String(value).replace('.', ',');
}

/** `2025-03-15T09:00:00+03:00`: Moscow time with its offset, as editors write it. */
function moscowDateTime(utcMs: number): string {
	return `${new Date(utcMs + 3 * HOUR).toISOString().slice(0, 16)}:00+03:00`;
}

/** Draws until `make()` fits within `max` characters; the generator is seeded, so this is stable. */
function fitting(make: () => string, max: number): string {
	for (let attempt = 0; attempt < 100; attempt++) {
		const text = make();
		if (text.length <= max) return text;
	}
	throw new Error(`no draw fits in ${max} characters`);
}

/** A plain statement: «Стороны обсудили повестку визита в Минске». */
function actionSentence(random: Random): string {
	const opener = random.chance(0.3) ? `${random.pick(words.CONNECTORS)} ` : '';
	const clause = `${random.pick(words.SUBJECTS)} ${random.pick(words.VERBS)} ${random.pick(words.OBJECTS)} ${random.pick(words.CIRCUMSTANCES)}`;
	return `${capitalize(opener + clause)}.`;
}

/** A figure with its origin: «По данным таможенной службы, экспорт вырос на 6,3 % с начала года». */
function figureSentence(random: Random): string {
	const change = `${random.pick(words.CHANGES)} на ${decimal(random, 1, 40)} %`;
	if (random.chance(0.5))
		return `По данным ${random.pick(words.SOURCES_OF_WORDS)}, ${change} ${random.pick(words.PERIODS)}.`;
	return `В ${random.int(2019, 2024)} году ${change}, следует из данных ${random.pick(words.SOURCES_OF_WORDS)}.`;
}

/** One sentence of body prose, of one of several shapes, with its final punctuation. */
function proseSentence(random: Random): string {
	const shape = random.int(0, 9);
	if (shape <= 3) return actionSentence(random);
	if (shape <= 5) return figureSentence(random);
	if (shape === 6)
		return `При этом ${random.pick(words.SUBJECTS)} ${random.pick(words.SAYING)}, что ${random.pick(words.STATEMENTS)}.`;
	if (shape === 7)
		return `${random.pick(words.EVALUATIONS)}: ${random.pick(words.SUBJECTS)} ${random.pick(words.VERBS)} ${random.pick(words.OBJECTS)}.`;
	if (shape === 8) return `«${random.pick(words.QUOTES)}», — ${random.pick(words.SPEAKERS)}.`;
	return `${capitalize(random.pick(words.STATEMENTS))}, ${random.pick(words.ATTRIBUTIONS)}.`;
}

/** `sentence` with a citation before its final mark, as editors place them. */
function cited(sentence: string, source: string): string {
	return `${sentence.slice(0, -1)} :cite{#${source}}${sentence.slice(-1)}`;
}

/** What one article may cite and link to, drawn once per article. */
interface ArticleRefs {
	cited: string[];
	terms: { id: string; term: string }[];
}

/** Appends blocks to a body and counts the words a reader reads in them. */
interface BodyWriter {
	blocks: string[];
	words(): number;
	add(block: string, readable?: string): void;
	/** A paragraph of 3 to 5 sentences; about a third of them cite a source. */
	paragraph(): void;
	/** A sentence that links a glossary term, in the nominative as the glossary writes it. */
	termSentence(): void;
	/** A fact box: figures with a citation each, then one item without digits and without one. */
	factBox(box: { id: string; title: string }): void;
}

function bodyWriter(random: Random, refs: ArticleRefs): BodyWriter {
	const blocks: string[] = [];
	let count = 0;
	const add = (block: string, readable = block) => {
		blocks.push(block);
		count += wordCount(readable);
	};
	return {
		blocks,
		words: () => count,
		add,
		paragraph() {
			const sentences = Array.from({ length: random.int(3, 5) }, () => proseSentence(random));
			add(
				sentences
					.map((sentence) =>
						random.chance(0.35) ? cited(sentence, random.pick(refs.cited)) : sentence,
					)
					.join(' '),
				sentences.join(' '),
			);
		},
		termSentence() {
			const { id, term } = random.pick(refs.terms);
			const [before, after] = random.chance(0.5)
				? ['Ключевое понятие в этой истории — ', '.']
				: ['Что такое ', ', объясняем в словаре «Разбора».'];
			add(`${before}:term[${term}]{#${id}}${after}`, `${before}${term}${after}`);
		},
		factBox(box) {
			const figures = Array.from({ length: random.int(3, 5) }, () => ({
				value: random.pick([
					`${decimal(random, 1, 60)} %`,
					`$${decimal(random, 1, 60)} млрд`,
					`${random.int(2, 900)} млн тонн`,
					`${random.int(2, 90)} тыс. человек`,
				]),
				text: random.pick(words.FIGURE_NOTES),
			}));
			const plain = random.pick(words.WORD_FACTS);
			const items = [
				...figures.map(
					({ value, text }) => `- **${value}** — ${text} :cite{#${random.pick(refs.cited)}}`,
				),
				`- **${plain.value}** — ${plain.text}`,
			];
			const readable = [box.title, ...figures, plain].map((item) =>
				typeof item === 'string' ? item : `${item.value} ${item.text}`,
			);
			add([`:::factbox[${box.title}]{#${box.id}}`, ...items, ':::'].join('\n'), readable.join(' '));
		},
	};
}

/** The body: a lead, then 3 to 6 `##` sections holding the fact boxes, a timeline and a chart. */
function articleBody(
	random: Random,
	catalog: ContentCatalog,
	refs: ArticleRefs,
	target: number,
): string {
	const writer = bodyWriter(random, refs);
	writer.paragraph();
	writer.termSentence();
	const headings = random.sample(
		words.HEADINGS,
		Math.min(6, Math.max(3, Math.round(target / 250))),
	);
	const boxes = random.sample(words.FACT_BOXES, 2);
	// Embeds go into the first sections, so even a short body has every directive.
	const embeds: (() => void)[] = [
		() => {
			writer.factBox(boxes[0]!);
		},
		() => {
			writer.add(`::timeline{#${random.pick(catalog.timelines)}}`, '');
		},
		() => {
			writer.add(`::chart{#${random.pick(catalog.charts)}}`, '');
		},
		() => {
			writer.factBox(boxes[1]!);
		},
	];
	headings.forEach((heading, section) => {
		writer.add(`## ${heading}`);
		writer.paragraph();
		embeds[section]?.();
		if (section === headings.length - 1) writer.termSentence();
		// Spread the words left over the sections left, at least one paragraph each.
		const goal = writer.words() + (target - writer.words()) / (headings.length - section);
		while (writer.words() < goal - 40) writer.paragraph();
	});
	return writer.blocks.join('\n\n');
}

/** A headline of one of three shapes, up to 120 characters. */
function headline(random: Random): string {
	return fitting(() => {
		const shape = random.int(0, 2);
		if (shape === 0)
			return `${random.pick(words.RUBRICS)}: ${random.pick(words.SUBJECTS)} ${random.pick(words.VERBS)} ${random.pick(words.OBJECTS)}`;
		if (shape === 1) return `Почему ${random.pick(words.CHANGES)} ${random.pick(words.PERIODS)}`;
		return `${random.pick(words.RUBRICS)}: ${random.pick(words.STATEMENTS)}`;
	}, TITLE_MAX);
}

/** One entry of the updates log as written: a moment, a note, and whether it corrects an error. */
interface ArticleUpdateLine {
	at: number;
	note: string;
	correction: boolean;
}

/** A YAML list written in flow style, as editors write short id lists: `[a, b]`. */
function idList(ids: readonly string[]): string {
	return `[${ids.join(', ')}]`;
}

/** Frontmatter lines; free text is double-quoted (JSON is valid YAML), so a colon is safe. */
function frontmatter(
	index: number,
	random: Random,
	refs: ArticleRefs,
	catalog: ContentCatalog,
): string[] {
	const published = FIRST_PUBLISHED + index * 6 * HOUR + random.int(0, 300) * 60_000;
	const lines = [
		`title: ${JSON.stringify(headline(random))}`,
		`dek: ${JSON.stringify(fitting(() => `${actionSentence(random)} ${capitalize(random.pick(words.STATEMENTS))}.`, DEK_MAX))}`,
		`kind: ${ARTICLE_KINDS[index % ARTICLE_KINDS.length]!}`,
		`published: ${moscowDateTime(published)}`,
	];
	// Every article has a log; every third ends with a correction.
	let at = published;
	const updates = Array.from({ length: random.int(1, 3) }, (): ArticleUpdateLine => {
		at += random.int(1, 30) * HOUR;
		return { at, note: random.pick(words.UPDATE_NOTES), correction: false };
	});
	if (index % 3 === 0) {
		const last = updates.at(-1)!;
		last.note = random.pick(words.CORRECTION_NOTES);
		last.correction = true;
	}
	if (index % 4 === 1) lines.push(`updated: ${moscowDateTime(at + HOUR)}`);
	lines.push('updates:');
	for (const update of updates) {
		lines.push(`  - at: ${moscowDateTime(update.at)}`, `    note: ${JSON.stringify(update.note)}`);
		if (update.correction) lines.push('    correction: true');
	}
	const keyPoints = Array.from({ length: random.int(3, 6) }, () =>
		fitting(
			() => (random.chance(0.5) ? actionSentence(random) : figureSentence(random)),
			KEY_POINT_MAX,
		),
	);
	lines.push('keyPoints:', ...keyPoints.map((point) => `  - ${JSON.stringify(point)}`));
	// Listed sources include one the body does not cite, as editors list background reading.
	const uncited = catalog.sources.filter((id) => !refs.cited.includes(id));
	lines.push(
		`topics: ${idList(random.sample(catalog.topics, random.int(1, 2)))}`,
		`people: ${idList(random.sample(catalog.people, random.int(1, 3)))}`,
		`sources: ${idList([refs.cited[0]!, ...random.sample(uncited, 1)])}`,
	);
	return lines;
}

/** A file name (slug) in Latin kebab-case, unique by its number. */
function slug(index: number, random: Random): string {
	const [first, second] = random.sample(words.SLUG_WORDS, 2);
	return `${first!}-${second!}-${String(index + 1).padStart(5, '0')}`;
}

/** Article number `index` of the set (0-based); the same whatever the size of the set. */
export function generateArticle(index: number, options: SyntheticOptions): GeneratedArticle {
	const { catalog } = options;
	const target = options.words ?? SYNTHETIC_DEFAULTS.words;
	const random = seededRandom(itemSeed(options.seed ?? SYNTHETIC_DEFAULTS.seed, index));
	const refs: ArticleRefs = {
		cited: random.sample(catalog.sources, random.int(3, 6)),
		terms: random.sample(catalog.terms, 2),
	};
	const name = `${slug(index, random)}.md`;
	const head = frontmatter(index, random, refs, catalog);
	const body = articleBody(random, catalog, refs, target);
	return { name, text: ['---', ...head, '---', '', body, ''].join('\n') };
}

/** `count` articles, numbered from 0. */
export function generateArticles(count: number, options: SyntheticOptions): GeneratedArticle[] {
	return Array.from({ length: count }, (_, index) => generateArticle(index, options));
}

/**
 * A stand-in for the English translation of a generated article (`content/articles/en/<name>`),
 * to time a build of both editions: the same file with its decimals written the English way
 * («6.3», not «6,3»), so that the build's comparison with the original — cited sources, embeds,
 * fact-box figures read as numbers, corrections — passes. Its words stay Russian: what is measured
 * is the build's work per file (Markdown, directives, English typography, the English pages, cards
 * and feeds), not the prose.
 */
export function englishStandIn(article: GeneratedArticle): GeneratedArticle {
	return { name: article.name, text: article.text.replace(/(\d),(\d)/g, '$1.$2') };
}

/**
 * The article after an editor's change, for the rebuild benchmark: a new headline (so its share
 * image must be drawn again) and one more paragraph; nothing else in the site's input changes.
 */
export function reviseArticle(article: GeneratedArticle, seed = 1): GeneratedArticle {
	const random = seededRandom(itemSeed(seed, -1));
	const title = `title: ${JSON.stringify(fitting(() => `Обновлено: ${headline(random)}`, TITLE_MAX))}`;
	const text = article.text
		.replace(/^title: .*$/m, title)
		.replace(/\n*$/, `\n\n${actionSentence(random)}\n`);
	return { name: article.name, text };
}
