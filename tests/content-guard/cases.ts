import { readFileSync } from 'node:fs';

/**
 * The corpus of broken and hostile content: each case is one small change to the base fixture
 * content (tests/fixtures/content/base/) and what must come of it: refused with the file, the line,
 * the rule and a part of the Russian message, or accepted with nothing active or hidden in the
 * body's HTML. corpus.test.ts runs every case through `checkContent()`, the loaders' own readers
 * and the build's reference check; tests/site/content-guard.test.ts builds the accepted cases that
 * need a real page, feed and search index.
 */

/** A change to the base content: files to write (path under the content folder → text), or to delete. */
export interface ContentChange {
	/** Files written over the base content, e.g. `{ 'articles/guard.md': '…' }`. */
	write?: Readonly<Record<string, string>>;
	/** Folders to create (empty), e.g. `article`. */
	folders?: readonly string[];
	/** Real images to write (a small PNG), e.g. `articles/images/kremlin.png`. */
	images?: readonly string[];
}

/** The one problem a refused case must report. */
export interface ExpectedRefusal {
	/** Path under the content folder, e.g. `articles/guard.md`; a folder ends in `/`. */
	file: string;
	/** 1-based line, or `null` for a problem of the whole file. */
	line: number | null;
	/** Rule id, e.g. `razbor:html-element`. */
	rule: string;
	/** A part of the printed line: the message, or the field and the message (`published: «вчера»`). */
	message: string;
}

/** One case of the corpus. */
export interface GuardCase {
	/** What the case is, in a few words. */
	name: string;
	/** The class of mistake it belongs to, for the coverage check. */
	kind: GuardClass;
	change: ContentChange;
	/** The refusal, or `accepted` with what must not reach the body's HTML. */
	expected:
		ExpectedRefusal | { accepted: true; absent?: readonly string[]; present?: readonly string[] };
}

/** The classes of issue 21 and of the guards before it; each must have cases. */
export type GuardClass =
	| 'html-element'
	| 'html-attribute'
	| 'html-marker'
	| 'url-scheme'
	| 'comment'
	| 'task-list'
	| 'image'
	| 'link'
	| 'date'
	| 'files'
	| 'yaml'
	| 'invisible-text'
	| 'directive'
	| 'field-name'
	| 'schema'
	| 'reference'
	| 'translation'
	| 'accepted';

/** The body of `articles/guard.md` starts on this line. */
export const BODY_LINE = 11;

/** `articles/guard.md` with `body` starting on {@link BODY_LINE} and `frontmatter` lines replacing the defaults by name. */
export function article(
	body: string,
	frontmatter: Readonly<Record<string, string>> = {},
): ContentChange {
	const fields: Record<string, string> = {
		title: 'title: Проверка содержимого',
		dek: 'dek: Короткое описание для проверки.',
		kind: 'kind: news',
		published: 'published: 2025-03-13T12:00:00+03:00',
		keyPoints: 'keyPoints: [Первый пункт., Второй пункт., Третий пункт.]',
		...frontmatter,
	};
	const head = Object.values(fields).filter(Boolean);
	// Always seven header lines (the fences included), so body lines stay fixed.
	while (head.length < 5) head.push('draft: false');
	return {
		write: {
			'articles/guard.md': [
				'---',
				...head.slice(0, 5),
				'---',
				'',
				'Абзац текста.',
				'',
				body,
				'',
			].join('\n'),
		},
	};
}

/** `change` with a small real image `name` in `content/articles/images/`. */
function withImage(name: string, change: ContentChange): ContentChange {
	return { ...change, images: [...(change.images ?? []), `articles/images/${name}`] };
}

/** A refusal in `articles/guard.md`. */
function inArticle(line: number, rule: string, message: string): ExpectedRefusal {
	return { file: 'articles/guard.md', line, rule, message };
}

/** A raw HTML element refused by the allow-list at the body's first line. */
function refusedElement(
	tag: string,
	html: string,
	message = `элемент <${tag}> в статье недопустим`,
): GuardCase {
	return {
		name: `raw <${tag}>`,
		kind: 'html-element',
		change: article(html),
		expected: inArticle(BODY_LINE, 'razbor:html-element', message),
	};
}

/**
 * A file of the English fixture (tests/fixtures/content/english/: translations of the base content
 * that pass as they are), with each `[from, to]` replaced once, written to the same path.
 */
function english(path: string, ...edits: readonly (readonly [string, string])[]): ContentChange {
	let text = readFileSync(new URL(`../fixtures/content/english/${path}`, import.meta.url), 'utf8');
	for (const [from, to] of edits) {
		if (!text.includes(from)) throw new Error(`no «${from}» in the English fixture ${path}`);
		text = text.replace(from, to);
	}
	return { write: { [path]: text } };
}

const EN_ARTICLE = 'articles/en/sample-news.md';
const EN_TIMELINE = 'timelines/en/sample-visit.yaml';
const EN_PERSON = 'people/en/putin.yaml';
const EN_CHART = 'charts/en/sample-trade.yaml';
const EN_TERM = 'glossary/en/union-state.yaml';

/** The English article with `edits`, beside the translations of the timeline, chart and term it uses. */
function englishArticle(...edits: readonly (readonly [string, string])[]): ContentChange {
	return {
		write: {
			...english(EN_ARTICLE, ...edits).write,
			...english(EN_TIMELINE).write,
			...english(EN_CHART).write,
			...english(EN_TERM).write,
		},
	};
}

/** A refusal of a translation that differs from its original, in `file` at `line`. */
function mismatch(file: string, line: number | null, message: string): ExpectedRefusal {
	return { file, line, rule: 'razbor:translation-mismatch', message };
}

const ACTIVE = 'скрипты, стили, фреймы, объекты и формы на сайт не попадают';
const ALLOW_LIST = 'в HTML статьи можно писать только <a>, <abbr>';

