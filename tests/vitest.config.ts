import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	root,
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				extends: true,
				// Site tests build real sites with Astro; each file builds what it needs once.
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					testTimeout: 180_000,
					hookTimeout: 300_000,
					maxWorkers: 2,
				},
			},
		],
	},
});
