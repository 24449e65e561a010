/**
 * Progressive enhancement of the search page: results appear as the reader types (debounced), and
 * a submitted `?q=` (a shared link) is answered too, from the Pagefind index in `/pagefind/`,
 * loaded only here and only when needed. Results are grouped by kind: articles, people, terms,
 * timeline events (the `kind` meta BaseLayout gives every indexed page). Pagefind loads the index
 * of the page's language, and the script speaks it too (./words.ts).
 */
import { scriptWords, type ScriptWords } from './words.ts';

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
	const words = scriptWords(root);

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
	words: ScriptWords,
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
