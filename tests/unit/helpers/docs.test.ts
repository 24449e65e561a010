import { describe, expect, test } from 'vitest';
import { ROOT } from '../../helpers/build-site.ts';
import {
	assignedNames,
	commandKey,
	headingAnchors,
	headingSlug,
	mentionedNpmCommands,
	npmScript,
	parseMarkdown,
	relativeLinks,
	repositoryPathExists,
	repositoryPaths,
	shellBlockCommands,
	splitShellLine,
	stringLiterals,
} from '../../helpers/docs.ts';

const doc = (text: string) => ({ text, tree: parseMarkdown(text) });

describe('splitShellLine', () => {
	test('splits commands joined by && and drops the comment', () => {
		const commands = splitShellLine('npm ci && npm run dev   # http://localhost:4321');

		expect(commands.map(commandKey)).toEqual(['npm ci', 'npm run dev']);
	});

	test('keeps assignments apart from the program', () => {
		const [command] = splitShellLine('RAZBOR_SITE_URL=https://example.org npm run build');

		expect(command).toEqual({
			env: ['RAZBOR_SITE_URL=https://example.org'],
			words: ['npm', 'run', 'build'],
		});
		expect(assignedNames(command!)).toEqual(['RAZBOR_SITE_URL']);
	});

	test('finds no command in a comment line', () => {
		expect(splitShellLine('# npm run build')).toEqual([]);
	});
});

describe('shellBlockCommands', () => {
	test('reads sh and bash blocks, joining continued lines, and no other language', () => {
		const markdown = [
			'```sh',
			'npm run test:unit -- \\',
			'  tests/unit/format',
			'```',
			'',
			'```bash',
			'npm test',
			'```',
			'',
			'```',
			'npm run preview',
			'```',
			'',
			'```yaml',
			'title: npm start',
			'```',
		].join('\n');

		const commands = shellBlockCommands(parseMarkdown(markdown));

		expect(commands.map((command) => command.words.join(' '))).toEqual([
			'npm run test:unit -- tests/unit/format',
			'npm test',
		]);
	});
});

describe('mentionedNpmCommands', () => {
	test('takes inline npm commands and every npm run in the text', () => {
		const markdown =
			'Run `npm test`, or `RAZBOR_CONTENT_DIR=x npm run dev`; the benchmark is npm run bench:build.';

		const keys = mentionedNpmCommands(doc(markdown)).map(commandKey);

		expect(keys).toEqual(
			expect.arrayContaining(['npm test', 'npm run dev', 'npm run bench:build']),
		);
	});

	test('leaves npm in prose and other inline code alone', () => {
		const markdown = 'The npm registry, the `node@24` package and `astro dev`.';

		expect(mentionedNpmCommands(doc(markdown))).toEqual([]);
	});
});

describe('npmScript and commandKey', () => {
	test('name the script an npm command runs', () => {
		expect(npmScript({ env: [], words: ['npm', 'run', 'check:links', '--', '--external'] })).toBe(
			'check:links',
		);
		expect(npmScript({ env: [], words: ['npm', 'test'] })).toBe('test');
		expect(npmScript({ env: [], words: ['npm', 'ci'] })).toBeUndefined();
	});

	test('key npm commands without their arguments, other programs by the whole line', () => {
		expect(commandKey({ env: ['X=1'], words: ['npm', 'run', 'build', '--', '--x'] })).toBe(
			'npm run build',
		);
		expect(commandKey({ env: [], words: ['npx', 'astro', 'build'] })).toBe('npx astro build');
	});
});

describe('headingSlug and headingAnchors', () => {
	test('make the anchors GitHub makes, Cyrillic included', () => {
		expect(headingSlug('Как выглядит ошибка')).toBe('как-выглядит-ошибка');
		expect(headingSlug('npm run build: lock, staging, swap')).toBe(
			'npm-run-build-lock-staging-swap',
		);
		expect(headingSlug('Ёлка — «тест» 2025')).toBe('ёлка--тест-2025');
	});

	test('take the text of inline code and number repeated headings', () => {
		const anchors = headingAnchors(parseMarkdown('# The `astro build`\n\n## Notes\n\n## Notes'));

		expect([...anchors]).toEqual(['the-astro-build', 'notes', 'notes-1']);
	});
});

describe('relativeLinks', () => {
	test('keeps links into the repository and leaves out URLs and site paths', () => {
		const markdown =
			'[a](docs/a.md#x) [b](https://example.org) [c](#here) [d](/articles/) [e](mailto:x@example.org) ![f](../img.png)';

		expect(relativeLinks(parseMarkdown(markdown))).toEqual(['docs/a.md#x', '#here', '../img.png']);
	});
});

describe('repositoryPaths', () => {
	test('finds the paths a text names, without trailing punctuation, links or URLs', () => {
		const text =
			'See `src/og/png.ts`, then tests/site/ and src/pages/og/[image].png.ts. ' +
			'Not [x](../scripts/build.ts), https://example.org/src/x.ts or node_modules/.astro.';

		expect(repositoryPaths(text)).toEqual([
			'src/og/png.ts',
			'tests/site/',
			'src/pages/og/[image].png.ts',
		]);
	});
});

describe('repositoryPathExists', () => {
	test('finds files and folders, with placeholders matching any name', async () => {
		expect(await repositoryPathExists(ROOT, 'src/pages/og/[...image].png.ts')).toBe(true);
		expect(await repositoryPathExists(ROOT, 'tests/fixtures/content/broken/<case>/')).toBe(true);
		expect(await repositoryPathExists(ROOT, 'tests/fixtures/content/broken/active-*')).toBe(true);
		expect(await repositoryPathExists(ROOT, 'tests/unit/**/*.test.ts')).toBe(true);
	});

	test('refuses what is not there', async () => {
		expect(await repositoryPathExists(ROOT, 'src/lib/')).toBe(false);
		expect(await repositoryPathExists(ROOT, 'tests/fixtures/content/broken/nothing-*')).toBe(false);
	});
});

describe('stringLiterals', () => {
	test('returns the strings of the code and not the text of its comments', () => {
		const source = [
			'// npm run build',
			"const a = 'npm run dev';",
			'/* npm run preview */',
			'const b = `npm test`;',
			'const c = `${a} npm start`;',
		].join('\n');

		expect(stringLiterals(source)).toEqual(['npm run dev', 'npm test']);
	});
});
