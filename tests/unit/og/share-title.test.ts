import { describe, expect, test } from 'vitest';
import {
	articleShareTitle,
	SHARE_TITLE_MAX,
	shareTitleWarning,
} from '../../../src/og/share-title.ts';

const LONG =
	'Путин и Лукашенко провели переговоры в Кремле и ввели в силу договор о гарантиях безопасности';

describe('articleShareTitle', () => {
	test('takes the shareTitle when the article has one', () => {
		expect(articleShareTitle({ title: LONG, shareTitle: 'Договор вступил в силу' })).toBe(
			'Договор вступил в силу',
		);
	});

	test('falls back to the headline', () => {
		expect(articleShareTitle({ title: 'Короткий заголовок' })).toBe('Короткий заголовок');
	});
});

describe('shareTitleWarning', () => {
	test('names the file and the length of a title over the limit, in Russian', () => {
		const warning = shareTitleWarning('content/articles/kremlin-talks.md', { title: LONG });

		expect(warning).toMatch(/^content\/articles\/kremlin-talks\.md: заголовок для соцсетей/);
		expect(warning).toContain(`(${LONG.length})`);
		expect(warning).toContain('shareTitle');
	});

	test('says nothing when the shareTitle fits, however long the headline', () => {
		expect(shareTitleWarning('a.md', { title: LONG, shareTitle: 'Коротко' })).toBeUndefined();
	});

	test('accepts a title of exactly the limit and warns one character above it', () => {
		expect(shareTitleWarning('a.md', { title: 'я'.repeat(SHARE_TITLE_MAX) })).toBeUndefined();
		expect(shareTitleWarning('a.md', { title: 'я'.repeat(SHARE_TITLE_MAX + 1) })).toBeDefined();
	});
});
