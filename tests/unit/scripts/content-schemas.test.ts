import { cp, mkdir, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	CONTENT_COLLECTIONS,
	contentCollection,
} from '../../../scripts/content-schemas/collections.ts';
import {
	caseInsensitivePattern,
	collectionJsonSchema,
	englishCollection,
	renderSchemaFiles,
	SCHEMA_FOLDER,
	schemaPath,
	type JsonSchema,
} from '../../../scripts/content-schemas/json-schema.ts';
import { HeroImageSchema } from '../../../src/schemas/article.ts';
import { DateTimeSchema, IdSchema } from '../../../src/schemas/common.ts';
import { PartialDateSchema } from '../../../src/schemas/partial-date.ts';
import { BASE_CONTENT, ROOT, temporaryDirectory } from '../../helpers/build-site.ts';
import { runNpm } from '../../helpers/npm.ts';

/** Every object schema's properties under `schema`, as `path → property schema`. */
function propertiesOf(schema: JsonSchema, path = ''): Map<string, JsonSchema> {
	const found = new Map<string, JsonSchema>();
	const visit = (node: unknown, at: string) => {
		if (!node || typeof node !== 'object') return;
		const json = node as JsonSchema;
		for (const [name, property] of Object.entries((json['properties'] ?? {}) as JsonSchema)) {
			found.set(`${at}${name}`, property as JsonSchema);
			visit(property, `${at}${name}.`);
		}
		visit(json['items'], `${at}[].`);
		for (const key of ['anyOf', 'oneOf', 'allOf'])
			for (const branch of (json[key] ?? []) as unknown[]) visit(branch, at);
	};
	visit(schema, path);
	return found;
}

/** The JSON Schema property at a dotted path of one collection, e.g. `hero.src`. */
function propertyAt(collection: string, path: string): JsonSchema {
	const property = propertiesOf(collectionJsonSchema(contentCollection(collection))).get(path);
	if (!property) throw new Error(`${collection} has no property ${path}`);
	return property;
}

/** Whether a JSON Schema `pattern` (ECMA-262, unanchored) matches `value`. */
const matches = (pattern: unknown, value: string) => new RegExp(String(pattern), 'u').test(value);

describe('JSON Schemas for editors (content/.schemas/)', () => {
	for (const file of renderSchemaFiles()) {
		test(`${file.path} is what the zod schemas generate (run npm run content:schemas)`, async () => {
			const committed = await readFile(join(ROOT, file.path), 'utf8');

			expect(committed).toBe(file.content);
		});
	}

	test('holds one schema per collection, one per collection with English files, and nothing else', async () => {
		const files = (await readdir(join(ROOT, SCHEMA_FOLDER))).sort();

		expect(files).toEqual(
			CONTENT_COLLECTIONS.flatMap((c) =>
				englishCollection(c)
					? [`${c.name}.schema.json`, `${c.name}-en.schema.json`]
					: [`${c.name}.schema.json`],
			).sort(),
		);
	});

	test('gives every field of every collection a description in Russian', () => {
		const undescribed: string[] = [];
		let count = 0;
		for (const collection of CONTENT_COLLECTIONS) {
			for (const [path, property] of propertiesOf(collectionJsonSchema(collection))) {
				count += 1;
				const description = property['description'];
				if (typeof description !== 'string' || !/[а-яё]{3}/i.test(description))
					undescribed.push(`${collection.name}: ${path}`);
			}
		}

		expect(undescribed).toEqual([]);
		// Nested fields (updates[].at, events[].date, bars[].value) are walked too.
		expect(count).toBeGreaterThan(60);
	});

	test('describes what an editor writes: draft-07, dates as strings, fields with a default optional', () => {
		const articles = collectionJsonSchema(contentCollection('articles'));

		expect(articles['$schema']).toBe('http://json-schema.org/draft-07/schema#');
		expect(propertyAt('articles', 'published')['type']).toBe('string');
		expect(articles['required']).toEqual(['title', 'dek', 'kind', 'published', 'keyPoints']);
		expect(propertyAt('articles', 'draft')).toMatchObject({ type: 'boolean', default: false });
		expect(articles['additionalProperties']).toBe(false);
	});

	test('marks repeated ids in a list, as the schema refuses them', () => {
		expect(propertyAt('articles', 'topics')['uniqueItems']).toBe(true);
		expect(propertyAt('timelines', 'events.[].sources')).toMatchObject({
			uniqueItems: true,
			minItems: 1,
		});
	});

	test.each([
		'2025-03-13T12:00:00+03:00',
		'2025-03-13T12:00+03:00',
		'2025-03-13T09:00:00Z',
		'2025-03-13',
		'2025-03-13T12:00:00',
		'13.03.2025',
		'вчера',
	])('the pattern of a date with time agrees with the schema on %s', (value) => {
		const pattern = propertyAt('articles', 'published')['pattern'];

		expect(matches(pattern, value)).toBe(DateTimeSchema.safeParse(value).success);
	});

	test.each([
		'1996',
		'1996-04',
		'1996-04-02',
		'2025-03-13T15:15+03:00',
		'1996-4',
		'2025-03-13T15:15',
		'весна 1996',
	])('the pattern of a partial date agrees with the schema on %s', (value) => {
		const pattern = propertyAt('timelines', 'events.[].date')['pattern'];

		expect(matches(pattern, value)).toBe(PartialDateSchema.safeParse(value).success);
	});

	test.each(['union-state', 'r01-baza', 'Union', 'union_state', 'союз', '-union'])(
		'the pattern of an id agrees with the schema on %s',
		(value) => {
			const items = propertyAt('articles', 'topics')['items'] as JsonSchema;

			expect(matches(items['pattern'], value)).toBe(IdSchema.safeParse(value).success);
		},
	);

	test.each([
		'./images/kremlin.jpg',
		'./images/kremlin.JPG',
		'../images/Kremlin.Jpeg',
		'./images/map.WebP',
		'./images/kremlin.gif',
		'images/kremlin.jpg',
		'/images/kremlin.jpg',
	])('the image path pattern is as case-insensitive as the schema on %s', (value) => {
		const pattern = propertyAt('articles', 'hero.src')['pattern'];

		expect(matches(pattern, value)).toBe(HeroImageSchema.shape.src.safeParse(value).success);
	});

	test('words pattern mismatches in Russian for the YAML language server', () => {
		expect(propertyAt('articles', 'published')['patternErrorMessage']).toMatch(/нужна дата/);
		expect(propertyAt('timelines', 'events.[].id')['patternErrorMessage']).toMatch(/латинские/);
	});
});

