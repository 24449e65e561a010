import { describe, expect, test } from 'vitest';
import {
	checkLinks,
	externalLinkProblems,
	fileUrl,
	formatLinkProblems,
	fragmentExists,
	resolveSitePath,
	srcsetUrls,
	type LinkProblem,
} from '../../../../scripts/quality/link-check.ts';

const SITE_URL = 'https://razbor.example';

/** A page with a head and a body, as every built page has. */
function page(body: string, head = ''): string {
	return `<!doctype html><html lang="ru"><head><title>т</title>${head}</head><body>${body}</body></html>`;
}

/** The pages every tiny site below has, so links between them resolve. */
const BASE: Record<string, string> = {
	'index.html': page('<h1 id="top-story">Разбор</h1>'),
	'articles/x/index.html': page(
		'<h1 id="title">X</h1><ol><li id="source-kremlin">Кремль</li></ol>',
	),
	'glossary/index.html': page('<dl><div id="union-state"><dt>Союзное государство</dt></div></dl>'),
	'articles/тест/index.html': page('<h2 id="итоги">Итоги</h2><a name="old-anchor"></a>'),
	'og/site.png': 'png',
	'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="logo"></symbol></svg>',
	'feed.xsl': '<xsl:stylesheet/>',
	'rss.xml': '<rss version="2.0"><channel><link>https://razbor.example/</link></channel></rss>',
};

/** A site of {@link BASE} plus `extra`, as the map checkLinks reads. */
function site(extra: Record<string, string>): Map<string, string> {
	return new Map(Object.entries({ ...BASE, ...extra }));
}

/** The problems of a tiny site, without the fields a test does not look at. */
function problems(extra: Record<string, string>): Pick<LinkProblem, 'file' | 'link' | 'reason'>[] {
	return checkLinks(site(extra), { siteUrl: SITE_URL }).problems.map(({ file, link, reason }) => ({
		file,
		link,
		reason,
	}));
}

describe('fileUrl', () => {
	test.each([
		['index.html', 'https://razbor.example/'],
		['articles/x/index.html', 'https://razbor.example/articles/x/'],
		['404.html', 'https://razbor.example/404.html'],
		['topics/trade/rss.xml', 'https://razbor.example/topics/trade/rss.xml'],
		['articles/тест/index.html', 'https://razbor.example/articles/%D1%82%D0%B5%D1%81%D1%82/'],
	])('serves %s at %s', (path, url) => {
		expect(fileUrl(path, SITE_URL).href).toBe(url);
	});
});

describe('resolveSitePath', () => {
	const files = site({});

	test.each([
		['/', 'index.html'],
		['/articles/x/', 'articles/x/index.html'],
		['/rss.xml', 'rss.xml'],
		['/articles/%D1%82%D0%B5%D1%81%D1%82/', 'articles/тест/index.html'],
	])('serves %s from %s', (path, file) => {
		expect(resolveSitePath(path, files)).toEqual({ file });
	});

	test.each([
		[
			'a folder without its trailing slash',
			'/articles/x',
			'нет «/» в конце: на сайте все страницы вида /articles/x/',
		],
		['a page that does not exist', '/articles/y/', 'нет страницы: нет файла articles/y/index.html'],
		['a file that does not exist', '/atom.xml', 'нет файла atom.xml'],
		['a file written as a folder', '/rss.xml/', 'rss.xml — файл, а не папка: уберите «/» в конце'],
		['a broken percent-encoding', '/articles/%D1%82%D0/', 'неверное %-кодирование в пути'],
	])('refuses %s', (_, path, reason) => {
		expect(resolveSitePath(path, files)).toEqual({ reason });
	});
});

describe('fragmentExists', () => {
	const anchors = new Set(['title', 'итоги']);

	test.each([
		['an id', 'title'],
		['an id written percent-encoded', '%D0%B8%D1%82%D0%BE%D0%B3%D0%B8'],
		['an empty fragment (the top of the page)', ''],
		['«top» in any case, the top of the page by the HTML standard', 'Top'],
	])('finds %s', (_, fragment) => {
		expect(fragmentExists(fragment, anchors)).toBe(true);
	});

	test.each([
		['an id that is not there', 'titl'],
		['ids in another case', 'TITLE'],
		['a broken percent-encoding', '%D0'],
	])('does not find %s', (_, fragment) => {
		expect(fragmentExists(fragment, anchors)).toBe(false);
	});
});

