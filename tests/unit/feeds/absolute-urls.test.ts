import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import {
	absoluteReference,
	absoluteSrcset,
	absolutizeUrls,
} from '../../../src/feeds/absolute-urls.ts';

const PAGE = 'https://razbor.example/articles/kremlin-talks/';

describe('absoluteReference', () => {
	test.each([
		['a fragment-only link to the page it was on', '#source-kremlin', `${PAGE}#source-kremlin`],
		[
			'a root-relative path to the site origin',
			'/glossary/#union-state',
			'https://razbor.example/glossary/#union-state',
		],
		['a relative path to the page directory', 'chart.png', `${PAGE}chart.png`],
		[
			'a relative path that climbs up',
			'../what-we-know/',
			'https://razbor.example/articles/what-we-know/',
		],
		['a query-only link to the page', '?page=2', `${PAGE}?page=2`],
		['an empty link to the page itself', '', PAGE],
		['a protocol-relative URL to https', '//cdn.example/x.png', 'https://cdn.example/x.png'],
	])('resolves %s', (_, value, expected) => {
		expect(absoluteReference(value, PAGE)).toBe(expected);
	});

	test.each([
		['an absolute https URL', 'https://kremlin.ru/events/president/news/76434?a=1&b=2'],
		['an absolute http URL', 'http://example.org/путь'],
		['a mailto: link', 'mailto:editor@razbor.example?subject=Ошибка'],
		['a tel: link', 'tel:+74950000000'],
		['a data: URL', 'data:image/png;base64,iVBORw0KGgo='],
	])('keeps %s exactly as written', (_, value) => {
		expect(absoluteReference(value, PAGE)).toBe(value);
	});
});

describe('absoluteSrcset', () => {
	test('makes each candidate absolute and keeps its descriptor', () => {
		const srcset = absoluteSrcset('small.jpg 480w,  /images/large.jpg 1080w', PAGE);

		expect(srcset).toBe(`${PAGE}small.jpg 480w, https://razbor.example/images/large.jpg 1080w`);
	});

	test('keeps absolute candidates and candidates without a descriptor', () => {
		const srcset = absoluteSrcset('https://cdn.example/a.png, b.png 2x', PAGE);

		expect(srcset).toBe(`https://cdn.example/a.png, ${PAGE}b.png 2x`);
	});
});

describe('absolutizeUrls', () => {
	test('rewrites href, src, srcset, poster, cite and SVG xlink:href in a tree', () => {
		const tree = fromHtml(
			[
				'<p><a href="#cite-1">[1]</a> <a href="/people/putin/">Путин</a></p>',
				'<img src="/images/a.jpg" srcset="/images/a.jpg 1x, a@2x.jpg 2x" alt="">',
				'<video poster="poster.jpg"></video>',
				'<blockquote cite="/sources/#kremlin"><p>Цитата.</p></blockquote>',
				'<svg><use xlink:href="#icon"></use></svg>',
				'<a href="mailto:editor@razbor.example">Написать</a>',
			].join(''),
			{ fragment: true },
		);

		absolutizeUrls(tree, PAGE);

		expect(toHtml(tree)).toBe(
			[
				`<p><a href="${PAGE}#cite-1">[1]</a> <a href="https://razbor.example/people/putin/">Путин</a></p>`,
				`<img src="https://razbor.example/images/a.jpg" srcset="https://razbor.example/images/a.jpg 1x, ${PAGE}a@2x.jpg 2x" alt="">`,
				`<video poster="${PAGE}poster.jpg"></video>`,
				'<blockquote cite="https://razbor.example/sources/#kremlin"><p>Цитата.</p></blockquote>',
				`<svg><use xlink:href="${PAGE}#icon"></use></svg>`,
				'<a href="mailto:editor@razbor.example">Написать</a>',
			].join(''),
		);
	});

	test('rewrites form targets, object data, every URL of a ping and a microdata item id', () => {
		const tree = fromHtml(
			[
				'<form action="/search/"><button formaction="?q=1">Найти</button></form>',
				'<object data="chart.svg"></object>',
				'<a href="/" ping="/ping/ count">Главная</a>',
				'<div itemscope itemid="#article"></div>',
			].join(''),
			{ fragment: true },
		);

		absolutizeUrls(tree, PAGE);

		expect(toHtml(tree)).toBe(
			[
				`<form action="https://razbor.example/search/"><button formaction="${PAGE}?q=1">Найти</button></form>`,
				`<object data="${PAGE}chart.svg"></object>`,
				`<a href="https://razbor.example/" ping="https://razbor.example/ping/ ${PAGE}count">Главная</a>`,
				`<div itemscope itemid="${PAGE}#article"></div>`,
			].join(''),
		);
	});

	test('leaves elements without URLs untouched', () => {
		const tree = fromHtml('<p id="x" class="lead">Текст</p>', { fragment: true });

		absolutizeUrls(tree, PAGE);

		const paragraph = tree.children[0] as Element;
		expect(paragraph.properties).toEqual({ id: 'x', className: ['lead'] });
	});
});
