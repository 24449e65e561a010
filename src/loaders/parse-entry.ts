import { basename, extname } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../problems/content-error.ts';
import { fenceAfterBlankLines, splitFrontmatter } from '../problems/frontmatter.ts';
import { objectKeysAt, problemsFromIssues } from '../problems/schema-problems.ts';
import { parseYaml, type YamlDocument } from '../problems/yaml-document.ts';
import {
	ARTICLE_SCHEMAS,
	ENGLISH_BYLINE,
	type Article,
	type Language,
} from '../schemas/article.ts';
import { ID_PATTERN } from '../schemas/common.ts';

/** The outcome of reading one content file: its value, or why it is wrong. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/** The id of an entry: its file name without the extension, checked to be Latin kebab-case. */
export function idFromFile(file: string): ParseResult<string> {
	const id = basename(file, extname(file));
	if (ID_PATTERN.test(id)) return { ok: true, value: id };
	return {
		ok: false,
		problems: [
			{
				file,
				message: `имя файла «${id}» не годится для адреса: нужны строчные латинские буквы, цифры и дефисы, например lukashenko-visit`,
				rule: 'razbor:file-name',
			},
		],
	};
}

/** The files of one folder that can become entries, each with its id, and why the others cannot. */
export interface IdentifiedFiles<F extends { display: string }> {
	/** Files whose name is a valid id not taken by an earlier file, in the order given. */
	entries: { id: string; file: F }[];
	/** A file name that is no id, or an id that an earlier file of the folder already has. */
	problems: ContentProblem[];
}

/**
 * Gives each file of a folder its id (see {@link idFromFile}); a second file with the same id
 * (`putin.yaml` beside `putin.yml`) is refused and left out.
 */
export function identifyFiles<F extends { display: string }>(
	files: readonly F[],
): IdentifiedFiles<F> {
	const entries: { id: string; file: F }[] = [];
	const problems: ContentProblem[] = [];
	const seen = new Map<string, string>();
	for (const file of files) {
		const id = idFromFile(file.display);
		if (!id.ok) {
			problems.push(...id.problems);
			continue;
		}
		const other = seen.get(id.value);
		if (other) {
			problems.push({
				file: file.display,
				message: `id «${id.value}» уже занят файлом ${other}`,
				rule: 'razbor:duplicate-id',
			});
			continue;
		}
		seen.set(id.value, file.display);
		entries.push({ id: id.value, file });
	}
	return { entries, problems };
}

function validate<S extends z.ZodType>(
	file: string,
	schema: S,
	document: YamlDocument,
	original?: z.ZodType,
): ParseResult<z.output<S>> {
	if (document.errors.length > 0) {
		return {
			ok: false,
			problems: document.errors.map((error) => ({
				file,
				line: error.line,
				column: error.column,
				message: error.message,
				rule: 'razbor:yaml',
			})),
		};
	}
	if (document.data === null || typeof document.data !== 'object' || Array.isArray(document.data)) {
		return {
			ok: false,
			problems: [
				{
					file,
					line: 1,
					message: 'файл должен содержать набор полей «имя: значение»',
					rule: 'razbor:yaml',
				},
			],
		};
	}
	const parsed = schema.safeParse(document.data, { reportInput: true });
	if (parsed.success) return { ok: true, value: parsed.data };
	return {
		ok: false,
		problems: problemsFromIssues(
			file,
			parsed.error.issues,
			document,
			'razbor:schema',
			(path) => objectKeysAt(schema, path),
			original && ((path) => objectKeysAt(original, path)),
		),
	};
}

/**
 * Reads a YAML data file (`content/people/putin.yaml`) against its schema. For a translation
 * (`content/people/en/putin.yaml`), `schema` is its translation schema and `original` the
 * original's, so that a shared field written again is named as such.
 */
export function parseDataFile<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S,
	original?: z.ZodType,
): ParseResult<z.output<S>> {
	return validate(file, schema, parseYaml(text), original);
}

/** An article file read and validated, with its body ready for rendering. */
export interface ParsedArticle {
	data: Article;
	/** The body as written, trimmed (for reading time and search). */
	body: string;
	/** The body padded with empty lines where the frontmatter was, so Markdown positions are file lines. */
	bodyAtFileLines: string;
}

/** What {@link parseArticleFile} needs to know about the rest of the project. */
export interface ArticleFileContext {
	/** Whether an image path relative to the article's file, such as `./images/a.jpg`, exists. */
	imageFileExists(path: string): boolean;
	/**
	 * The language of the folder the file lies in: `ru` for `content/articles/`, `en` for
	 * `content/articles/en/`; Russian by default.
	 */
	lang?: Language | undefined;
}

/**
 * The frontmatter of an article in the folder of `lang`: `lang` is the folder's (written or not;
 * another value is a problem), and an English article without a byline gets the English one.
 */
function withFolderLanguage(
	file: string,
	document: YamlDocument,
	lang: Language,
): ContentProblem | undefined {
	const data = document.data;
	if (lang === 'ru' || data === null || typeof data !== 'object' || Array.isArray(data)) return;
	const fields = data as Record<string, unknown>;
	if (fields['lang'] !== undefined && fields['lang'] !== lang) {
		return {
			file,
			line: document.lineOf(['lang']),
			field: 'lang',
			message: `статья лежит в папке ${lang}/ и написана на языке ${lang}: уберите lang или напишите lang: ${lang}`,
			rule: 'razbor:schema',
		};
	}
	fields['lang'] = lang;
	fields['byline'] ??= ENGLISH_BYLINE;
	return undefined;
}

/**
 * Reads `content/articles/<slug>.md` (or a translation, `content/articles/en/<slug>.md`):
 * frontmatter against the article schema of its language, hero image on disk.
 */
export function parseArticleFile(
	file: string,
	text: string,
	context: ArticleFileContext,
): ParseResult<ParsedArticle> {
	const split = splitFrontmatter(text);
	const late = split ? undefined : fenceAfterBlankLines(text);
	if (late) {
		return {
			ok: false,
			problems: [
				{
					file,
					line: 1,
					message: `перед шапкой пустая строка: строка --- должна быть самой первой в файле, а сейчас она на строке ${late}; удалите пустые строки над ней`,
					rule: 'razbor:frontmatter',
				},
			],
		};
	}
	if (!split) {
		return {
			ok: false,
			problems: [
				{
					file,
					line: 1,
					message: 'нет шапки: файл должен начинаться со строки ---, затем поля, затем снова ---',
					rule: 'razbor:frontmatter',
				},
			],
		};
	}
	const document = parseYaml(split.yaml, split.yamlFirstLine);
	const lang = context.lang ?? 'ru';
	const wrongLanguage = withFolderLanguage(file, document, lang);
	if (wrongLanguage) return { ok: false, problems: [wrongLanguage] };
	const result = validate(file, ARTICLE_SCHEMAS[lang], document);
	if (!result.ok) return result;
	const hero = result.value.hero;
	if (hero && !context.imageFileExists(hero.src)) {
		const line = document.lineOf(['hero', 'src']);
		return {
			ok: false,
			problems: [
				{
					file,
					line,
					field: 'hero.src',
					message: `файла ${hero.src} нет; путь считается от файла статьи`,
					rule: 'razbor:missing-file',
				},
			],
		};
	}
	const body = split.body.trim();
	if (!body)
		return {
			ok: false,
			problems: [
				{
					file,
					line: split.closingLine,
					message: 'у статьи нет текста после шапки',
					rule: 'razbor:empty-body',
				},
			],
		};
	return { ok: true, value: { data: result.value, body, bodyAtFileLines: split.body } };
}
