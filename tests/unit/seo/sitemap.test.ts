import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { hreflangLinks } from '../../../src/seo/alternates.ts';
import { newest, renderSitemap } from '../../../src/seo/sitemap.ts';
import { validateXml } from '../../helpers/xml.ts';

describe('renderSitemap', () => {
	test('writes one url per entry with its lastmod in Moscow time', () => {
		const xml = renderSitemap([
			{ url: 'https://razbor.example/', lastModified: new Date('2025-03-14T15:00:00Z') },
			{ url: 'https://razbor.example/glossary/' },
		]);

		expect(validateXml(xml)).toBe(true);
		const { urlset } = new XMLParser().parse(xml) as {
			urlset: { url: { loc: string; lastmod?: string }[] };
		};
		expect(urlset.url).toEqual([
			{ loc: 'https://razbor.example/', lastmod: '2025-03-14T18:00:00+03:00' },
			{ loc: 'https://razbor.example/glossary/' },
		]);
	});

	test('lists a page’s language versions as xhtml:link alternates, with their namespace', () => {
		const alternates = hreflangLinks('/glossary/', ['ru', 'en'], { url: 'https://razbor.example' });
		const xml = renderSitemap([{ url: 'https://razbor.example/glossary/', alternates }]);

		expect(validateXml(xml)).toBe(true);
		expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
		expect(xml).toContain(
			'<url><loc>https://razbor.example/glossary/</loc>' +
				'<xhtml:link rel="alternate" hreflang="ru" href="https://razbor.example/glossary/"/>' +
				'<xhtml:link rel="alternate" hreflang="en" href="https://razbor.example/en/glossary/"/>' +
				'<xhtml:link rel="alternate" hreflang="x-default" href="https://razbor.example/glossary/"/>' +
				'</url>',
		);
	});

	test('a sitemap of one language has no XHTML namespace and no alternates', () => {
		const xml = renderSitemap([{ url: 'https://razbor.example/', alternates: [] }]);

		expect(xml).not.toContain('xhtml');
	});

	test('declares the sitemaps.org namespace', () => {
		expect(renderSitemap([])).toContain(
			'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		);
	});

	test('escapes XML in URLs', () => {
		const xml = renderSitemap([{ url: 'https://razbor.example/search/?q=a&b=<c>' }]);

		expect(xml).toContain('<loc>https://razbor.example/search/?q=a&amp;b=&lt;c&gt;</loc>');
		expect(validateXml(xml)).toBe(true);
	});
});

describe('newest', () => {
	test('picks the latest date, whatever the order', () => {
		const dates = [new Date('2025-03-13'), new Date('2025-12-19'), new Date('2025-03-14')];

		expect(newest(dates, undefined)).toEqual(new Date('2025-12-19'));
	});

	test('falls back when there is no date', () => {
		expect(newest([], undefined)).toBeUndefined();
	});
});
