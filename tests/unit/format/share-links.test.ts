import { describe, expect, test } from 'vitest';
import { shareTargets } from '../../../src/format/share-links.ts';

const URL_ = 'https://razbor.example/articles/kremlin-talks/';
const TITLE = 'Переговоры в Кремле: «нюансы» & итоги';

/** The query parameters of a share link, decoded. */
function parameters(href: string): Record<string, string> {
	return Object.fromEntries(new URL(href).searchParams);
}

describe('shareTargets', () => {
	const targets = shareTargets(URL_, TITLE);
	const byService = Object.fromEntries(targets.map((target) => [target.service, target]));

	test('offers Telegram, VK, WhatsApp, X and e-mail, in that order', () => {
		expect(targets.map((target) => target.service)).toEqual([
			'telegram',
			'vk',
			'whatsapp',
			'x',
			'email',
		]);
	});

	test("puts the URL and the title into each service's own parameters", () => {
		expect(parameters(byService['telegram']!.href)).toEqual({ url: URL_, text: TITLE });
		expect(parameters(byService['vk']!.href)).toEqual({ url: URL_, title: TITLE });
		expect(parameters(byService['whatsapp']!.href)).toEqual({ text: `${TITLE} ${URL_}` });
		expect(parameters(byService['x']!.href)).toEqual({ url: URL_, text: TITLE });
	});

	test('points at each service over https, and the e-mail link at mailto', () => {
		expect(byService['telegram']!.href).toMatch(/^https:\/\/t\.me\/share\/url\?/);
		expect(byService['vk']!.href).toMatch(/^https:\/\/vk\.com\/share\.php\?/);
		expect(byService['whatsapp']!.href).toMatch(/^https:\/\/wa\.me\/\?/);
		expect(byService['x']!.href).toMatch(/^https:\/\/x\.com\/intent\/post\?/);
		expect(byService['email']!.href).toMatch(/^mailto:\?/);
	});

	test('encodes the title so that «&», spaces and quotes cannot break the query', () => {
		const href = byService['email']!.href;

		expect(href).toBe(
			`mailto:?subject=${encodeURIComponent(TITLE)}&body=${encodeURIComponent(URL_)}`,
		);
		expect(href).not.toMatch(/[ «»]/);
		expect(href.split('&')).toHaveLength(2);
	});
});

describe('shareTargets in English', () => {
	test('names VK and e-mail in English, and links the same addresses', () => {
		const russian = shareTargets(URL_, TITLE);
		const english = shareTargets(URL_, TITLE, 'en');

		expect(english.map((target) => target.label)).toEqual([
			'Telegram',
			'VK',
			'WhatsApp',
			'X',
			'Email',
		]);
		expect(english.map((target) => target.href)).toEqual(russian.map((target) => target.href));
	});
});