describe('the collection table', () => {
	test.each([join(ROOT, 'content'), BASE_CONTENT])(
		'has a collection for every folder of %s',
		async (contentDir) => {
			const folders = (await readdir(contentDir, { withFileTypes: true }))
				.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
				.map((entry) => entry.name)
				.sort();

			expect(folders).toEqual(CONTENT_COLLECTIONS.map((collection) => collection.folder).sort());
		},
	);

	test('names the same collections as src/content.config.ts', async () => {
		const config = await readFile(join(ROOT, 'src/content.config.ts'), 'utf8');
		const names = [...config.matchAll(/^\t(\w+): (?:defineCollection|english)\(/gm)].map(
			(match) => match[1],
		);

		// Each collection with English files has a second one for them, `<name>En` (issue 20).
		expect(names.sort()).toEqual(
			CONTENT_COLLECTIONS.flatMap((collection) =>
				collection.english ? [collection.name, `${collection.name}En`] : [collection.name],
			).sort(),
		);
	});
});

describe('.vscode/ for the YAML language server', () => {
	test('maps every YAML folder of content/ to its schema, and the Markdown frontmatter to Astro', async () => {
		const settings = JSON.parse(await readFile(join(ROOT, '.vscode/settings.json'), 'utf8')) as {
			'yaml.schemas': Record<string, string[]>;
			'astro.content-intellisense': boolean;
		};
		const expected = Object.fromEntries(
			CONTENT_COLLECTIONS.filter((collection) => collection.format === 'yaml')
				.flatMap((collection) => [collection, englishCollection(collection) ?? []].flat())
				.map((collection) => [
					`./${schemaPath(collection)}`,
					collection.extensions.map((extension) => `content/${collection.folder}/*${extension}`),
				]),
		);

		expect(settings['yaml.schemas']).toEqual(expected);
		// Frontmatter is the Astro extension's: it reads the schemas `astro sync` writes to .astro/.
		expect(settings['astro.content-intellisense']).toBe(true);
	});

	test('recommends the YAML and Astro extensions', async () => {
		const extensions = JSON.parse(
			await readFile(join(ROOT, '.vscode/extensions.json'), 'utf8'),
		) as { recommendations: string[] };

		expect(extensions.recommendations).toEqual(['redhat.vscode-yaml', 'astro-build.astro-vscode']);
	});
});

describe('caseInsensitivePattern', () => {
	test.each([
		['^a$', '^[aA]$'],
		['\\.jpe?g', '\\.[jJ][pP][eE]?[gG]'],
		['[a-z0-9]+', '[a-z0-9A-Z]+'],
		['[^\\s]x', '[^\\s][xX]'],
		['\\d{2}', '\\d{2}'],
	])('rewrites /%s/i as %s', (source, expected) => {
		expect(caseInsensitivePattern(source)).toBe(expected);
	});

	test.each(['(?<name>a)', '\\p{L}', '[a-Z]'])('refuses to guess with %s', (source) => {
		expect(() => caseInsensitivePattern(source)).toThrow(/cannot rewrite/);
	});
});

describe('npm run content:schemas', () => {
	let folder: string | undefined;

	afterAll(async () => {
		if (folder) await rm(folder, { recursive: true, force: true });
	});

	test('writes the committed schemas into a copy of the project', async () => {
		// A copy, so the run cannot touch the repository: package.json and scripts/ copied,
		// src/ and node_modules/ linked.
		folder = await temporaryDirectory('razbor-content-schemas-');
		for (const name of ['package.json', 'scripts'])
			await cp(join(ROOT, name), join(folder, name), { recursive: true });
		for (const name of ['src', 'node_modules']) await symlink(join(ROOT, name), join(folder, name));
		await mkdir(join(folder, 'content'));

		const run = await runNpm('npm run content:schemas', { cwd: folder });

		expect(run.exitCode, run.output).toBe(0);
		for (const file of renderSchemaFiles()) {
			expect(run.output).toContain(`записано: ${file.path}`);
			expect(await readFile(join(folder, file.path), 'utf8'), file.path).toBe(
				await readFile(join(ROOT, file.path), 'utf8'),
			);
		}
	});
});
