// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'.build/',
			'test-results/',
			'node_modules/',
			'.*-staging/',
			// Types for plain tsc only (tsconfig.tsc.json); tsconfig.json leaves it out on purpose.
			'src/types/astro-files.d.ts',
			'.*-previous/',
			// The benchmark's baseline is a separate Astro project with its own generated types.
			'tests/bench/baseline-site/.astro/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.strictTypeChecked,
	{
		languageOptions: {
			globals: { ...globals.node },
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// With noUncheckedIndexedAccess, `!` after a checked lookup is the honest way to say so.
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
	...astro.configs.recommended,
	{
		files: ['**/*.astro'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// Not in tsconfig.json: its `astro:content` types are its own, not the site's.
		files: ['tests/bench/baseline-site/**'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// Typography is applied once, where content is parsed: the display-text schemas
		// (src/schemas/common.ts) and rehypeTypograf for bodies. A component, layout or page that
		// typesets by hand does it twice or, elsewhere, forgets it. `no-restricted-syntax` rather
		// than `no-restricted-imports`, so this block and the layer rules never override each other.
		files: ['src/components/**', 'src/layouts/**', 'src/pages/**'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					// esquery's regular expressions cannot hold a `/`: `.` stands for it.
					selector:
						'ImportDeclaration[source.value=/format.typography(\\.ts)?$/], ImportExpression[source.value=/format.typography(\\.ts)?$/]',
					message:
						'Typography is applied where content is parsed (display-text schemas, rehypeTypograf): render the text as given, and write fixed UI text already typeset (&nbsp;).',
				},
			],
		},
	},
);