export const CASES: readonly GuardCase[] = [
	// Elements off the allow-list: active ones, ones that break a page, ones with no place in an article.
	...(
		[
			['script', '<script>alert(1)</script>'],
			['style', '<style>body { display: none }</style>'],
			['iframe', '<iframe src="https://example.org/"></iframe>'],
			['object', '<object data="x.swf"></object>'],
			['embed', '<embed src="x.swf">'],
			['form', '<form action="https://example.org/"><input name="q"></form>'],
			['input', 'Поле <input type="checkbox" checked> тут.'],
			['textarea', '<textarea>x</textarea>'],
			['button', 'Кнопка <button>нажми</button>.'],
			['select', '<select><option>a</option></select>'],
			['svg', '<svg><circle r="5"></circle></svg>'],
			['math', '<math><mi>x</mi></math>'],
			['template', '<template><p>x</p></template>'],
			['noscript', '<noscript><p>x</p></noscript>'],
			['link', '<link rel="stylesheet" href="https://example.org/a.css">'],
			['meta', '<meta http-equiv="refresh" content="0;url=https://example.org/">'],
			['base', '<base href="https://example.org/">'],
			['portal', '<portal src="https://example.org/"></portal>'],
			['applet', '<applet code="x"></applet>'],
		] as const
	).map(([tag, html]) =>
		refusedElement(tag, html, `элемент <${tag}> в статье недопустим: ${ACTIVE}`),
	),
	...(
		[
			['plaintext', '<plaintext>'],
			['xmp', '<xmp><b>x</b></xmp>'],
			['noembed', '<noembed>x</noembed>'],
			['noframes', '<noframes>x</noframes>'],
			['listing', '<listing>x</listing>'],
			['marquee', 'Текст <marquee>бегущая строка</marquee>.'],
			['title', '<title>Другой заголовок</title>'],
			['video', '<video src="/a.mp4"></video>'],
			['audio', '<audio src="/a.mp3"></audio>'],
			['canvas', '<canvas></canvas>'],
			['dialog', '<dialog open>x</dialog>'],
			['details', '<details><summary>Ещё</summary>x</details>'],
			['font', '<font color="red">x</font>'],
			['center', '<center>x</center>'],
			['div', '<div>блок</div>'],
			['picture', '<picture><source srcset="/a.avif"></picture>'],
		] as const
	).map(([tag, html]) =>
		refusedElement(tag, html, `элемент <${tag}> в статье недопустим: ${ALLOW_LIST}`),
	),
	refusedElement(
		'img',
		'Фото: <img src="/favicon.svg" alt="Логотип">',
		'картинку нельзя вставить тегом <img>',
	),
	{
		name: '<plaintext> in the middle of a paragraph, at its column',
		kind: 'html-element',
		change: article('Начало <plaintext> и всё остальное.'),
		expected: inArticle(
			BODY_LINE,
			'razbor:html-element',
			'элемент <plaintext> в статье недопустим',
		),
	},
	{
		name: 'a script inside a fact box',
		kind: 'html-element',
		change: article(
			':::factbox[Торговля]{#trade}\n- **50** — значение <script>x</script> :cite{#sample-kremlin}\n:::',
		),
		expected: inArticle(
			BODY_LINE + 1,
			'razbor:factbox-schema',
			'HTML-разметка в тексте не допускается',
		),
	},

	// Attributes off the list.
	...(
		[
			[
				'onclick',
				'Вот <abbr title="т" onclick="alert(1)">СГ</abbr>.',
				'обработчики событий и стили в статье не допускаются',
			],
			[
				'onmouseover',
				'<span onmouseover="alert(1)">x</span>',
				'обработчики событий и стили в статье не допускаются',
			],
			[
				'style',
				'<p style="position:fixed">Текст</p>',
				'обработчики событий и стили в статье не допускаются',
			],
			['dir', '<span dir="rtl">x</span>', 'у <span> можно писать только title'],
			['srcset', '<span srcset="/a.png 1x">x</span>', 'у <span> можно писать только title'],
			[
				'ping',
				'<a href="/" ping="https://example.org/">x</a>',
				'у <a> можно писать только href, title',
			],
			['target', '<a href="/" target="_blank">x</a>', 'у <a> можно писать только href, title'],
			['title on br', 'строка<br title="x">', 'у <br> атрибутов не бывает'],
			[
				'background on a table cell, an image loaded from another site',
				'<table><tr><td background="https://example.org/p.png">x</td></tr></table>',
				'атрибут background у <td> недопустим',
			],
		] as const
	).map(([name, html, message]): GuardCase => ({
		name: `the attribute ${name}`,
		kind: 'html-attribute',
		change: article(html),
		expected: inArticle(BODY_LINE, 'razbor:html-attribute', message),
	})),

	// The build's markers cannot be forged in raw HTML.
	...(
		[
			[
				'the embed placeholder with a real id',
				'<div class="embed" data-embed="timeline" data-id="sample-visit"></div>',
				'class',
			],
			[
				'the embed placeholder with an unknown id',
				'<div class="embed" data-embed="timeline" data-id="net-takoi"></div>',
				'class',
			],
			[
				'an embed placeholder in a list item',
				'- пункт <span class="embed" data-embed="chart" data-id="sample-trade"></span>',
				'class',
			],
			['an id that collides with an anchor', '<span id="source-sample-kremlin">x</span>', 'id'],
			['a search-index marker', '<span data-pagefind-ignore>x</span>', 'data-pagefind-ignore'],
			['an aria attribute', '<span aria-hidden="true">x</span>', 'aria-hidden'],
			['a role', '<span role="button">x</span>', 'role'],
			['a class on a heading written as HTML', '<p class="fact-box">x</p>', 'class'],
			[
				'a forged body image placeholder',
				'Фото: <span data-body-image="0"></span>',
				'data-body-image',
			],
		] as const
	).map(([name, html, attribute]): GuardCase => ({
		name,
		kind: 'html-marker',
		change: article(html),
		expected: inArticle(BODY_LINE, 'razbor:html-marker', `атрибут ${attribute} у <`),
	})),

	// URL schemes.
	...(
		[
			['a javascript: link', '[ссылка](javascript:alert(1))', 'javascript'],
			['a JavaScript: link in mixed case', '[ссылка](JaVaScRiPt:alert(1))', 'javascript'],
			['a scheme hidden by a tab', '<a href=" java\tscript:alert(1)">x</a>', 'javascript'],
			['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', 'vbscript'],
			['a data: link', '[файл](data:text/html,<script>alert(1)</script>)', 'data'],
			[
				'a quotation with a javascript: source',
				'<blockquote cite="javascript:alert(1)">ц</blockquote>',
				'javascript',
			],
			['a file: link', '[файл](file:///etc/passwd)', 'file'],
		] as const
	).map(([name, markdown, scheme]): GuardCase => ({
		name,
		kind: 'url-scheme',
		change: article(markdown),
		expected: inArticle(BODY_LINE, 'razbor:url-scheme', `адрес со схемой ${scheme}:`),
	})),
	{
		name: 'a javascript: link inside a fact box',
		kind: 'url-scheme',
		change: article(
			':::factbox[Торговля]{#trade}\n- **50** — [раз](javascript:alert(1)) :cite{#sample-kremlin}\n:::',
		),
		expected: inArticle(BODY_LINE + 1, 'razbor:url-scheme', 'адрес со схемой javascript:'),
	},

	// Images.
	...(
		[
			[
				'a tracking pixel from another site',
				'![Пиксель](https://example.org/pixel.png)',
				'razbor:image-remote',
				'сайт ничего не загружает со сторонних серверов',
			],
			[
				'an http image',
				'![Фото](http://example.org/a.jpg)',
				'razbor:image-remote',
				'сайт ничего не загружает со сторонних серверов',
			],
			[
				'a protocol-relative image',
				'![Фото](//cdn.example.org/a.jpg)',
				'razbor:image-remote',
				'сайт ничего не загружает со сторонних серверов',
			],
			[
				'a data: image',
				'![Схема](data:image/svg+xml;base64,PHN2Zz4=)',
				'razbor:image-remote',
				'сохраните файл в content/articles/images/',
			],
			[
				'a reference-style remote image',
				'Текст ![пиксель][p].\n\n[p]: https://example.org/p.png',
				'razbor:image-remote',
				'со сторонних серверов',
			],
			[
				'an image from public/',
				'![Логотип](/favicon.svg)',
				'razbor:image-path',
				'взята из public/, а там сборка её не сжимает',
			],
			[
				'an image path without ./',
				'![Кремль](images/kremlin.jpg)',
				'razbor:image-path',
				'ведёт не в content/articles/images/',
			],
			[
				'an image path that climbs out of the images folder',
				'![Кремль](./images/../../../src/site.ts)',
				'razbor:image-path',
				'ведёт не в content/articles/images/',
			],
			[
				'an image beside the article, not in images/',
				'![Кремль](./kremlin.jpg)',
				'razbor:image-path',
				'ведёт не в content/articles/images/',
			],
			[
				'an image in a folder inside images/',
				'![Кремль](./images/2025/kremlin.jpg)',
				'razbor:image-path',
				'ведёт не в content/articles/images/',
			],
			[
				'an image format astro:assets does not optimise',
				'![Схема](./images/scheme.gif)',
				'razbor:image-path',
				'сборка сжимает только такие файлы',
			],
			['an image without alt', '![](./images/kremlin.jpg)', 'razbor:image-alt', 'нет описания'],
			[
				'an image with blank alt',
				'![   ](./images/kremlin.jpg)',
				'razbor:image-alt',
				'нет описания',
			],
			[
				'an image whose file does not exist',
				'![Кремль](./images/net-takoi.jpg)',
				'razbor:missing-file',
				'картинки ./images/net-takoi.jpg нет',
			],
			[
				'a reference-style image whose file does not exist',
				'Текст ![Кремль][k].\n\n[k]: ./images/net-takoi.jpg',
				'razbor:missing-file',
				'картинки ./images/net-takoi.jpg нет',
			],
		] as const
	).map(([name, markdown, rule, message]): GuardCase => ({
		name,
		kind: 'image',
		change: article(markdown),
		expected: inArticle(BODY_LINE, rule, message),
	})),

	{
		name: 'a tracking pixel in a table cell',
		kind: 'image',
		change: article('| Год | Итог |\n| --- | --- |\n| 2025 | ![p](https://example.org/p.png) |'),
		expected: inArticle(BODY_LINE + 2, 'razbor:image-remote', 'со сторонних серверов'),
	},
	{
		name: 'an image of the body that is no image',
		kind: 'image',
		change: {
			write: {
				...article('![Кремль](./images/kremlin.png)').write,
				'articles/images/kremlin.png': 'не картинка, а текст',
			},
		},
		expected: inArticle(
			BODY_LINE,
			'razbor:image-file',
			'файл ./images/kremlin.png — не картинка или повреждён',
		),
	},
	{
		name: 'a hero image that is no image',
		kind: 'image',
		change: {
			write: {
				...article('Текст.', {
					keyPoints:
						'keyPoints: [Один., Два., Три.]\nhero: { src: ./images/broken.jpg, alt: Кремль }',
				}).write,
				'articles/images/broken.jpg': '<html>страница вместо снимка</html>',
			},
		},
		expected: {
			file: 'articles/guard.md',
			line: 7,
			rule: 'razbor:image-file',
			message: 'hero.src: файл ./images/broken.jpg — не картинка или повреждён',
		},
	},
	{
		name: 'a hero image that is a real image',
		kind: 'image',
		change: withImage(
			'kremlin.jpg',
			article('Текст.', {
				keyPoints:
					'keyPoints: [Один., Два., Три.]\nhero: { src: ./images/kremlin.jpg, alt: Кремль }',
			}),
		),
		expected: { accepted: true },
	},

	// Links to pages of the site.
	...(
		[
			[
				'a link to an article that does not exist',
				'[разбор](/articles/net-takoi/)',
				'нет записи «net-takoi» в content/articles/',
			],
			[
				'a link with a typo in the slug',
				'[разбор](/articles/sample-newz/)',
				'нет записи «sample-newz» в content/articles/',
			],
			[
				'a link to a draft',
				'[черновик](/articles/sample-draft/)',
				'статья sample-draft — черновик',
			],
			[
				'a link to an unknown person',
				'[человек](/people/medvedev/)',
				'нет записи «medvedev» в content/people/',
			],
			[
				'a link to an unknown topic',
				'[тема](/topics/trade/)',
				'нет записи «trade» в content/topics/',
			],
			[
				'a link to an unknown timeline',
				'[хроника](/timelines/net/)',
				'нет записи «net» в content/timelines/',
			],
			[
				'a link to an unknown event',
				'[событие](/timelines/sample-visit/#party)',
				'в хронике sample-visit нет события с якорем #party',
			],
			[
				'a link to an event by its bare id',
				'[событие](/timelines/sample-visit/#flight)',
				'напишите /timelines/sample-visit/#sample-visit-flight',
			],
			[
				'a link to an unknown term',
				'[термин](/glossary/#union)',
				'нет записи «union» в content/glossary/',
			],
			[
				'a link to an unknown source',
				'[источник](/sources/#net)',
				'нет записи «net» в content/sources/',
			],
			[
				'a link to a page the site does not have',
				'[о нас](/o-nas/)',
				'на сайте нет страницы /o-nas/',
			],
			[
				'a raw HTML link to an article that does not exist',
				'См. <a href="/articles/net-takoi/">разбор</a>.',
				'статьи net-takoi нет',
			],
			[
				'a link to a heading another article does not have',
				'[цифры](/articles/sample-news/#cifry)',
				'на странице статьи sample-news нет якоря #cifry; может быть, #tsifry?',
			],
			[
				'a link to a fact box by its bare id',
				'[справка](/articles/sample-news/#trade)',
				'на странице статьи sample-news нет якоря #trade; может быть, #fact-trade?',
			],
			[
				'a link to an anchor far from any there is',
				'[раздел](/articles/sample-news/#chto-podpisali)',
				'на странице статьи sample-news нет якоря #chto-podpisali; якоря этой страницы: #main',
			],
			[
				'a raw HTML link to an anchor of the same page that is not there',
				'См. <a href="#itogi">итоги</a>.',
				'на странице статьи guard нет якоря #itogi',
			],
			[
				'a link to an anchor of a person page that is not there',
				'[биография](/people/putin/#biografiya)',
				'на странице /people/putin/ нет якоря #biografiya',
			],
			[
				'a link to an anchor of a topic page',
				'[тема](/topics/union-state/#istoriya)',
				'на странице /topics/union-state/ нет якоря #istoriya',
			],
		] as const
	).map(([name, markdown, message]): GuardCase => ({
		name,
		kind: 'link',
		change: article(markdown),
		// A Markdown link to a missing entry is an unknown reference (remarkInternalLinks); any other
		// dead link, and every raw HTML one, is a dead link (rehypeSiteLinks): never both.
		expected: inArticle(
			BODY_LINE,
			message.startsWith('нет записи') ? 'razbor:unknown-reference' : 'razbor:dead-link',
			message,
		),
	})),

	{
		name: 'a link to a heading of the same page with a typo',
		kind: 'link',
		change: article('## Итоги\n\nСм. [выше](#itog).'),
		expected: inArticle(
			BODY_LINE + 2,
			'razbor:dead-link',
			'на странице статьи guard нет якоря #itog; может быть, #itogi?',
		),
	},
	{
		name: 'a fact-check claim whose section is not a heading of the text',
		kind: 'link',
		change: article('## Задержка\n\nТекст.', {
			kind: 'kind: factcheck',
			keyPoints:
				'keyPoints: [Один., Два., Три.]\nfactCheck: { reviewed: sample-kremlin, claims: [{ claim: Переговоры начались с задержкой., verdict: unconfirmed, section: zaderzhk }] }',
		}),
		expected: {
			file: 'articles/guard.md',
			line: 7,
			rule: 'razbor:dead-link',
			message:
				'factCheck.claims[0].section: в тексте нет раздела с якорем #zaderzhk; может быть, #zaderzhka?',
		},
	},

	// Directives.
	...(
		[
			[
				'a :cite typo',
				'Текст :cit{#sample-kremlin}.',
				'неизвестная директива :cit; может быть, :cite?',
			],
			[
				'a :term typo with a label',
				'Текст :trem[СГ]{#union-state}.',
				'неизвестная директива :trem; может быть, :term?',
			],
			[
				'a :term typo without attributes',
				'Текст :tern[СГ].',
				'неизвестная директива :tern; может быть, :term?',
			],
			[
				'an unknown text directive with attributes',
				'Текст :abbr[ВВП]{title="продукт"}.',
				'неизвестная директива :abbr; доступны: :cite, :term',
			],
			[
				'a ::timeline typo',
				'::timelin{#sample-visit}',
				'неизвестная директива ::timelin; может быть, ::timeline?',
			],
			[
				'a :::factbox typo',
				':::factbx[Т]{#t}\n- **1** — раз :cite{#sample-kremlin}\n:::',
				'неизвестная директива :::factbx; может быть, :::factbox?',
			],
			['an unknown block directive', '::note{#x}', 'неизвестная директива ::note'],
			[
				'a known directive with the wrong number of colons',
				'::cite{#sample-kremlin}',
				'неизвестная директива ::cite',
			],
		] as const
	).map(([name, markdown, message]): GuardCase => ({
		name,
		kind: 'directive',
		change: article(markdown),
		expected: inArticle(BODY_LINE, 'razbor:unknown-directive', message),
	})),
	{
		name: 'a GFM footnote',
		kind: 'directive',
		change: article('Оборот вырос[^1].\n\n[^1]: По данным ФТС.'),
		expected: inArticle(BODY_LINE, 'razbor:footnote', 'сноски [^1] на сайте не используются'),
	},
	{
		name: 'a citation of an unknown source',
		kind: 'reference',
		change: article('Текст :cite{#net-takogo}.'),
		expected: inArticle(
			BODY_LINE,
			'razbor:unknown-reference',
			'нет записи «net-takogo» в content/sources/',
		),
	},
	{
		name: 'a citation with a label',
		kind: 'directive',
		change: article('Текст :cite[1]{#sample-kremlin}.'),
		expected: inArticle(BODY_LINE, 'razbor:cite-label', 'не бывает текста в [скобках]'),
	},
	{
		name: 'an unknown term',
		kind: 'reference',
		change: article('Текст :term[СГ]{#net-termina}.'),
		expected: inArticle(
			BODY_LINE,
			'razbor:unknown-reference',
			'нет записи «net-termina» в content/glossary/',
		),
	},
	{
		name: 'a timeline embedded inside a list',
		kind: 'directive',
		change: article('- пункт\n\n  ::timeline{#sample-visit}'),
		expected: inArticle(
			BODY_LINE + 2,
			'razbor:timeline-nesting',
			'только отдельной строкой на верхнем уровне',
		),
	},
	{
		name: 'an unknown timeline embedded',
		kind: 'reference',
		change: article('::timeline{#net-hroniki}'),
		expected: inArticle(
			BODY_LINE,
			'razbor:unknown-reference',
			'нет записи «net-hroniki» в content/timelines/',
		),
	},
	{
		name: 'a timeline without an id',
		kind: 'directive',
		change: article('::timeline'),
		expected: inArticle(BODY_LINE, 'razbor:timeline-id', 'у хроники нет id'),
	},
	{
		name: 'a fact box without an id',
		kind: 'directive',
		change: article(':::factbox[Т]\n- **1** — раз :cite{#sample-kremlin}\n:::'),
		expected: inArticle(BODY_LINE, 'razbor:factbox-id', 'id'),
	},

	{
		name: 'a fact box verdict in the old short form',
		kind: 'directive',
		change: article(':::factbox[Т]{#t verdict=partly}\n- **рекорд** — так назвали\n:::'),
		expected: inArticle(BODY_LINE, 'razbor:factbox-schema', 'может быть, partly-confirmed?'),
	},

	// Dates.
	...(
		[
			[
				'published two centuries ahead',
				{ published: 'published: 2205-03-13T12:00:00+03:00' },
				5,
				'published',
				'2205 год — слишком далеко от сегодняшнего дня, это похоже на опечатку; может быть, 2025?',
			],
			[
				'published a millennium back',
				{ published: 'published: 1025-03-13T12:00:00+03:00' },
				5,
				'published',
				'1025 год — слишком далеко от сегодняшнего дня, это похоже на опечатку; может быть, 2025?',
			],
			[
				'updated far ahead',
				{ kind: 'kind: news\nupdated: 2052-03-13T12:00:00+03:00' },
				5,
				'updated',
				'2052 год — слишком далеко от сегодняшнего дня, это похоже на опечатку; может быть, 2025?',
			],
			[
				'a date without an offset',
				{ published: 'published: 2025-03-13T12:00:00' },
				5,
				'published',
				'«2025-03-13T12:00:00» — не дата',
			],
			['a date in words', { published: 'published: вчера' }, 5, 'published', '«вчера» — не дата'],
			[
				'a change note dated two centuries ahead',
				{
					keyPoints:
						'keyPoints: [Один., Два., Три.]\nupdates: [{ at: 2205-03-13T12:00:00+03:00, note: Дополнено. }]',
				},
				7,
				'updates[0].at',
				'2205 год — слишком далеко от сегодняшнего дня, это похоже на опечатку; может быть, 2025?',
			],
		] as const
	).map(([name, fields, line, field, message]): GuardCase => ({
		name,
		kind: 'date',
		change: article('Текст.', fields),
		expected: {
			file: 'articles/guard.md',
			line,
			rule: 'razbor:schema',
			message: `${field}: ${message}`,
		},
	})),

	// Invisible text.
	...(
		[
			[
				'a title of a zero-width space',
				{ title: 'title: "\\u200B"' },
				2,
				'U+200B (символ нулевой ширины)',
			],
			[
				'a title with a right-to-left override',
				{ title: 'title: "Визит \\u202Eйынчилго"' },
				2,
				'U+202E (управление направлением текста)',
			],
			['a dek with a left-to-right mark', { dek: 'dek: "Кратко\\u200E."' }, 3, 'U+200E'],
			[
				'a key point with an isolate',
				{ keyPoints: 'keyPoints: ["Первый \\u2066пункт.", Второй., Третий.]' },
				6,
				'U+2066',
			],
			[
				'a title of combining marks only',
				{ title: 'title: "\\u0301\\u0301"' },
				2,
				'нет ни одного видимого знака',
			],
			[
				'a hero alt with a bidi override',
				{
					keyPoints:
						'keyPoints: [Один., Два., Три.]\nhero: { src: ./images/kremlin.jpg, alt: "Логотип \\u202Eсайта" }',
				},
				7,
				'U+202E',
			],
			[
				'a hero alt with markup',
				{
					keyPoints:
						'keyPoints: [Один., Два., Три.]\nhero: { src: ./images/kremlin.jpg, alt: "<b>Логотип</b>" }',
				},
				7,
				'HTML-разметка в тексте не допускается',
			],
		] as const
	).map(([name, fields, line, message]): GuardCase => ({
		name,
		kind: 'invisible-text',
		change: article('Текст.', fields),
		expected: { file: 'articles/guard.md', line, rule: 'razbor:schema', message },
	})),
	{
		name: 'a person whose name is a zero-width joiner',
		kind: 'invisible-text',
		change: {
			write: { 'people/ghost.yaml': 'name: "\\u200D"\nrole: никто\ndescription: Пустое имя.\n' },
		},
		expected: { file: 'people/ghost.yaml', line: 1, rule: 'razbor:schema', message: 'U+200D' },
	},
	{
		name: 'a source title with a bidi override',
		kind: 'invisible-text',
		change: {
			write: {
				'sources/spoof.yaml':
					'publisher: Кремль\ntitle: "Заявление \\u202Eнеизвестно"\ndate: 2025-03-13\nkind: official\nlang: ru\nurl: https://example.org/spoof\n',
			},
		},
		expected: { file: 'sources/spoof.yaml', line: 2, rule: 'razbor:schema', message: 'U+202E' },
	},
	{
		name: 'a glossary definition with a zero-width space',
		kind: 'invisible-text',
		change: {
			write: { 'glossary/ghost.yaml': 'term: Призрак\ndefinition: "Слово\\u200Bс секретом."\n' },
		},
		expected: { file: 'glossary/ghost.yaml', line: 2, rule: 'razbor:schema', message: 'U+200B' },
	},

	// Field names and YAML.
	{
		name: 'keypoints instead of keyPoints',
		kind: 'field-name',
		change: article('Текст.', { keyPoints: 'keypoints: [Один., Два., Три.]' }),
		expected: {
			file: 'articles/guard.md',
			line: 6,
			rule: 'razbor:schema',
			message: 'неизвестное поле «keypoints»; может быть, keyPoints?',
		},
	},
	{
		name: 'titel instead of title',
		kind: 'field-name',
		change: article('Текст.', { title: 'titel: Проверка' }),
		expected: {
			file: 'articles/guard.md',
			line: 2,
			rule: 'razbor:schema',
			message: 'неизвестное поле «titel»; может быть, title?',
		},
	},
	{
		name: 'a misspelled optional field',
		kind: 'field-name',
		change: article('Текст.', { kind: 'kind: news\nupdatd: 2025-03-14T12:00:00+03:00' }),
		expected: {
			file: 'articles/guard.md',
			line: 5,
			rule: 'razbor:schema',
			message: 'может быть, updated?',
		},
	},
	{
		name: 'a misspelled field in a person',
		kind: 'field-name',
		change: {
			write: {
				'people/medvedev.yaml': 'name: Дмитрий Медведев\nrol: политик\ndescription: Запись.\n',
			},
		},
		expected: {
			file: 'people/medvedev.yaml',
			line: 2,
			rule: 'razbor:schema',
			message: 'неизвестное поле «rol»; может быть, role?',
		},
	},
	{
		name: 'a tab indenting the frontmatter',
		kind: 'yaml',
		change: article('Текст.', { keyPoints: 'keyPoints:\n\t- Один.' }),
		expected: { file: 'articles/guard.md', line: 7, rule: 'razbor:yaml', message: 'табуляцией' },
	},
	{
		name: 'a tab indenting a timeline',
		kind: 'yaml',
		change: { write: { 'timelines/tabs.yaml': 'title: Хроника\nevents:\n\t- id: a\n' } },
		expected: { file: 'timelines/tabs.yaml', line: 3, rule: 'razbor:yaml', message: 'табуляцией' },
	},
	{
		name: 'a blank line before the opening ---',
		kind: 'yaml',
		change: { write: { 'articles/guard.md': '\n---\ntitle: Проверка\n---\n\nТекст.\n' } },
		expected: {
			file: 'articles/guard.md',
			line: 1,
			rule: 'razbor:frontmatter',
			message: 'перед шапкой пустая строка',
		},
	},
	{
		name: 'an alias bomb in a data file',
		kind: 'yaml',
		change: {
			write: {
				'people/bomb.yaml': [
					'name: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
					'role: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
					'description: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
					'x: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
					'y: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
					'z: [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
				].join('\n'),
			},
		},
		expected: {
			file: 'people/bomb.yaml',
			line: 2,
			rule: 'razbor:yaml',
			message: 'слишком много ссылок на якоря',
		},
	},
	{
		name: 'an unclosed quote',
		kind: 'yaml',
		change: article('Текст.', { title: 'title: "Проверка' }),
		expected: {
			file: 'articles/guard.md',
			line: 2,
			rule: 'razbor:yaml',
			message: 'не закрыта кавычка',
		},
	},
	{
		name: 'a field written twice',
		kind: 'yaml',
		change: article('Текст.', { kind: 'kind: news\ntitle: Ещё раз' }),
		expected: {
			file: 'articles/guard.md',
			line: 5,
			rule: 'razbor:yaml',
			message: 'поле указано дважды',
		},
	},
	{
		name: 'a colon in a value without quotes',
		kind: 'yaml',
		change: article('Текст.', { title: 'title: Итоги: что подписали' }),
		expected: {
			file: 'articles/guard.md',
			line: 2,
			rule: 'razbor:yaml',
			message: 'двоеточие с пробелом',
		},
	},
	{
		name: 'no frontmatter fences',
		kind: 'yaml',
		change: { write: { 'articles/guard.md': 'title: Проверка\n\nТекст.\n' } },
		expected: {
			file: 'articles/guard.md',
			line: 1,
			rule: 'razbor:frontmatter',
			message: 'нет шапки',
		},
	},

	// Schemas and references that the guard already had.
	...(
		[
			[
				'HTML in the title',
				{ title: 'title: Визит <b>жирно</b>' },
				2,
				'HTML-разметка в тексте не допускается',
			],
			['a kind that does not exist', { kind: 'kind: opinion' }, 4, 'одно из значений'],
			['too few key points', { keyPoints: 'keyPoints: [Один.]' }, 6, 'от 3 до 6 пунктов'],
			['a missing title', { title: '' }, 2, 'обязательное поле не заполнено'],
			[
				'an unknown topic',
				{ kind: 'kind: news\ntopics: [trade]' },
				5,
				'нет записи «trade» в content/topics/',
			],
		] as const
	).map(([name, fields, line, message]): GuardCase => ({
		name,
		kind: message.startsWith('нет записи') ? 'reference' : 'schema',
		change: article('Текст.', fields),
		expected: {
			file: 'articles/guard.md',
			line,
			rule: message.startsWith('нет записи') ? 'razbor:unknown-reference' : 'razbor:schema',
			message,
		},
	})),
	{
		name: 'an empty body',
		kind: 'schema',
		change: {
			write: {
				'articles/guard.md':
					'---\ntitle: Проверка\ndek: Кратко.\nkind: news\npublished: 2025-03-13T12:00:00+03:00\nkeyPoints: [Один., Два., Три.]\n---\n\n',
			},
		},
		expected: {
			file: 'articles/guard.md',
			line: 7,
			rule: 'razbor:empty-body',
			message: 'у статьи нет текста после шапки',
		},
	},
	{
		name: 'a hero image that does not exist',
		kind: 'image',
		change: article('Текст.', {
			keyPoints: 'keyPoints: [Один., Два., Три.]\nhero: { src: ./images/net.jpg, alt: Кремль }',
		}),
		expected: {
			file: 'articles/guard.md',
			line: 7,
			rule: 'razbor:missing-file',
			message: 'файла ./images/net.jpg нет; путь считается от файла статьи',
		},
	},
	{
		name: 'a timeline event citing an unknown source',
		kind: 'reference',
		change: {
			write: {
				'timelines/broken.yaml':
					'title: Хроника\nevents:\n  - id: a\n    date: 2025-03-13\n    title: Событие\n    sources: [net-takogo]\n',
			},
		},
		expected: {
			file: 'timelines/broken.yaml',
			line: 6,
			rule: 'razbor:unknown-reference',
			message: 'нет записи «net-takogo»',
		},
	},

	// Files.
	{
		name: 'an article with the .markdown ending',
		kind: 'files',
		change: { write: { 'articles/visit-2.markdown': '---\ntitle: x\n---\n\nТекст.\n' } },
		expected: {
			file: 'articles/visit-2.markdown',
			line: null,
			rule: 'razbor:stray-file',
			message: 'переименуйте его в visit-2.md',
		},
	},
	{
		name: 'a person as JSON',
		kind: 'files',
		change: { write: { 'people/medvedev.json': '{"name": "Дмитрий Медведев"}' } },
		expected: {
			file: 'people/medvedev.json',
			line: null,
			rule: 'razbor:stray-file',
			message: 'только файлы .yaml или .yml',
		},
	},
	{
		name: 'an article at the top of content/',
		kind: 'files',
		change: { write: { 'visit.md': '---\ntitle: x\n---\n' } },
		expected: {
			file: 'visit.md',
			line: null,
			rule: 'razbor:stray-file',
			message: 'файл лежит прямо в content/',
		},
	},
	{
		name: 'a folder with a typo in its name',
		kind: 'files',
		change: { folders: ['article'] },
		expected: {
			file: 'article/',
			line: null,
			rule: 'razbor:stray-file',
			message: 'может быть, content/articles/?',
		},
	},
	{
		name: 'a folder inside the articles',
		kind: 'files',
		change: { write: { 'articles/2025/visit.md': '---\ntitle: x\n---\n' } },
		expected: {
			file: 'articles/2025/',
			line: null,
			rule: 'razbor:stray-file',
			message: 'папка внутри content/articles/ не читается',
		},
	},
	{
		name: 'two files for one person',
		kind: 'files',
		change: {
			write: { 'people/putin.yml': 'name: Путин\nrole: президент\ndescription: Запись.\n' },
		},
		expected: {
			file: 'people/putin.yml',
			line: null,
			rule: 'razbor:duplicate-id',
			message: 'id «putin» уже занят файлом',
		},
	},
	{
		name: 'a file name that is not kebab-case',
		kind: 'files',
		change: {
			write: {
				'people/Medvedev.yaml': 'name: Дмитрий Медведев\nrole: политик\ndescription: Запись.\n',
			},
		},
		expected: {
			file: 'people/Medvedev.yaml',
			line: null,
			rule: 'razbor:file-name',
			message: 'не годится для адреса',
		},
	},

	// Accepted: valid content that must build, with nothing active or hidden in the body.
	{
		name: 'a GFM task list',
		kind: 'task-list',
		change: article('- [x] сделано\n- [ ] не сделано'),
		expected: { accepted: true, absent: ['<input', 'checkbox'], present: ['☑', '☐'] },
	},
	{
		name: "an editor's comment inline",
		kind: 'comment',
		change: article('Оборот вырос на 5 % <!-- проверить цифру --> за год.'),
		expected: { accepted: true, absent: ['<!--', 'проверить цифру'] },
	},
	{
		name: "an editor's comment on lines of its own",
		kind: 'comment',
		change: article('<!--\nпроверить цифру\nи источник\n-->\n\nДальше текст.'),
		expected: { accepted: true, absent: ['<!--', 'проверить цифру', 'источник'] },
	},
	{
		name: 'plain raw HTML: abbr, sub, sup, kbd, mark, time',
		kind: 'accepted',
		change: article(
			'<abbr title="Союзное государство">СГ</abbr>, H<sub>2</sub>O, м<sup>2</sup>, <kbd>Ctrl</kbd>, <mark>важно</mark>, <time datetime="2025-03-13">13 марта</time>.',
		),
		expected: {
			accepted: true,
			present: [
				'<abbr title="Союзное государство">',
				'<sub>2</sub>',
				'<kbd>',
				'<time datetime="2025-03-13">',
			],
		},
	},
	{
		name: 'a raw HTML table',
		kind: 'accepted',
		change: article('<table><tr><th scope="col">Год</th></tr><tr><td>2025</td></tr></table>'),
		expected: { accepted: true, present: ['<th scope="col">'] },
	},
	{
		name: "an image of the articles' folder with alt text",
		kind: 'image',
		change: withImage('kremlin.png', article('![Кремль ночью](./images/kremlin.png)')),
		// A placeholder the page fills with astro:assets' picture; nothing of the path is shipped.
		expected: { accepted: true, present: ['<img data-body-image="0">'], absent: ['kremlin.png'] },
	},
	{
		name: 'links to pages the build makes',
		kind: 'link',
		change: article(
			'[статья](/articles/sample-news/), [человек](/people/putin/), [тема](/topics/union-state/), [хроника](/timelines/sample-visit/#sample-visit-flight), [термин](/glossary/#union-state), [источник](/sources/#sample-kremlin), [архив](/archive/), [лента](/rss.xml), [значок](/favicon.svg)',
		),
		expected: { accepted: true, present: ['href="/articles/sample-news/"'] },
	},
	{
		name: 'links to anchors the pages have',
		kind: 'link',
		change: article(
			'## Итоги\n\nСм. [итоги](#itogi), [цифры](/articles/sample-news/#tsifry), [справку](/articles/sample-news/#fact-trade), [хронику в статье](/articles/sample-news/#sample-visit-flight), [источники](/articles/sample-news/#sources), [материалы](/people/putin/#person-articles)',
		),
		expected: {
			accepted: true,
			present: ['href="#itogi"', 'href="/articles/sample-news/#tsifry"'],
		},
	},
	{
		name: 'a fact-check claim pointing at a heading of the text',
		kind: 'link',
		change: article('## Задержка {#zaderzhka}\n\nТекст.', {
			kind: 'kind: factcheck',
			keyPoints:
				'keyPoints: [Один., Два., Три.]\nfactCheck: { reviewed: sample-kremlin, claims: [{ claim: Переговоры начались с задержкой., verdict: unconfirmed, section: zaderzhka }] }',
		}),
		expected: { accepted: true },
	},
	{
		name: 'colons in prose',
		kind: 'directive',
		change: article('Счёт 2:0, время 10:30, повестка:важное, метка see:note и 10:note.'),
		expected: { accepted: true, present: ['see:note', '10:note'] },
	},
	{
		name: 'links to other sites and e-mail',
		kind: 'url-scheme',
		change: article(
			'[Кремль](https://kremlin.ru/), [почта](mailto:a@example.org), [телефон](tel:+70000000000)',
		),
		expected: {
			accepted: true,
			present: ['rel="noopener noreferrer"', 'href="mailto:a@example.org"'],
		},
	},
	{
		name: 'a title with a soft hyphen and a less-than sign',
		kind: 'invisible-text',
		change: article('Текст.', { title: 'title: "Меньше 5 % — госу\\u00ADдарство"' }),
		expected: { accepted: true },
	},
	{
		name: 'a date in the plausible range',
		kind: 'date',
		change: article('Текст.', { published: 'published: 2024-12-31T23:59:00+03:00' }),
		expected: { accepted: true },
	},
	// Translations (issue 20): content/<collection>/en/<id>, compared with the original.
	{
		name: 'the English fixture as it is',
		kind: 'translation',
		change: {
			write: {
				...english(EN_ARTICLE).write,
				...english(EN_TIMELINE).write,
				...english(EN_CHART).write,
				...english(EN_PERSON).write,
				...english(EN_TERM).write,
			},
		},
		expected: { accepted: true },
	},
	{
		name: 'an English article embedding a chart not translated yet',
		kind: 'translation',
		change: {
			write: {
				...english(EN_ARTICLE).write,
				...english(EN_TIMELINE).write,
				...english(EN_TERM).write,
			},
		},
		expected: {
			file: EN_ARTICLE,
			line: 34,
			rule: 'razbor:untranslated-embed',
			message: 'статья вставляет ещё не переведённое: диаграмму sample-trade',
		},
	},
	{
		name: 'an English article linking a glossary term not translated yet',
		kind: 'translation',
		change: {
			write: {
				...english(EN_ARTICLE).write,
				...english(EN_TIMELINE).write,
				...english(EN_CHART).write,
			},
		},
		expected: {
			file: EN_ARTICLE,
			line: 19,
			rule: 'razbor:untranslated-term',
			message:
				'статья ссылается на термины, ещё не переведённые для английского глоссария: union-state',
		},
	},
	{
		name: 'a translation without an original, by name',
		kind: 'translation',
		change: { write: { 'people/en/putn.yaml': 'name: Vladimir Putin\nrole: x\ndescription: y\n' } },
		expected: {
			file: 'people/en/putn.yaml',
			line: null,
			rule: 'razbor:orphan-translation',
			message:
				'перевод без оригинала: в content/people/ нет файла putn.yaml, а перевод называется так же, как оригинал; может быть, putin.yaml?',
		},
	},
	{
		name: 'an en folder of sources, which have no translations',
		kind: 'translation',
		change: { folders: ['sources/en'] },
		expected: {
			file: 'sources/en/',
			line: null,
			rule: 'razbor:stray-file',
			message: 'у файлов content/sources/ нет переводов',
		},
	},
	{
		name: 'a folder of another language',
		kind: 'translation',
		change: { folders: ['people/de'] },
		expected: {
			file: 'people/de/',
			line: null,
			rule: 'razbor:stray-file',
			message: 'папка внутри content/people/ не читается',
		},
	},
	{
		name: 'a folder inside en/',
		kind: 'translation',
		change: { folders: ['people/en/drafts'] },
		expected: {
			file: 'people/en/drafts/',
			line: null,
			rule: 'razbor:stray-file',
			message: 'переводы лежат прямо в content/people/en/',
		},
	},
	{
		name: 'a translation with another ending',
		kind: 'translation',
		change: { write: { 'people/en/putin.json': '{}' } },
		expected: {
			file: 'people/en/putin.json',
			line: null,
			rule: 'razbor:stray-file',
			message: 'в content/people/en/ сборка читает только файлы .yaml или .yml',
		},
	},
	{
		name: 'a misspelt field of a translation',
		kind: 'translation',
		change: english(EN_PERSON, ['name:', 'nmae:']),
		expected: {
			file: EN_PERSON,
			line: 1,
			rule: 'razbor:schema',
			message: 'nmae: неизвестное поле «nmae»; может быть, name?',
		},
	},
	{
		name: 'a shared field repeated in a translation',
		kind: 'translation',
		change: english(EN_TIMELINE, [
			'    title: Treaty signed',
			'    title: Treaty signed\n    sources: [sample-agency]',
		]),
		expected: {
			file: EN_TIMELINE,
			line: 6,
			rule: 'razbor:schema',
			message:
				'events[0].sources: поле «sources» общее для всех языков и пишется один раз, в файле оригинала',
		},
	},
	{
		name: 'a translated timeline with an event left out',
		kind: 'translation',
		change: english(EN_TIMELINE, ['  - id: early-voting\n    title: Two days of events\n', '']),
		expected: mismatch(EN_TIMELINE, 3, 'events: в оригинале элементов: 4, в переводе: 3'),
	},
	{
		name: 'a translated timeline with its events in another order',
		kind: 'translation',
		change: english(
			EN_TIMELINE,
			['id: union-treaty', 'id: flight'],
			['id: flight\n    period', 'id: union-treaty\n    period'],
		),
		expected: mismatch(
			EN_TIMELINE,
			4,
			'events[0].id: на этом месте в оригинале «union-treaty», в переводе «flight»',
		),
	},
	{
		name: 'a translated event without the text its original has',
		kind: 'translation',
		change: english(EN_TIMELINE, ['    text: A meeting at the airport.\n', '']),
		expected: mismatch(
			EN_TIMELINE,
			9,
			'events[2]: нет перевода поля text, которое есть в оригинале',
		),
	},
	{
		name: 'a translated event with a text its original does not have',
		kind: 'translation',
		change: english(EN_TIMELINE, [
			'    title: Treaty signed',
			'    title: Treaty signed\n    text: Extra.',
		]),
		expected: mismatch(EN_TIMELINE, 6, 'events[0].text: в оригинале нет поля text'),
	},
	{
		name: 'an English article of another kind',
		kind: 'translation',
		change: englishArticle(['kind: news', 'kind: explainer']),
		expected: mismatch(EN_ARTICLE, 4, 'kind: в оригинале kind: news, в переводе explainer'),
	},
	{
		name: 'an English article with another topic',
		kind: 'translation',
		change: englishArticle(['topics: [union-state]', 'topics: []']),
		expected: mismatch(EN_ARTICLE, 14, 'topics: в переводе нет «union-state»'),
	},
	{
		name: 'an English article citing a source its original does not',
		kind: 'translation',
		change: englishArticle(['and a new one :cite{#sample-agency}', 'and a new one']),
		expected: mismatch(
			EN_ARTICLE,
			null,
			'ссылки :cite на источники: в переводе нет «sample-agency»',
		),
	},
	{
		name: 'an English article without the original’s chart',
		kind: 'translation',
		change: englishArticle(['::chart{#sample-trade}\n', '']),
		expected: mismatch(EN_ARTICLE, null, 'диаграммы ::chart: в переводе нет «sample-trade»'),
	},
	{
		name: 'an English fact box with another figure',
		kind: 'translation',
		change: englishArticle(['**$50 billion**', '**$51 billion**']),
		expected: mismatch(
			EN_ARTICLE,
			23,
			'в справке «trade» пункт 1: в оригинале «50 млрд $», в переводе «$51 billion» — числа не совпадают',
		),
	},
	{
		name: 'an English fact box with a verdict its original does not have',
		kind: 'translation',
		change: englishArticle(['{#trade}', '{#trade verdict=confirmed}']),
		expected: mismatch(
			EN_ARTICLE,
			23,
			'у справки «trade» в оригинале verdict не указан, в переводе confirmed',
		),
	},
	{
		name: 'an English fact box under another id',
		kind: 'translation',
		change: englishArticle(['{#trade}', '{#trade-2024}']),
		expected: mismatch(
			EN_ARTICLE,
			null,
			'справки :::factbox: в переводе нет «trade»; в оригинале нет «trade-2024»',
		),
	},
	{
		name: 'an English article whose correction has another time',
		kind: 'translation',
		change: englishArticle(['at: 2025-03-14T09:30:00+03:00', 'at: 2025-03-14T09:35:00+03:00']),
		expected: mismatch(
			EN_ARTICLE,
			6,
			'updates: исправления (correction: true) с теми же датами at',
		),
	},
	{
		name: 'an English article that says it is Russian',
		kind: 'translation',
		change: englishArticle(['kind: news', 'kind: news\nlang: ru']),
		expected: {
			file: EN_ARTICLE,
			line: 5,
			rule: 'razbor:schema',
			message: 'lang: статья лежит в папке en/ и написана на языке en',
		},
	},
	{
		name: 'an English link to an English article that is not written',
		kind: 'translation',
		change: englishArticle([
			'[this page](/en/articles/sample-news/)',
			'[the draft](/en/articles/sample-draft/)',
		]),
		expected: {
			file: EN_ARTICLE,
			line: 36,
			rule: 'razbor:dead-link',
			message: 'статья sample-draft — черновик',
		},
	},
];
