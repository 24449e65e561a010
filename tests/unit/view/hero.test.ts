import { describe, expect, test } from 'vitest';
import { heroView } from '../../../src/view/hero.ts';

const IMAGE = { src: '/_astro/kremlin.hash.jpg', width: 1600, height: 900, format: 'jpg' as const };

describe('heroView', () => {
	test('gives the imported image with its alt, caption and credit', () => {
		const hero = {
			src: IMAGE as unknown as string,
			alt: 'Кремль',
			caption: 'Москва',
			credit: undefined,
		};

		expect(heroView(hero)).toEqual({
			image: IMAGE,
			alt: 'Кремль',
			caption: 'Москва',
			credit: undefined,
		});
	});

	test('is undefined for an article without a hero', () => {
		expect(heroView(undefined)).toBeUndefined();
	});

	test('refuses a path the build did not import, instead of a broken picture', () => {
		const hero = {
			src: './images/kremlin.jpg',
			alt: 'Кремль',
			caption: undefined,
			credit: undefined,
		};

		expect(() => heroView(hero)).toThrow(
			'hero image ./images/kremlin.jpg was not imported by the build',
		);
	});
});