describe('srcsetUrls', () => {
	test.each([
		['a single URL', '/a.png', ['/a.png']],
		['density descriptors', '/a.png 1x, /b.png 2x', ['/a.png', '/b.png']],
		[
			'width descriptors without spaces after commas',
			'/a.png 480w,/b.png 960w',
			['/a.png', '/b.png'],
		],
		['a URL with a comma in it', '/a,b.png 1x, /c.png 2x', ['/a,b.png', '/c.png']],
		['candidates without descriptors', '/a.png, /b.png', ['/a.png', '/b.png']],
	])('reads %s', (_, srcset, urls) => {
		expect(srcsetUrls(srcset)).toEqual(urls);
	});
});

describe('externalLinkProblems', () => {
	test.each([
		['an https link', 'https://kremlin.ru/events/president/news/76434'],
		[
			'an http link, as some official sites still publish',
			'http://en.kremlin.ru/events/president/news/76450/print',
		],
		[
			'a link with ordinary parameters, ref included',
			'https://github.com/x/y/blob/main/a.md?ref=main&page=2',
		],
		[
			'a share link that carries a URL',
			'https://t.me/share/url?url=https%3A%2F%2Frazbor.example%2F',
		],
		[
			'mailto: with a subject and a body',
			'mailto:editor@razbor.example?subject=Ошибка&body=utm_source',
		],
		['tel:', 'tel:+74950000000'],
	])('accepts %s', (_, url) => {
		expect(externalLinkProblems(new URL(url))).toEqual([]);
	});

	test.each([
		[
			'javascript:',
			'javascript:alert(1)',
			'схема javascript: недопустима: только https:, http:, mailto: и tel:',
		],
		['ftp:', 'ftp://example.org/a', 'схема ftp: недопустима: только https:, http:, mailto: и tel:'],
		['a user name', 'https://user@example.org/', 'в адресе логин или пароль'],
		['a password', 'https://user:secret@example.org/', 'в адресе логин или пароль'],
		['utm_source', 'https://example.org/?utm_source=tg', 'параметр слежения utm_source'],
		[
			'UTM_Campaign in capitals',
			'https://example.org/?UTM_Campaign=x',
			'параметр слежения UTM_Campaign',
		],
		['fbclid', 'https://example.org/?fbclid=1', 'параметр слежения fbclid'],
		['gclid', 'https://example.org/?gclid=1', 'параметр слежения gclid'],
		['yclid', 'https://example.org/?yclid=1', 'параметр слежения yclid'],
		['ysclid', 'https://ya.ru/?ysclid=1', 'параметр слежения ysclid'],
		['_openstat', 'https://example.org/?_openstat=1', 'параметр слежения _openstat'],
		['mc_cid', 'https://example.org/?mc_cid=1', 'параметр слежения mc_cid'],
		['mc_eid', 'https://example.org/?mc_eid=1', 'параметр слежения mc_eid'],
		['igshid', 'https://instagram.com/p/1/?igshid=1', 'параметр слежения igshid'],
	])('refuses %s', (_, url, reason) => {
		expect(externalLinkProblems(new URL(url))).toEqual([reason]);
	});

	test('names each problem of a link once', () => {
		expect(
			externalLinkProblems(new URL('http://u:p@example.org/?utm_source=a&utm_source=b')),
		).toEqual(['в адресе логин или пароль', 'параметр слежения utm_source']);
	});
});

