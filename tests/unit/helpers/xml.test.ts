import { describe, expect, test } from 'vitest';
import { validateXml } from '../../helpers/xml.ts';

describe('validateXml (test helper)', () => {
	test('accepts well-formed XML', () => {
		expect(validateXml('<?xml version="1.0"?><a><b x="1"/></a>')).toBe(true);
	});

	test('reports a mismatched tag with its line', () => {
		expect(validateXml('<a>\n<b></a>')).toMatchObject({ line: 2 });
	});

	test('reports a bare ampersand', () => {
		expect(validateXml('<a>Tom & Jerry</a>')).not.toBe(true);
	});
});
