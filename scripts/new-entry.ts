/**
 * `npm run new -- <kind> <name>`: starts a new piece from a template, with every field its
 * schema knows, comments saying what to write, today's date in Moscow time and, for an article,
 * `draft: true`. Kinds: article, person, source, term, timeline, chart, place, map, topic. The file goes to
 * `content/<folder>/<name>.md|.yaml` (or under RAZBOR_CONTENT_DIR); a taken or invalid name is
 * refused with a message saying why. Prints the path it wrote.
 * `npm run new -- translation <kind> <id>` starts the English translation of an existing piece
 * in `content/<folder>/en/<id>` (issue 20; ./new-entry/create-translation.ts).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentRoot } from '../src/loaders/content-files.ts';
import { createEntry } from './new-entry/create-entry.ts';
import { createTranslation } from './new-entry/create-translation.ts';
import { ENTRY_KINDS } from './new-entry/templates.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const USAGE = [
	'Как начать новый материал: npm run new -- <что> <имя-файла>',
	...Object.entries(ENTRY_KINDS).map(
		([kind, { title, collection }]) =>
			`  ${kind.padEnd(9)} ${title.toLowerCase()} → content/${collection}/`,
	),
	'Имя файла — латиницей: строчные буквы, цифры и дефисы, например lukashenko-visit.',
	'Перевод на английский: npm run new -- translation <что> <имя-файла-оригинала> → content/<папка>/en/',
].join('\n');

async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const translation = args[0] === 'translation';
	const [kind, slug, ...extra] = translation ? args.slice(1) : args;
	if (!kind || extra.length > 0) {
		console.error(USAGE);
		return 1;
	}
	let contentDir: string;
	try {
		contentDir = contentRoot(pathToFileURL(root));
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		return 1;
	}
	const result = translation
		? await createTranslation({ kind, id: slug, contentDir, now: new Date() })
		: await createEntry({ kind, slug, contentDir, projectRoot: root, now: new Date() });
	if (!result.ok) {
		console.error(result.message);
		return 1;
	}
	console.log(`${kind === 'article' ? 'Создан черновик' : 'Создан файл'}: ${result.file}`);
	return 0;
}

process.exitCode = await main();
