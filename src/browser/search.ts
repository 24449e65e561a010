/**
 * Progressive enhancement of the search page: results appear as the reader types (debounced), and
 * a submitted `?q=` (a shared link) is answered too, from the Pagefind index in `/pagefind/`,
 * loaded only here and only when needed. Results are grouped by kind: articles, people, terms,
 * timeline events (the `kind` meta BaseLayout gives every indexed page). Pagefind loads the index
 * of the page's language (its `<html lang>`), and the script speaks it too.
 */

/** The part of Pagefind's browser API used here. */
interface Pagefind {
	options(options: { excerptLength?: number }): Promise<void>;
	/** Resolves to null when a newer call came within the wait: only the last query is answered. */
	debouncedSearch(
		query: string,
		options?: object,
		wait?: number,
	): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string; kind?: string };
	sub_results?: { url: string; title: string; excerpt: string }[];
}

/** How many results are shown; Pagefind's loading is per result, so keep the page light. */
const MAX_RESULTS = 20;

/** Milliseconds of quiet typing before a query runs. */
const TYPING_PAUSE = 250;

/** The groups of results, in order, as the `kind` meta names them (src/view/layout.ts). */
const GROUPS = ['article', 'person', 'term', 'event'] as const;

/** What the search script says, in one language. */
export interface SearchWords {
	/** The results' group headings, by kind; `other` for a kind not in {@link GROUPS}. */
	groups: Readonly<Record<(typeof GROUPS)[number] | 'other', string>>;
	/** Said when a query finds nothing. */
	nothingFound: string;
	/** Said above the results: «Найдено: 3 результата.». */
	found: (count: number) => string;
}

const russianPlural = new Intl.PluralRules('ru');
const RESULT_FORMS: Readonly<Record<string, string>> = { one: 'результат', few: 'результата' };

/**
 * The script's words in each language of the site (issue 20). Here, not in src/i18n/: importing
 * the UI dictionaries would ship every word of the site to the reader, and a module shared with
 * the article's script would cost that page a second file. tests/unit/browser/words.test.ts holds
 * them to the dictionaries.
 */
export const SEARCH_WORDS: Readonly<Record<'ru' | 'en', SearchWords>> = {
	ru: {
		groups: {
			article: 'Материалы',
			person: 'Люди',
			term: 'Словарь',
			event: 'События хроник',
			other: 'Другое',
		},
		nothingFound: 'Ничего не нашлось.',
		found: (count) =>
			`Найдено: ${count}\u00A0${RESULT_FORMS[russianPlural.select(count)] ?? 'результатов'}.`,
	},
	en: {
		groups: {
			article: 'Articles',
			person: 'People',
			term: 'Glossary',
			event: 'Timeline events',
			other: 'Other',
		},
		nothingFound: 'Nothing found.',
		found: (count) => `Found: ${count}\u00A0${count === 1 ? 'result' : 'results'}.`,
	},
};

/** The search words of the page's language: English on a page in English, Russian otherwise. */
export function searchWords(root: Document): SearchWords {
	return root.documentElement.lang.startsWith('en') ? SEARCH_WORDS.en : SEARCH_WORDS.ru;
}

/** Loads the index module at run time; it is written next to the site by the build. */
async function loadPagefind(): Promise<Pagefind> {
	const url = '/pagefind/pagefind.js';
	const module = (await import(/* @vite-ignore */ url)) as Pagefind;
	await module.options({ excerptLength: 24 });
	return module;
}

/** Wires the form on the search page; does nothing on a page without one. */
export function enhanceSearch(root: Document): void {
	const form = root.querySelector<HTMLFormElement>('[data-search]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	const status = root.querySelector<HTMLElement>('[data-search-status]');
	const list = root.querySelector<HTMLOListElement>('[data-search-results]');
	if (!form || !input || !status || !list) return;
	const words = searchWords(root);

	let pagefind: Promise<Pagefind> | undefined;
	const run = async (query: string, wait: number) => {
		const trimmed = query.trim();
		if (!trimmed) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		pagefind ??= loadPagefind();
		const found = await (await pagefind).debouncedSearch(trimmed, {}, wait);
		// A newer query is on its way; it will answer.
		if (!found) return;
		const { results } = found;
		const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
		list.replaceChildren(...groupItems(root, shown, words));
		status.textContent = results.length === 0 ? words.nothingFound : words.found(results.length);
	};
	/** The address keeps the query, so a reader can share or reload the results. */
	const remember = () => {
		const url = new URL(root.location.href);
		url.searchParams.set('q', input.value);
		history.replaceState(null, '', url);
	};

	const initial = new URLSearchParams(root.location.search).get('q') ?? '';
	input.value = initial;
	void run(initial, 0);
	input.addEventListener('input', () => {
		remember();
		void run(input.value, TYPING_PAUSE);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		remember();
		void run(input.value, 0);
	});
}

/** One list item per kind that has results: its heading and its results, in Pagefind's order. */
function groupItems(
	root: Document,
	results: readonly PagefindResult[],
	words: SearchWords,
): HTMLLIElement[] {
	const known = new Set<string>(GROUPS);
	const groups = [...GROUPS, 'other' as const].map((kind) => {
		const members = results.filter((result) =>
			kind === 'other' ? !known.has(result.meta.kind ?? '') : result.meta.kind === kind,
		);
		return { kind, label: words.groups[kind], members };
	});
	return groups
		.filter((group) => group.members.length > 0)
		.map((group) => {
			const item = root.createElement('li');
			item.className = 'search__group';
			const heading = root.createElement('h2');
			heading.textContent = group.label;
			const inner = root.createElement('ol');
			for (const result of group.members) {
				// A timeline's result leads to its best-matching event where Pagefind found one.
				const target = group.kind === 'event' ? result.sub_results?.[0] : undefined;
				const entry = root.createElement('li');
				const link = root.createElement('a');
				link.href = target?.url ?? result.url;
				link.textContent = result.meta.title ?? result.url;
				const excerpt = root.createElement('p');
				// Pagefind's excerpt is text from our own pages with <mark> around the matches.
				excerpt.innerHTML = target?.excerpt ?? result.excerpt;
				entry.append(link, excerpt);
				inner.append(entry);
			}
			item.append(heading, inner);
			return item;
		});
}
