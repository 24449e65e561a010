/**
 * `npm run content:schemas`: writes the JSON Schema of every content collection, generated from
 * the zod schemas in src/schemas/, to `content/.schemas/<collection>.schema.json`. Editors with
 * the YAML language server (VS Code: .vscode/settings.json) use them for completion, hover help
 * and checking while typing. Run it after changing a schema and commit the result;
 * tests/unit/scripts/content-schemas.test.ts fails until then.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchemaFiles } from './content-schemas/json-schema.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

for (const file of renderSchemaFiles()) {
	const path = join(root, file.path);
	await mkdir(dirname(path), { recursive: true });
	await writeFile(path, file.content);
	console.log(`записано: ${file.path}`);
}
