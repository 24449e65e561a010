/**
 * `npm run deploy:config`: writes the server configuration generated from deploy/headers.ts,
 * `deploy/nginx/headers.conf` and `public/_headers`, into the repository. Run it after changing
 * deploy/headers.ts and commit the result; tests/unit/scripts/deploy-config.test.ts fails until then.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderConfigFiles } from '../deploy/config-files.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

for (const file of renderConfigFiles()) {
	await writeFile(join(root, file.path), file.content);
	console.log(`written: ${file.path}`);
}