describe('checkLinks on pages', () => {
	test('accepts every kind of working link, relative, root-relative and absolute on the site', () => {
		const head = [
			'<link rel="canonical" href="https://razbor.example/articles/x/">',
			'<link rel="icon" href="/favicon.svg">',
			'<link rel="alternate" type="application/rss+xml" href="https://razbor.example/rss.xml">',
			'<meta property="og:url" content="https://razbor.example/articles/x/">',
			'<meta property="og:image" content="https://razbor.example/og/site.png">',
			'<meta name="twitter:image" content="https://razbor.example/og/site.png">',
			'<script type="application/ld+json">{"@context":"https://schema.org","@id":"https://razbor.example/articles/x/#article","url":"https://razbor.example/articles/x/","image":["https://razbor.example/og/site.png"]}</script>',
			'<script type="module" src="/_astro/page.js"></script>',
		].join('');
		const body = [
			'<a href="#title">к заголовку</a> <a href="#source-kremlin">[1]</a> <a href="#">наверх</a> <a href="#top">наверх</a>',
			'<a href="/">главная</a> <a href="../../glossary/#union-state">термин</a> <a href="/glossary/">словарь</a>',
			'<a href="/articles/тест/#итоги">итоги</a> <a href="/articles/%D1%82%D0%B5%D1%81%D1%82/#%D0%B8%D1%82%D0%BE%D0%B3%D0%B8">итоги</a>',
			'<a href="/articles/тест/#old-anchor">старый якорь</a> <a href="/glossary/?q=x">поиск</a>',
			'<img src="/og/site.png" srcset="/og/site.png 1x, ../../og/site.png 2x" alt="">',
			'<picture><source srcset="/og/site.png"></picture>',
			'<svg><use href="/favicon.svg#logo"></use></svg>',
			'<a href="https://t.me/share/url?url=https%3A%2F%2Frazbor.example%2Farticles%2Fx%2F&text=X">Telegram</a>',
			'<a href="https://wa.me/?text=X%20https%3A%2F%2Frazbor.example%2Farticles%2Fx%2F">WhatsApp</a>',
			'<a href="mailto:?subject=X&body=https%3A%2F%2Frazbor.example%2Farticles%2Fx%2F">почта</a>',
		].join('');
		const files = site({
			'articles/x/index.html': page(
				`<h1 id="title">X</h1><p id="source-kremlin">${body}</p>`,
				head,
			),
			'_astro/page.js': '',
		});

		const report = checkLinks(files, { siteUrl: SITE_URL });

		expect(formatLinkProblems(report.problems)).toBe('');
		expect(report.counts.get('articles/x/index.html')).toBe(32);
	});

	test.each([
		[
			'a missing page',
			'<a href="/articles/y/">y</a>',
			'/articles/y/',
			'нет страницы: нет файла articles/y/index.html',
		],
		[
			'a page without its trailing slash',
			'<a href="/articles/x">x</a>',
			'/articles/x',
			'нет «/» в конце: на сайте все страницы вида /articles/x/',
		],
		[
			'a missing fragment on another page',
			'<a href="/glossary/#nope">т</a>',
			'/glossary/#nope',
			'на glossary/index.html нет id «nope»',
		],
		[
			'a missing fragment on the same page',
			'<a href="#nope">т</a>',
			'#nope',
			'на articles/x/index.html нет id «nope»',
		],
		[
			'a missing Cyrillic fragment, named readably',
			'<a href="/articles/тест/#итог">т</a>',
			'/articles/тест/#итог',
			'на articles/тест/index.html нет id «итог»',
		],
		[
			'a fragment on a file that is not a page',
			'<a href="/og/site.png#x">т</a>',
			'/og/site.png#x',
			'фрагмент #x у файла, который не страница',
		],
		['a missing image', '<img src="/og/x.png" alt="">', '/og/x.png', 'нет файла og/x.png'],
		[
			'a missing srcset candidate',
			'<img src="/og/site.png" srcset="/og/site.png 1x, /og/x2.png 2x" alt="">',
			'/og/x2.png',
			'нет файла og/x2.png',
		],
		[
			'a missing script',
			'<script src="/_astro/x.js"></script>',
			'/_astro/x.js',
			'нет файла _astro/x.js',
		],
		[
			'a missing symbol of an SVG sprite',
			'<svg><use href="/favicon.svg#nope"></use></svg>',
			'/favicon.svg#nope',
			'на favicon.svg нет id «nope»',
		],
		[
			'a missing form target',
			'<form action="/search/"><button formaction="/glossary/">x</button></form>',
			'/search/',
			'нет страницы: нет файла search/index.html',
		],
		[
			'a missing object file',
			'<object data="/og/chart.svg"></object>',
			'/og/chart.svg',
			'нет файла og/chart.svg',
		],
		[
			'a missing quotation source',
			'<blockquote cite="/sources/#kremlin"><p>ц</p></blockquote>',
			'/sources/#kremlin',
			'нет страницы: нет файла sources/index.html',
		],
		[
			'a missing page among the URLs of a ping',
			'<a href="/" ping="/index.html /ping/">x</a>',
			'/ping/',
			'нет страницы: нет файла ping/index.html',
		],
		[
			'a missing page as a microdata item id',
			'<div itemscope itemid="/people/x/">x</div>',
			'/people/x/',
			'нет страницы: нет файла people/x/index.html',
		],
		['an empty href', '<a href="">x</a>', '', 'пустой адрес'],
		[
			'the site over http',
			'<a href="http://razbor.example/">x</a>',
			'http://razbor.example/',
			'свой сайт нужно указывать через https:',
		],
		[
			'a share link to a missing page',
			'<a href="https://vk.com/share.php?url=https%3A%2F%2Frazbor.example%2Farticles%2Fy%2F">VK</a>',
			'https://razbor.example/articles/y/',
			'нет страницы: нет файла articles/y/index.html',
		],
		[
			'a site URL in WhatsApp text without its slash',
			'<a href="https://wa.me/?text=X%20https%3A%2F%2Frazbor.example%2Farticles%2Fx">WA</a>',
			'https://razbor.example/articles/x',
			'нет «/» в конце: на сайте все страницы вида /articles/x/',
		],
	])('reports %s in the body', (_, body, link, reason) => {
		expect(problems({ 'articles/x/index.html': page(`<h1 id="title">X</h1>${body}`) })).toEqual([
			{ file: 'articles/x/index.html', link, reason },
		]);
	});

	test.each([
		[
			'a missing canonical page',
			'<link rel="canonical" href="https://razbor.example/articles/y/">',
			'https://razbor.example/articles/y/',
			'нет страницы: нет файла articles/y/index.html',
		],
		['a missing icon', '<link rel="icon" href="/icon.png">', '/icon.png', 'нет файла icon.png'],
		[
			'a missing feed',
			'<link rel="alternate" href="https://razbor.example/atom.xml">',
			'https://razbor.example/atom.xml',
			'нет файла atom.xml',
		],
		[
			'a missing og:image',
			'<meta property="og:image" content="https://razbor.example/og/x.png">',
			'https://razbor.example/og/x.png',
			'нет файла og/x.png',
		],
		[
			'a missing twitter:image',
			'<meta name="twitter:image" content="https://razbor.example/og/y.png">',
			'https://razbor.example/og/y.png',
			'нет файла og/y.png',
		],
		[
			'og:url of a missing page',
			'<meta property="og:url" content="https://razbor.example/404/">',
			'https://razbor.example/404/',
			'нет страницы: нет файла 404/index.html',
		],
		[
			'a JSON-LD URL of a missing page',
			'<script type="application/ld+json">{"url":"https://razbor.example/y/"}</script>',
			'https://razbor.example/y/',
			'нет страницы: нет файла y/index.html',
		],
		[
			'a JSON-LD block that is not JSON',
			'<script type="application/ld+json">{url:</script>',
			'',
			'не JSON: ссылки не проверены',
		],
	])('reports %s in the head', (_, head, link, reason) => {
		expect(problems({ 'articles/x/index.html': page('<h1 id="title">X</h1>', head) })).toEqual([
			{ file: 'articles/x/index.html', link, reason },
		]);
	});

	test('ignores the fragment of a JSON-LD @id, which names a node rather than an element', () => {
		const head =
			'<script type="application/ld+json">{"@id":"https://razbor.example/#website"}</script>';

		expect(problems({ 'index.html': page('', head) })).toEqual([]);
	});

	test('reports a relative link on the 404 page, which is served under every missing URL', () => {
		const body =
			'<a href="/">на главную</a> <a href="#main">к тексту</a> <a href="articles/x/">статья</a>';

		expect(problems({ '404.html': page(`<main id="main">${body}</main>`) })).toEqual([
			{
				file: '404.html',
				link: 'articles/x/',
				reason: 'на странице 404 относительный адрес ведёт в разные места: начните его с «/»',
			},
		]);
	});

	test('resolves relative links against <base href>', () => {
		const html = page('<a href="x/">X</a>', '<base href="/articles/">');

		expect(problems({ 'search/index.html': html })).toEqual([]);
	});

	test('lists links to other sites once each, with the pages they are on, and reports their form', () => {
		const link =
			'<a href="https://kremlin.ru/a">Кремль</a> <a href="http://example.org/?utm_source=x">x</a>';
		const files = site({ 'index.html': page(link), 'glossary/index.html': page(link) });

		const report = checkLinks(files, { siteUrl: SITE_URL });

		expect(report.external).toEqual([
			{ url: 'http://example.org/?utm_source=x', files: ['glossary/index.html', 'index.html'] },
			{ url: 'https://kremlin.ru/a', files: ['glossary/index.html', 'index.html'] },
		]);
		expect(report.problems.filter((problem) => problem.file === 'index.html')).toEqual([
			{
				kind: 'external',
				file: 'index.html',
				where: 'a[href]',
				link: 'http://example.org/?utm_source=x',
				reason: 'параметр слежения utm_source',
			},
		]);
	});

	test('reports each broken link once per file and place, however often it repeats', () => {
		const body = '<a href="/y/">1</a><a href="/y/">2</a>';

		expect(problems({ 'index.html': page(body) })).toHaveLength(1);
	});

	test('checks the site under the origin it is told, not a fixed one', () => {
		const files = site({ 'index.html': page('<a href="https://razbor.example/nope/">x</a>') });

		const report = checkLinks(files, { siteUrl: 'https://staging.razbor.example' });

		expect(report.problems).toEqual([]);
		expect(report.external.map((link) => link.url)).toContain('https://razbor.example/nope/');
	});
});

