import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/**
 * The lint rule in eslint.config.js that keeps typography where content is parsed: a component,
 * layout or page importing src/format/typography.ts fails `npm run lint`.
 */
const eslint = new ESLint({ cwd: process.cwd() });

const TYPESETTING_COMPONENT = [
	'---',
	"import { typographText } from '@/format/typography.ts';",
	'---',
	"<p>{typographText('в Москве')}</p>",
	'',
].join('\n');

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function ruleIdsOf(code: string, filePath: string): Promise<(string | null)[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages.map((message) => message.ruleId);
}

// ESLint with type-aware configuration takes seconds to start on a loaded machine.
describe('typography guard', { timeout: 60_000 }, () => {
	test.each([
		'src/components/Guarded.astro',
		'src/layouts/Guarded.astro',
		'src/pages/guarded.astro',
	])('refuses a hand call of typographText in %s', async (filePath) => {
		expect(await ruleIdsOf(TYPESETTING_COMPONENT, filePath)).toContain('no-restricted-syntax');
	});

	test('lets a component render text it is given', async () => {
		const code = ['---', 'const { text } = Astro.props;', '---', '<p>{text}</p>', ''].join('\n');

		expect(await ruleIdsOf(code, 'src/components/Guarded.astro')).toEqual([]);
	});
});
