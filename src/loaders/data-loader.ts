import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { assertNoProblems, type ContentProblem } from '../lib/content-error.ts';
import {
	contentRoot,
	pipelineFingerprint,
	projectPath,
	readContentFiles,
	watchFolder,
} from './content-files.ts';
import { idFromFile, parseDataFile } from './parse-entry.ts';

/** Options of {@link dataLoader}. */
export interface DataLoaderOptions<S extends z.ZodType> {
	/** Folder under `content/`, e.g. `people`. */
	folder: string;
	/** Schema each file is validated against. */
	schema: S;
}

/**
 * Loads one YAML file per entry from `content/<folder>/`; the file name is the id. Every file is
 * checked and all problems are reported together, with file, line and field; any problem stops
 * the build.
 */
export function dataLoader<S extends z.ZodType>({ folder, schema }: DataLoaderOptions<S>): Loader {
	return {
		name: `razbor-${folder}`,
		load: async (context) => {
			const { config, store } = context;
			const directory = join(contentRoot(config.root), folder);
			const sync = async () => {
				const files = await readContentFiles(directory, ['.yaml', '.yml']);
				const fingerprint = await pipelineFingerprint(config.root);
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
					const digest = context.generateDigest(fingerprint + file.text);
					if (store.get(id.value)?.digest === digest) continue;
					const parsed = parseDataFile(file.display, file.text, schema);
					if (!parsed.ok) {
						problems.push(...parsed.problems);
						continue;
					}
					store.set({
						id: id.value,
						data: parsed.value as Record<string, unknown>,
						digest,
						filePath: projectPath(config.root, file.absolute),
					});
				}
				for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
				assertNoProblems(problems);
			};
			await sync();
			watchFolder(context, directory, sync);
		},
	};
}
