import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import slugify from '@sindresorhus/slugify';
import { displayPath, listContentFiles } from '../../src/loaders/content-files.ts';
import { ID_PATTERN } from '../../src/schemas/common.ts';
import { contentCollection } from '../content-schemas/collections.ts';
import { schemaPath } from '../content-schemas/json-schema.ts';
import { ENTRY_KINDS, isEntryKind, renderTemplate } from './templates.ts';

/** What `npm run new` was asked for, and where. */
export interface NewEntryRequest {
	/** The kind as typed: `article`, `person`, … (anything, it is checked). */
	kind: string | undefined;
	/** The file name without extension, as typed. */
	slug: string | undefined;
	/** The content folder (`content/`, or RAZBOR_CONTENT_DIR). */
	contentDir: string;
	/** The repository root, where `content/.schemas/` lies. */
	projectRoot: string;
	/** The moment the file is made. */
	now: Date;
}

/** The file written, or why not, in Russian. */
export type NewEntryResult = { ok: true; file: string } | { ok: false; message: string };

const EXAMPLE = 'npm run new -- article lukashenko-visit';

/** The kinds an editor may type, for messages: `article, person, …`. */
const KIND_LIST = Object.keys(ENTRY_KINDS).join(', ');

/** Why `slug` cannot be a file name, with a valid name to try when one can be made from it. */
function slugProblem(slug: string, example: string): string {
	const suggestion = slugify(slug);
	const tryThis =
		suggestion && ID_PATTERN.test(suggestion)
			? `; например, ${suggestion}`
			: `, например ${example}`;
	return `«${slug}» не годится для имени файла: нужны строчные латинские буквы, цифры и дефисы, без пробелов${tryThis}`;
}

/** The id of the first source of the content folder, for templates that must cite one. */
async function firstSourceId(contentDir: string): Promise<string | undefined> {
	const sources = contentCollection('sources');
	const files = await listContentFiles(join(contentDir, sources.folder), sources.extensions);
	return files.map((file) => basename(file, extname(file))).find((id) => ID_PATTERN.test(id));
}

/**
 * Writes a new piece from its template (./templates.ts) into the content folder: refuses an
 * unknown kind, a name that is not a valid id, a name already taken by a file of the folder
 * (with any of its extensions), and a timeline or chart when there is no source to cite yet.
 */
export async function createEntry(request: NewEntryRequest): Promise<NewEntryResult> {
	const { kind, slug, contentDir, projectRoot, now } = request;
	if (!kind || !isEntryKind(kind)) {
		const what = kind ? `Не знаю, что такое «${kind}»` : 'Не сказано, что создать';
		return { ok: false, message: `${what}: можно ${KIND_LIST}. Например: ${EXAMPLE}` };
	}
	if (!slug) {
		return {
			ok: false,
			message: `Укажите имя файла латиницей после «${kind}», например: npm run new -- ${kind} ${ENTRY_KINDS[kind].example}`,
		};
	}
	if (!ID_PATTERN.test(slug))
		return { ok: false, message: slugProblem(slug, ENTRY_KINDS[kind].example) };

	const collection = contentCollection(ENTRY_KINDS[kind].collection);
	const folder = join(contentDir, collection.folder);
	const taken = collection.extensions
		.map((extension) => join(folder, `${slug}${extension}`))
		.find((file) => existsSync(file));
	if (taken) {
		return {
			ok: false,
			message: `Файл ${displayPath(taken)} уже есть: откройте его или выберите другое имя`,
		};
	}
	const sourceId = await firstSourceId(contentDir);
	if (!sourceId && (kind === 'timeline' || kind === 'chart')) {
		return {
			ok: false,
			message: `В ${displayPath(join(contentDir, 'sources'))} нет ни одного источника, а у каждого события и числа он нужен: сначала создайте источник, например npm run new -- source kremlin-talks`,
		};
	}

	const file = join(folder, `${slug}${collection.extensions[0]}`);
	const text = renderTemplate(kind, {
		now,
		sourceId: sourceId ?? '',
		schemaPath: relative(folder, join(projectRoot, schemaPath(collection)))
			.split(sep)
			.join('/'),
	});
	await mkdir(folder, { recursive: true });
	// `wx`: never overwrite, even a file that appeared since the check above.
	await writeFile(file, text, { flag: 'wx' });
	return { ok: true, file: displayPath(file) };
}
