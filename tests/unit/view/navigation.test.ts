import { describe, expect, test } from 'vitest';
import { breadcrumbTrail, sectionOf, SECTIONS } from '../../../src/view/navigation.ts';

const HOME = { name: 'Разбор', path: '/' };

describe('sectionOf', () => {
	test('finds the section of a page below it and of its index', () => {
		expect(sectionOf('/people/putin/')?.label).toBe('Люди');
		expect(sectionOf('/people/')?.label).toBe('Люди');
	});

	test('puts articles and the home page in no section', () => {
		expect(sectionOf('/articles/kremlin-talks/')).toBeUndefined();
		expect(sectionOf('/')).toBeUndefined();
	});

	test('lists every section once, each with a root-relative path', () => {
		expect(new Set(SECTIONS.map((section) => section.href)).size).toBe(SECTIONS.length);
		expect(SECTIONS.every((section) => /^\/[a-z]+\/$/.test(section.href))).toBe(true);
	});
});

describe('breadcrumbTrail', () => {
	test('goes home → section → page for a page inside a section', () => {
		expect(breadcrumbTrail('/timelines/visit-schedule/', 'Визит по часам', HOME)).toEqual([
			HOME,
			{ name: 'Хроника', path: '/timelines/' },
			{ name: 'Визит по часам', path: '/timelines/visit-schedule/' },
		]);
	});

	test('goes home → page for a section index and for an article', () => {
		expect(breadcrumbTrail('/glossary/', 'Словарь', HOME)).toEqual([
			HOME,
			{ name: 'Словарь', path: '/glossary/' },
		]);
		expect(breadcrumbTrail('/articles/kremlin-talks/', 'Переговоры', HOME)).toEqual([
			HOME,
			{ name: 'Переговоры', path: '/articles/kremlin-talks/' },
		]);
	});

	test('gives the home page no trail', () => {
		expect(breadcrumbTrail('/', 'Разбор', HOME)).toEqual([]);
	});
});
