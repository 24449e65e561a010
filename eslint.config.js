// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, and what each may import from src/ besides its own folder: arrows point
 * down only (docs/architecture.md draws them). `site.ts` is the site's constants, below all.
 * Anything not listed is refused, so a new upward import is a lint error, not a review comment.
 * @type {Record<string, string[]>}
 */
const MAY_IMPORT = {
	// The UI dictionaries and the list of languages: words only, below every layer that shows them.
	i18n: [],
	format: ['i18n', 'site.ts'],
	schemas: ['format', 'i18n', 'site.ts'],
	problems: ['schemas', 'format', 'i18n', 'site.ts'],
	cache: [],
	markdown: ['problems', 'schemas', 'format', 'i18n', 'site.ts'],
	model: ['markdown', 'problems', 'schemas', 'format', 'i18n', 'site.ts'],
	loaders: ['model', 'markdown', 'problems', 'schemas', 'format', 'i18n', 'cache', 'site.ts'],
	data: ['model', 'markdown', 'problems', 'schemas', 'format', 'i18n', 'cache', 'site.ts'],
	seo: ['model', 'schemas', 'format', 'i18n', 'site.ts'],
	og: ['model', 'schemas', 'format', 'cache', 'i18n', 'site.ts'],
	// Feed items embed articles rendered by components (Astro's container API) from their views.
	feeds: [
		'components',
		'view',
		'data',
		'model',
		'markdown',
		'schemas',
		'format',
		'cache',
		'i18n',
		'site.ts',
	],
	view: ['data', 'seo', 'og', 'model', 'schemas', 'format', 'i18n', 'site.ts'],
	// ArticleBody reads the body's file from the cache as it renders: bodies stay out of memory.
	components: ['browser', 'cache', 'seo', 'og', 'model', 'schemas', 'format', 'i18n', 'site.ts'],
	layouts: ['components', 'view', 'seo', 'og', 'model', 'format', 'i18n', 'site.ts'],
	pages: [
		'layouts',
		'components',
		'view',
		'feeds',
		'og',
		'seo',
		'data',
		'model',
		'schemas',
		'format',
		'i18n',
		'site.ts',
	],
	browser: [],
	integrations: ['og', 'loaders', 'model', 'schemas', 'format', 'i18n', 'cache', 'site.ts'],
};

/**
 * Layers whose types a layer may name without importing their code: a component renders the
 * props a view function returns, so it knows their type and nothing else of the view.
 * @type {Record<string, string[]>}
 */
const MAY_IMPORT_TYPES = {
	components: ['view'],
};

/**
 * An import specifier naming src/<layer>, relative (`../model/x.ts`) or aliased (`@/model/x.ts`).
 * @param {string} layer
 */
const layerImport = (layer) =>
	layer.endsWith('.ts')
		? `^(?:(?:\\.\\.?/)+|@/)${layer.replace('.', '\\.')}$`
		: `^(?:(?:\\.\\.?/)+(?:.*/)?|@/)${layer}/`;

/** Tooling outside src/ (scripts/, tests/): the site never ships or imports it. */
const TOOLING = '^(?:\\.\\.?/)+(?:.*/)?(?:scripts|tests)/';

/**
 * The files at the top of src/ (content.config.ts, site.ts) may not import tooling either.
 * @type {import('eslint').Linter.Config}
 */
const topLevelRule = {
	files: ['src/*'],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					{ regex: TOOLING, message: 'Site code never imports tooling (scripts/, tests/).' },
				],
			},
		],
	},
};

/**
 * One config block per layer: its files may import only the layers below it, and no tooling.
 * @type {import('eslint').Linter.Config[]}
 */
const layerRules = Object.entries(MAY_IMPORT).map(([layer, allowed]) => ({
	files: [`src/${layer}/**`],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					{ regex: TOOLING, message: 'Site code never imports tooling (scripts/, tests/).' },
					...Object.keys(MAY_IMPORT)
						.concat('pages', 'site.ts')
						.filter((other) => other !== layer && !allowed.includes(other))
						.filter((other, index, all) => all.indexOf(other) === index)
						.map((other) => ({
							regex: layerImport(other),
							allowTypeImports: (MAY_IMPORT_TYPES[layer] ?? []).includes(other),
							message: `src/${layer}/ may not import src/${other}: layers point down only (eslint.config.js, MAY_IMPORT).`,
						})),
				],
			},
		],
	},
}));

export default defineConfig(
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
	topLevelRule,
	...layerRules,
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