describe('checkLinks on feeds, the sitemap and robots.txt', () => {
	const item = (content: string) =>
		`<?xml version="1.0" encoding="utf-8"?><?xml-stylesheet href="/feed.xsl" type="text/xsl"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<link>https://razbor.example/</link><atom:link href="https://razbor.example/rss.xml" rel="self"/>
<docs>https://validator.w3.org/feed/docs/rss2.html</docs>
<item><link>https://razbor.example/articles/x/</link><guid isPermaLink="false">https://razbor.example/nope/</guid>
<content:encoded><![CDATA[${content}]]></content:encoded></item></channel></rss>`;

	test('accepts absolute links to pages and fragments, the relative stylesheet and namespace URIs', () => {
		const rss = item(
			'<p><a href="https://razbor.example/articles/x/#source-kremlin">[1]</a> <a href="https://kremlin.ru/">Кремль</a></p>',
		);

		const report = checkLinks(site({ 'rss.xml': rss }), { siteUrl: SITE_URL });

		expect(report.problems).toEqual([]);
		expect(report.counts.get('rss.xml')).toBe(7);
		expect(report.external.map((link) => link.url)).toEqual([
			'https://kremlin.ru/',
			'https://validator.w3.org/feed/docs/rss2.html',
		]);
	});

	test.each([
		[
			'a relative link in the content',
			'<a href="/glossary/">словарь</a>',
			'/glossary/',
			'нужен абсолютный адрес: ленту и разметку читают не на этой странице',
		],
		[
			'a fragment-only link in the content',
			'<a href="#source-kremlin">[1]</a>',
			'#source-kremlin',
			'нужен абсолютный адрес: ленту и разметку читают не на этой странице',
		],
		[
			'a missing fragment in the content',
			'<a href="https://razbor.example/articles/x/#nope">[1]</a>',
			'https://razbor.example/articles/x/#nope',
			'на articles/x/index.html нет id «nope»',
		],
		[
			'a missing image in the content',
			'<img src="https://razbor.example/og/x.png" alt="">',
			'https://razbor.example/og/x.png',
			'нет файла og/x.png',
		],
	])('reports %s of an RSS item', (_, content, link, reason) => {
		expect(problems({ 'rss.xml': item(content) })).toEqual([{ file: 'rss.xml', link, reason }]);
	});

	test('reports a missing item page and a relative self link in Atom', () => {
		const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>https://razbor.example/</id>
<link rel="self" href="/atom.xml"/><entry><id>tag:razbor.example,2025:x</id><link href="https://razbor.example/articles/y/"/></entry></feed>`;

		expect(problems({ 'atom.xml': atom })).toEqual([
			{
				file: 'atom.xml',
				link: '/atom.xml',
				reason: 'нужен абсолютный адрес: ленту и разметку читают не на этой странице',
			},
			{
				file: 'atom.xml',
				link: 'https://razbor.example/articles/y/',
				reason: 'нет страницы: нет файла articles/y/index.html',
			},
		]);
	});

	test('reports a missing item URL and a relative link in a JSON Feed', () => {
		const feed = JSON.stringify({
			version: 'https://jsonfeed.org/version/1.1',
			home_page_url: 'https://razbor.example/',
			feed_url: 'https://razbor.example/feed.json',
			items: [
				{
					id: 'https://razbor.example/articles/x/',
					url: 'https://razbor.example/articles/x/',
					content_html: '<a href="/glossary/#union-state">т</a>',
				},
				{ id: 'y', url: 'https://razbor.example/articles/y/', image: '/og/site.png' },
			],
		});

		expect(problems({ 'feed.json': feed })).toEqual([
			{
				file: 'feed.json',
				link: '/glossary/#union-state',
				reason: 'нужен абсолютный адрес: ленту и разметку читают не на этой странице',
			},
			{
				file: 'feed.json',
				link: 'https://razbor.example/articles/y/',
				reason: 'нет страницы: нет файла articles/y/index.html',
			},
			{
				file: 'feed.json',
				link: '/og/site.png',
				reason: 'нужен абсолютный адрес: ленту и разметку читают не на этой странице',
			},
		]);
	});

	test('reports sitemap entries that are missing or on another site', () => {
		const sitemap = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://razbor.example/</loc></url><url><loc>https://razbor.example/articles/y/</loc></url>
<url><loc>https://example.org/</loc></url></urlset>`;

		expect(problems({ 'sitemap.xml': sitemap })).toEqual([
			{
				file: 'sitemap.xml',
				link: 'https://razbor.example/articles/y/',
				reason: 'нет страницы: нет файла articles/y/index.html',
			},
			{
				file: 'sitemap.xml',
				link: 'https://example.org/',
				reason: 'в карте сайта только адреса этого сайта',
			},
		]);
	});

	test('reports a missing sitemap named in robots.txt', () => {
		const robots = 'User-agent: *\nAllow: /\n\nSitemap: https://razbor.example/sitemap.xml\n';

		expect(problems({ 'robots.txt': robots })).toEqual([
			{
				file: 'robots.txt',
				link: 'https://razbor.example/sitemap.xml',
				reason: 'нет файла sitemap.xml',
			},
		]);
	});

	test('reports a feed that is not well-formed XML instead of passing it unread', () => {
		const [problem] = problems({ 'atom.xml': '<feed><entry></feed>' });

		expect(problem?.file).toBe('atom.xml');
		expect(problem?.reason).toMatch(/^не XML \(.+\): ссылки не проверены$/);
	});

	test('reports a CSS url() to a missing font', () => {
		const css =
			"@font-face{src:url('/fonts/pt-sans.woff2') format('woff2')}.x{background:url(data:image/png;base64,AA==)}";

		expect(problems({ '_astro/site.css': css })).toEqual([
			{
				file: '_astro/site.css',
				link: '/fonts/pt-sans.woff2',
				reason: 'нет файла fonts/pt-sans.woff2',
			},
		]);
	});
});

describe('formatLinkProblems', () => {
	test('groups problems by file: the file, then where, the link and why', () => {
		const report = checkLinks(
			site({
				'index.html': page('<a href="/y/">y</a><img src="/z.png" alt="">'),
				'glossary/index.html': page('<a href="#q">q</a>'),
			}),
			{ siteUrl: SITE_URL },
		);

		expect(formatLinkProblems(report.problems).split('\n')).toEqual([
			'index.html',
			'  a[href] «/y/»: нет страницы: нет файла y/index.html',
			'  img[src] «/z.png»: нет файла z.png',
			'glossary/index.html',
			'  a[href] «#q»: на glossary/index.html нет id «q»',
		]);
	});
});
