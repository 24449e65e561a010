import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { drawIconSvg, rasterizeIcon } from '../../../src/og/icons.ts';
import { pngSize } from '../../helpers/png.ts';

/**
 * The icons in public/ are the drawings of src/og/icons.ts, committed: each is drawn again here
 * and compared. `UPDATE_GOLDENS=1 npm run test:unit` rewrites them after a deliberate change.
 */

const PUBLIC = fileURLToPath(new URL('../../../public/', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDENS'] === '1';

/** Writes `drawn` to `file` when updating, then reads the committed file back. */
async function committed(file: string, drawn: string | Uint8Array): Promise<Buffer> {
	if (UPDATE) await writeFile(join(PUBLIC, file), drawn);
	return readFile(join(PUBLIC, file));
}

describe('the site icons', () => {
	test('favicon.svg is the icon drawn with its letter as a path, needing no font', async () => {
		const svg = await drawIconSvg({ rounded: true });

		expect((await committed('favicon.svg', svg)).toString()).toBe(svg);
		expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
		expect(svg).toContain('<path');
		expect(svg).not.toContain('<text');
	});

	test.each([
		['icon-192.png', 192, true],
		['icon-512.png', 512, true],
		['apple-touch-icon.png', 180, false],
	] as const)('%s is the icon rasterised at %i px', async (file, size, rounded) => {
		const png = rasterizeIcon(await drawIconSvg({ rounded }), size);

		const saved = await committed(file, png);

		expect(pngSize(saved)).toEqual({ width: size, height: size });
		expect(saved.equals(Buffer.from(png))).toBe(true);
	});
});
