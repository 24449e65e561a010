import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { displayPath, TRANSLATED_FOLDERS } from '../../src/loaders/content-files.ts';
import { nearestName } from '../../src/format/nearest-name.ts';
import { toIsoDateTime } from '../../src/format/dates.ts';
import { splitFrontmatter } from '../../src/problems/frontmatter.ts';
import { objectKeysAt } from '../../src/problems/schema-problems.ts';
import { parseYaml } from '../../src/problems/yaml-document.ts';
import { ID_PATTERN } from '../../src/schemas/common.ts';
import { listContentFiles } from '../../src/loaders/content-files.ts';
import { basename, extname } from 'node:path';
import { CONTENT_COLLECTIONS, type ContentCollection } from '../content-schemas/collections.ts';
import type { NewEntryResult } from './create-entry.ts';
import { ENTRY_KINDS, isEntryKind } from './templates.ts';

/** What `npm run new -- translation <kind> <id>` was asked for. */
export interface NewTranslationRequest {
	/** The kind of the original as typed: `article`, `person`, … */
	kind: string | undefined;
	/** The original's id, as typed. */
	id: string | undefined;
	/** The content folder (`content/`, or RAZBOR_CONTENT_DIR). */
	contentDir: string;
	/** The moment the file is made: the English article's `published`. */
	now: Date;
}

/** The language of the translations `npm run new` starts (issue 20). */
const LANG = 'en';

/** The fields of an article's frontmatter a translation starts from; the rest is its own or default. */
const ARTICLE_FIELDS = [
	'title',
	'shareTitle',
	'dek',
	'kind',
	'retrospective',
	'keyPoints',
	'topics',
	'people',
	'sources',
	'hero',
	'factCheck',
] as const;

/** Only the words of `data`, as the translation schema of `collection` has them, item for item. */
function wordsOf(data: unknown, collection: ContentCollection, path: PropertyKey[] = []): unknown {
	if (Array.isArray(data))
		return data.map((item, index) => wordsOf(item, collection, [...path, index]));
	if (data === null || typeof data !== 'object') return data;
	const keys = objectKeysAt(collection.english!, path);
	return Object.fromEntries(
		Object.entries(data as Record<string, unknown>)
			.filter(([key]) => keys.includes(key))
			.map(([key, value]) => [key, wordsOf(value, collection, [...path, key])]),
	);
}

/**
 * A number of a fact box value in English form, so that the comparison with the original reads
 * the same figure: «86,82 %» → «86.82 %», «1 000» → «1,000». The editor rewrites the words.
 */
function englishFigures(line: string): string {
	return line.replace(/\*\*[^*]+\*\*/, (value) =>
		value.replace(/(\d)[\u00a0\u202f ](?=\d{3}\b)/g, '$1,').replace(/(\d),(\d)/g, '$1.$2'),
	);
}

/** The English article's file: the original's shared frontmatter, its body to rewrite, a draft. */
function articleSkeleton(text: string, original: string, now: Date): string | undefined {
	const split = splitFrontmatter(text);
	const data = split && parseYaml(split.yaml).data;
	if (!split || data === null || typeof data !== 'object') return undefined;
	const fields = data as Record<string, unknown>;
	const frontmatter: Record<string, unknown> = {};
	for (const field of ARTICLE_FIELDS)
		if (fields[field] !== undefined) frontmatter[field] = fields[field];
	frontmatter['published'] = toIsoDateTime(now);
	// The original's corrections, at the same moments: the English text repeats them.
	const corrections = ((fields['updates'] ?? []) as { correction?: unknown }[]).filter(
		(entry) => entry.correction === true,
	);
	if (corrections.length > 0) frontmatter['updates'] = corrections;
	const hero = frontmatter['hero'] as { src?: unknown } | undefined;
	// The hero image stays beside the original: its path is one folder up from en/.
	if (hero && typeof hero.src === 'string' && hero.src.startsWith('./'))
		frontmatter['hero'] = { ...hero, src: `.${hero.src}` };
	frontmatter['draft'] = true;
	const body = split.body
		.trim()
		.split('\n')
		.map((line) => (line.startsWith('- **') ? englishFigures(line) : line))
		.join('\n');
	return [
		'---',
		`# Английская версия ${original}: перепишите по-английски заголовок, подзаголовок, «Главное»,`,
		'# заметки исправлений и текст; kind, topics, people, sources, ссылки :cite, хроники, диаграммы,',
		'# карты и справки (id, числа, verdict) — те же, что в оригинале. Когда текст готов, уберите draft.',
		stringify(frontmatter, { lineWidth: 0 }).trimEnd(),
		'---',
		'',
		body,
		'',
	].join('\n');
}

/**
 * Starts the English translation of an existing piece (issue 20) in `content/<folder>/en/<id>`:
 * for an article, a draft with the original's shared fields, its corrections at the same moments
 * and its body to rewrite; for a data entry, the original's words in the translation's shape.
 * Refuses an unknown kind, a kind without translations (sources), an original that does not
 * exist (naming the nearest id) and a translation that is already there.
 */
export async function createTranslation(request: NewTranslationRequest): Promise<NewEntryResult> {
	const { kind, id, contentDir, now } = request;
	const kinds = Object.keys(ENTRY_KINDS).filter((name) =>
		TRANSLATED_FOLDERS.includes(ENTRY_KINDS[name as keyof typeof ENTRY_KINDS].collection),
	);
	if (!kind || !isEntryKind(kind) || !kinds.includes(kind)) {
		return {
			ok: false,
			message: `Перевод чего? Можно ${kinds.join(', ')} (у источников переводов нет). Например: npm run new -- translation article kremlin-talks`,
		};
	}
	const collection = CONTENT_COLLECTIONS.find(
		(candidate) => candidate.name === ENTRY_KINDS[kind].collection,
	)!;
	const folder = join(contentDir, collection.folder);
	const original = collection.extensions
		.map((extension) => join(folder, `${id ?? ''}${extension}`))
		.find((file) => id && ID_PATTERN.test(id) && existsSync(file));
	if (!id || !original) {
		const ids = (await listContentFiles(folder, collection.extensions)).map((file) =>
			basename(file, extname(file)),
		);
		const nearest = id ? nearestName(id, ids) : undefined;
		return {
			ok: false,
			message: `Нечего переводить: в ${displayPath(folder)} нет файла ${id ?? '<id>'}${collection.extensions[0]}${nearest ? `; может быть, ${nearest}?` : ''}`,
		};
	}
	const file = join(folder, LANG, `${id}${collection.extensions[0]}`);
	const taken = collection.extensions
		.map((extension) => join(folder, LANG, `${id}${extension}`))
		.find((path) => existsSync(path));
	if (taken) return { ok: false, message: `Перевод ${displayPath(taken)} уже есть: откройте его` };
	const text = await readFile(original, 'utf8');
	const skeleton =
		collection.format === 'markdown'
			? articleSkeleton(text, displayPath(original), now)
			: [
					`# Английские слова для ${displayPath(original)}: переведите каждое значение; id, даты,`,
					'# числа и источники пишутся один раз, в оригинале.',
					stringify(wordsOf(parseYaml(text).data, collection), { lineWidth: 0 }).trimEnd(),
					'',
				].join('\n');
	if (!skeleton)
		return {
			ok: false,
			message: `В ${displayPath(original)} нет шапки: сначала исправьте оригинал`,
		};
	await mkdir(join(folder, LANG), { recursive: true });
	await writeFile(file, skeleton, { flag: 'wx' });
	return { ok: true, file: displayPath(file) };
}
