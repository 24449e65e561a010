import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, test } from 'vitest';
import { DATA_ENTRY_CODE } from '../../../src/cache/cache-kinds.ts';
import { folderLoader, type EntryReader } from '../../../src/loaders/folder-loader.ts';
import {
	onCollectionSynced,
	onEntryStored,
	type SyncedEntry,
} from '../../../src/loaders/synced-collections.ts';
import { ROOT, temporaryDirectory } from '../../helpers/build-site.ts';

let contentDir: string | undefined;
const previous = process.env['RAZBOR_CONTENT_DIR'];

afterEach(async () => {
	if (previous === undefined) delete process.env['RAZBOR_CONTENT_DIR'];
	else process.env['RAZBOR_CONTENT_DIR'] = previous;
	if (contentDir) await rm(contentDir, { recursive: true, force: true });
});

/** The parts of Astro's loader context the folder loader uses. */
function context(): LoaderContext {
	const entries = new Map<string, unknown>();
	return {
		config: { root: pathToFileURL(`${ROOT}/`) },
		store: {
			get: (id: string) => entries.get(id),
			set: (entry: { id: string }) => entries.set(entry.id, entry),
			keys: () => [...entries.keys()],
			values: () => [...entries.values()],
			delete: (id: string) => entries.delete(id),
		},
		generateDigest: (text: string) => String(text.length),
		logger: { error: () => undefined },
	} as unknown as LoaderContext;
}

describe('folderLoader', () => {
	test('names the file when reading it fails with a bug rather than a content mistake', async () => {
		contentDir = await temporaryDirectory('razbor-folder-loader-');
		await mkdir(join(contentDir, 'people'));
		await writeFile(join(contentDir, 'people/putin.yaml'), 'name: Путин\n');
		process.env['RAZBOR_CONTENT_DIR'] = contentDir;
		const loader = folderLoader({
			folder: 'people',
			extensions: ['.yaml'],
			code: DATA_ENTRY_CODE,
			createReader: () => Promise.resolve(() => Promise.reject(new TypeError('boom'))),
		});

		const failure = await loader.load(context()).then(
			() => undefined,
			(error: unknown) => error as Error,
		);

		expect(failure?.message).toMatch(/^при чтении \S*people\/putin\.yaml: TypeError: boom$/);
		expect(failure?.stack).toContain('TypeError: boom');
		expect(failure?.cause).toBeInstanceOf(TypeError);
	});

	test('announces each entry as it is stored, before the collection it belongs to', async () => {
		contentDir = await temporaryDirectory('razbor-folder-loader-');
		await mkdir(join(contentDir, 'people'));
		await writeFile(join(contentDir, 'people/putin.yaml'), 'name: Путин\n');
		await writeFile(join(contentDir, 'people/lukashenko.yaml'), 'name: Лукашенко\n');
		process.env['RAZBOR_CONTENT_DIR'] = contentDir;
		const heard: string[] = [];
		const stored: SyncedEntry[] = [];
		const stops = [
			onEntryStored((folder, entry) => {
				heard.push(`stored ${folder}/${entry.id}`);
				stored.push(entry);
			}),
			onCollectionSynced((folder) => heard.push(`synced ${folder}`)),
		];
		const loader = folderLoader({
			folder: 'people',
			extensions: ['.yaml'],
			code: DATA_ENTRY_CODE,
			createReader: () =>
				Promise.resolve((file) =>
					Promise.resolve({
						ok: true as const,
						value: { data: { name: file.text.trim() }, rendered: { html: '', metadata: { n: 1 } } },
					}),
				),
		});

		try {
			await loader.load(context());
		} finally {
			for (const stop of stops) stop();
		}

		expect(heard.toSorted()).toEqual([
			'stored people/lukashenko',
			'stored people/putin',
			'synced people',
		]);
		expect(heard.at(-1)).toBe('synced people');
		const putin = stored.find(({ id }) => id === 'putin');
		expect(putin?.data).toEqual({ name: 'name: Путин' });
		expect(putin?.metadata).toEqual({ n: 1 });
		expect(putin?.filePath).toMatch(/people\/putin\.yaml$/);
	});

	test("waits for the reader's background writes before the collection is synced, and fails with them", async () => {
		contentDir = await temporaryDirectory('razbor-folder-loader-');
		await mkdir(join(contentDir, 'people'));
		await writeFile(join(contentDir, 'people/putin.yaml'), 'name: Путин\n');
		process.env['RAZBOR_CONTENT_DIR'] = contentDir;
		const heard: string[] = [];
		const stop = onCollectionSynced((folder) => heard.push(`synced ${folder}`));
		const loaderWhoseWrites = (written: () => Promise<void>) =>
			folderLoader({
				folder: 'people',
				extensions: ['.yaml'],
				code: DATA_ENTRY_CODE,
				createReader: () => {
					const read: EntryReader = () =>
						Promise.resolve({ ok: true as const, value: { data: { name: 'Путин' } } });
					read.written = written;
					return Promise.resolve(read);
				},
			});

		try {
			await loaderWhoseWrites(async () => {
				await new Promise((resolve) => setTimeout(resolve, 20));
				heard.push('written');
			}).load(context());
			const failure = await loaderWhoseWrites(() => Promise.reject(new Error('диск полон')))
				.load(context())
				.then(
					() => undefined,
					(error: unknown) => error as Error,
				);

			expect(heard).toEqual(['written', 'synced people']);
			expect(failure?.message).toBe('диск полон');
		} finally {
			stop();
		}
	});
});
